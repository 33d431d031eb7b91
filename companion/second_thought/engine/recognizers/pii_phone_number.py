"""UK mobiles and landlines, international numbers; organisations' lines are not personal."""

from __future__ import annotations

import re

import regex

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer
from ._cues import OWN, OTHER, organisational, severity_for

_PHONE_WORDS = re.compile(r"\b(?:call|calls|calling|ring|phone|mobile|mob|cell|tel|telephone|number|no\.?|text|txt|whatsapp|contact|reach|fax|landline|dial|answering)\b", re.IGNORECASE)
_PHONE_AFTER = re.compile(r"^\s*[-(]?\s*(?:office|fax|mobile|cell|home|work|tel)\b", re.IGNORECASE)
_FULL_NAME_BEFORE = regex.compile(r"\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+\s*(?:[,:(-]|\bon\b|\bat\b|\bis\b)?\s*$")
_NOT_PHONE = re.compile(r"(?:£|\$|€|\b(?:order|tracking|invoice|ref|reference|isbn|issn|doi|orcid|booking|flight|room|score|scores|module|id|no\. of|page|pages|pp|vol|version|v|sort|account|acc|a/c|student|staff|serial|postcode|zip|year|years|season)\b[^\d\n]{0,12})$", re.IGNORECASE)
_YEARS = re.compile(r"^(?:19|20)\d{2}(?:[ .-](?:19|20)\d{2})+$")
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
        # UK numbers are 0 + 9 or 10 digits (allocated or not: Ofcom's drama
        # numbers look real and must be caught); other grouped digits are
        # judged in refine().
        return None if 7 <= len(d) <= 13 else False

    def _grouped_is_phone(self, text: str, start: int, end: int) -> bool:
        """A bare group of digits is a phone number only where the words say so."""
        raw = text[start:end]
        digits = _digits(raw)
        if not (7 <= len(digits) <= 13) or _YEARS.match(raw.strip("()")):
            return False
        before = text[max(0, start - 40):start]
        if _NOT_PHONE.search(before):
            return False
        return bool(_PHONE_WORDS.search(before) or _PHONE_AFTER.match(text[end:end + 12])
                    or _FULL_NAME_BEFORE.search(before))

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        start, end = result.start, result.end
        raw = text[start:end]
        uk_shape = raw.lstrip("(").startswith(("0", "+"))
        if not uk_shape or not (10 <= len(_digits(raw)) <= 13):
            if raw.lstrip().startswith("+"):
                pass
            elif not self._grouped_is_phone(text, start, end):
                return None
            elif organisational(text, start, end):
                return None
            else:
                severity = severity_for(text, start, end, ctx, own="low", other="high", unknown="medium")
                return self.detection(start, end, result.score, severity=severity)
        number = _digits(text[start:end])
        if number.startswith("44"):
            number = "0" + number[2:]
        mobile = number.startswith("07")
        if organisational(text, start, end):
            return None
        if not mobile:
            before = text[max(0, start - 50):start]
            if not (_PERSONAL_LANDLINE.search(before) or OWN.search(before) or OTHER.search(before)
                    or _FULL_NAME_BEFORE.search(before) or _PHONE_WORDS.search(before[-40:])):
                return None
        severity = severity_for(text, start, end, ctx, own="low", other="high", unknown="medium")
        return self.detection(start, end, result.score, severity=severity)
