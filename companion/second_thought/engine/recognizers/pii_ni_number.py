"""National Insurance numbers, in upper or lower case, with or without spaces."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer


class NiNumberRecognizer(RuleRecognizer):
    RULE = "pii.ni_number"

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        return self.detection(result.start, result.end, result.score, severity="high")
