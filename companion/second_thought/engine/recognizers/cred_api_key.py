"""API keys and tokens with known prefixes, private keys, long secrets after key words."""

from __future__ import annotations

import math
import re
from collections import Counter

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer


def entropy(s: str) -> float:
    counts = Counter(s)
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


_HASH_TALK = re.compile(r"\b(?:commit|sha|hash|checksum|md5|digest|revision|rev)\b", re.I)


class ApiKeyRecognizer(RuleRecognizer):
    RULE = "cred.api_key"

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        value = text[result.start:result.end]
        if result.score < 0.85:
            # Generic "token: ..." matches: random-looking, not a word or a
            # git hash (many keys are hex too: a 32-character one after "my
            # key" is a key, a 40-character one after "commit" a hash).
            if entropy(value) < 3.5:
                return None
            if re.fullmatch(r"[0-9a-f]+", value) and (len(value) == 40 or _HASH_TALK.search(text, max(0, result.start - 40), result.start)):
                return None
            if not (re.search(r"\d", value) and re.search(r"[A-Za-z]", value)):
                return None
        return self.detection(result.start, result.end, result.score, severity="high")
