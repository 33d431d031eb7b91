"""Sort codes: only with banking words nearby (dates and scores look the same)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer


class SortCodeRecognizer(RuleRecognizer):
    RULE = "pii.sort_code"

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        return self.detection(result.start, result.end, result.score, severity="high")
