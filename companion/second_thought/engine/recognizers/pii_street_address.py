"""Home addresses: house number and street (any country's order), with the town and postcode.

Street-before-number shapes ("Hauptstrasse 12") are common words-and-numbers
too, so they count only after address words ("lives at", "send it to",
"address"). A venue's or an organisation's address is not personal.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer
from ._cues import organisational, severity_for

_ADDRESS_WORDS = re.compile(
    r"\b(?:address|addr|lives?|living|live|stay(?:s|ing)?|moved|flat|house|home|send|sent|post|deliver(?:y|ed)?|parcel|"
    r"package|located|corner\s+of|round\s+to|over\s+to|party\s+at|ours|mine|come\s+to|visit|drop\s+(?:it|off)|return(?:ed)?\s+to|ship(?:ped)?\s+to|mail(?:ed)?\s+to|taxi\s+to|pick\s+(?:me\s+)?up\s+(?:from|at)|arrived\s+at)\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
#: More lines of the same address: a flat or suite, a town, a country, a postcode.
_CONTINUATION = re.compile(
    r"(?:\s*(?:,|\n)\s*|\s+)(?:(?:Suite|Apt\.?|Apartment|Unit|Flat)\s*\d{1,5}[A-Za-z]?|(?!(?:and|but|or|if|tell|thanks|see|the)\b)"
    r"[A-ZÀ-Þ][\w'’.-]+(?:[ ,]+[A-ZÀ-Þ][\w'’.-]+){0,3}(?:[ ,]+[A-Z]{2})?(?:[ ,]+\d{3,5}(?:\s\d{2})?)?|\d{4,5})(?![\w])"
)
#: The patterns whose match has a street word (or a military mail address) in it.
_STREET_SHAPES = ("house_number_street", "house_number_street_lower", "military")
_REFERENCE = re.compile(r"\b(?:chapter|section|page|pages|question|q|part|week|room|lecture|year|level|figure|table|slide|module|unit|times|out\s+of|isbn|issn|doi|vol|volume|edition|ed|no|number|version|v)\b", re.IGNORECASE)


class StreetAddressRecognizer(RuleRecognizer):
    RULE = "pii.street_address"

    def _extend(self, text: str, end: int) -> int:
        """Take in the town, country and postcode lines that follow the street."""
        for _ in range(4):
            m = _CONTINUATION.match(text, end)
            if not m or m.end() - end > 45:
                break
            end = m.end()
        return end

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        start, end = result.start, result.end
        span = text[start:end].rstrip(" ,.")
        end = start + len(span)
        if organisational(text, start, end, before=50, after=20):
            return None
        before = text[max(0, start - 45):start]
        # From the shape, not the score: a context word ("stay", "post") lifts
        # a bare "Year 3" to a street's score ("how do you all stay motivated
        # in a PhD? Year 3, experiments ticking along").
        has_street_word = any(c.name in _STREET_SHAPES and c.regex.match(text, start) for c in self._compiled)
        if not has_street_word:
            # Street-then-number and lower-case shapes need address words first.
            if not _ADDRESS_WORDS.search(before) or _REFERENCE.search(span):
                return None
        end = self._extend(text, end) if ("\n" in text[end:end + 3] or "," in text[end:end + 2] or has_street_word or not has_street_word) else end
        end = start + len(text[start:end].rstrip(" ,.\n"))
        severity = severity_for(text, start, end, ctx, own="medium", other="high", unknown="high")
        return self.detection(start, end, result.score, severity=severity)
