"""UK mobiles and landlines, international numbers; organisations' lines are not personal."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer
from ._cues import OWN, OTHER, organisational, severity_for

_PERSONAL_LANDLINE = re.compile(r"\b(?:landline|home|house|mum|dad|nan|gran|parents?|me|my|his|her|their|number\s+is|no\.?\s+is)\b|'s\s+(?:number|phone|landline)", re.IGNORECASE)


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


class PhoneNumberRecognizer(RuleRecognizer):
    RULE = "pii.phone_number"

    def validate_result(self, pattern_text: str) -> bool | None:
        d = _digits(pattern_text)
        if pattern_text.lstrip().startswith("+"):
            if d.startswith("44"):
                return None if len(d) in (12, 13) else False
            return None if 8 <= len(d) <= 15 else False
        # UK numbers: 0 + 9 or 10 digits; an allocated range is not required
        # (Ofcom's drama numbers are real-looking and must be caught).
        return None if len(d) in (10, 11) else False

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        start, end = result.start, result.end
        number = _digits(text[start:end])
        if number.startswith("44"):
            number = "0" + number[2:]
        mobile = number.startswith("07")
        if organisational(text, start, end):
            return None
        if not mobile:
            before = text[max(0, start - 50):start]
            if not (_PERSONAL_LANDLINE.search(before) or OWN.search(before) or OTHER.search(before)):
                return None
        severity = severity_for(text, start, end, ctx, own="low", other="high", unknown="medium")
        return self.detection(start, end, result.score, severity=severity)
