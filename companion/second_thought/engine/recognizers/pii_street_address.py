"""House number + street (+ town, postcode): a home address unless it is a venue's."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer
from ._cues import organisational, severity_for


class StreetAddressRecognizer(RuleRecognizer):
    RULE = "pii.street_address"

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        start, end = result.start, result.end
        span = text[start:end].rstrip(" ,.")
        end = start + len(span)
        if organisational(text, start, end, before=50, after=20):
            return None
        severity = severity_for(text, start, end, ctx, own="medium", other="high", unknown="high")
        return self.detection(start, end, result.score, severity=severity)
