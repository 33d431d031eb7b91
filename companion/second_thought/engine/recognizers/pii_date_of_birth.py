"""A full date is a date of birth only when the words around it say so."""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer
from ._cues import severity_for

_DOB = re.compile(r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthdate|born(?:\s+on)?|b\.?\s?day|birthday)\b", re.IGNORECASE)
_YEAR = re.compile(r"(\d{2,4})\D*$")
_ISO = re.compile(r"^((?:19|20)\d{2})-")


def _year(date_text: str) -> int | None:
    iso = _ISO.match(date_text.strip())
    if iso:
        return int(iso.group(1))
    m = _YEAR.search(date_text.strip())
    if not m:
        return None
    y = int(m.group(1))
    if y < 100:
        y += 2000 if y <= datetime.date.today().year % 100 else 1900
    return y


class DateOfBirthRecognizer(RuleRecognizer):
    RULE = "pii.date_of_birth"
    
    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        start, end = result.start, result.end
        year = _year(text[start:end])
        this_year = datetime.date.today().year
        # People alive and posting: born within the last ~100 years, not in the future.
        if year is None or not (this_year - 100 <= year <= this_year - 5):
            return None
        before = text[max(0, start - 45):start]
        after = text[end:end + 20]
        if not (_DOB.search(before) or re.match(r"\s*\(?(?:dob|d\.o\.b)", after, re.IGNORECASE)):
            return None
        severity = severity_for(text, start, end, ctx, own="medium", other="high", unknown="medium")
        return self.detection(start, end, max(result.score, 0.8), severity=severity)
