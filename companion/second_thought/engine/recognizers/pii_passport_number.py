"""Passport, driving licence and residence permit numbers (bare numbers need the words)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer

_DOC = re.compile(r"\b(?:passports?|licen[cs]es?|permits?|brps?|residence|visas?)\b", re.IGNORECASE)


class PassportNumberRecognizer(RuleRecognizer):
    RULE = "pii.passport_number"
    _WORDS = frozenset("required needed expired expires expiring renewal renewed photo photos office check checks form forms details holders".split())

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        if result.score < 0.8 and not _DOC.search(text[max(0, result.start - 60):result.start]):
            return None
        value = text[result.start:result.end]
        if value.lower() in self._WORDS or (value.isalpha() and value.islower()):
            return None
        return self.detection(result.start, result.end, result.score, severity="high")
