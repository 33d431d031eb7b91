"""NHS numbers: ten digits (3-3-4) that the draft calls one."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer

_NHS_WORDS = re.compile(r"\b(?:nhs|health\s+(?:service\s+)?(?:number|no)|patient\s+(?:number|no|id))\b", re.IGNORECASE)


class NhsNumberRecognizer(RuleRecognizer):
    RULE = "pii.nhs_number"

    def validate_result(self, pattern_text: str) -> bool | None:
        # Ten digits are too common (orders, references) for a check digit to
        # tell, and made-up numbers are shared too: the words around decide.
        return None

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        if not _NHS_WORDS.search(text[max(0, result.start - 40):result.start]):
            return None
        return self.detection(result.start, result.end, result.score, severity="high")
