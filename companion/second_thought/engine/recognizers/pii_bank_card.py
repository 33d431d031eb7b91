"""Payment card numbers: a card prefix and a valid Luhn checksum, or a
16-digit number that the post calls a card (context words)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


class BankCardRecognizer(RuleRecognizer):
    RULE = "pii.bank_card"

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if not 12 <= len(digits) <= 19:
            return False
        if luhn_ok(digits):
            return True
        # A mistyped or made-up number is still a card number when the post
        # says so ("card number ... exp ... cvv"): left to the context words,
        # without which its pattern score stays below the threshold.
        return None if len(digits) == 16 else False

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        before = text[max(0, result.start - 30):result.start].lower()
        if re.search(r"\b(?:tracking|order|invoice|ref|reference|isbn|parcel|booking)\b", before):
            return None
        return self.detection(result.start, result.end, result.score, severity="high")
