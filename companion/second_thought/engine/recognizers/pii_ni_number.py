"""National Insurance numbers, in upper or lower case, with or without spaces."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer


_STRICT = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$", re.IGNORECASE)
_NI_WORDS = re.compile(r"\b(?:ni|nino|n\.i\.|national\s+insurance|insurance\s+number|social\s+security|ssn|payroll|hmrc)\b", re.IGNORECASE)


class NiNumberRecognizer(RuleRecognizer):
    RULE = "pii.ni_number"

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        # A prefix HMRC never issues (QQ, the example prefix, among them) still
        # counts when the draft says it is an NI number.
        if not _STRICT.match(text[result.start:result.end]) and not _NI_WORDS.search(text[max(0, result.start - 40):result.start]):
            return None
        return self.detection(result.start, result.end, result.score, severity="high")
