"""Student and staff numbers: the pack's formats, or any ID-like number next to ID words."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer
from ._cues import severity_for

_ID_WORDS = re.compile(r"\b(?:student|staff|employee|matric(?:ulation)?|enrol(?:l)?ment|uni(?:versity)?|campus|card|id|i\.d\.|payroll)\b", re.IGNORECASE)
_NOT_ID = re.compile(r"\b(?:order|tracking|invoice|isbn|doi|orcid|ref|reference|booking|parcel|flight|phone|mobile|account|acc|sort|room|module|ticket)\b[^\d\n]{0,15}$", re.IGNORECASE)


class StudentIdRecognizer(RuleRecognizer):
    RULE = "pii.student_id"

    def _judge(self, text: str, start: int, end: int, needs_context: bool, score: float) -> Detection | None:
        before = text[max(0, start - 25):start]
        if _NOT_ID.search(before):
            return None
        near = text[max(0, start - 90):start] + " " + text[end:end + 30]
        if needs_context and not _ID_WORDS.search(near):
            return None
        severity = severity_for(text, start, end, DraftContext(), own="medium", other="high", unknown="medium")
        return self.detection(start, end, score, severity=severity)

    def judge_pack_number(self, text: str, start: int, end: int, needs_context: bool) -> Detection | None:
        """A number in one of the active pack's formats."""
        return self._judge(text, start, end, needs_context, 0.85)

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        # The generic pattern is weak: it needs ID words close before it.
        before = text[max(0, result.start - 30):result.start]
        if not re.search(r"\b(?:student|staff|employee|matric|enrol\w*|payroll|id)\b[^\d\n]{0,18}$", before, re.IGNORECASE):
            return None
        return self._judge(text, result.start, result.end, True, max(result.score, 0.6))
