"""PINs, door, locker and Wi-Fi codes given as digits near those words."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer

_YEARISH = re.compile(r"\b(?:in|since|from|by|until|till|year|of|circa|c\.)\s*$", re.IGNORECASE)


class PinRecognizer(RuleRecognizer):
    RULE = "cred.pin"
    ANCHOR = r"pin|passcode|code|keypad|key\s?safe|keysafe|combination|combo|host\s?key|locks?\b"
    ANCHOR_REACH = 120

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        value = text[result.start:result.end]
        if len(value) == 4 and 1900 <= int(value) <= 2099 and _YEARISH.search(text[max(0, result.start - 12):result.start]):
            return None
        return self.detection(result.start, result.end, result.score, severity="high")
