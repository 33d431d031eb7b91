"""Eight-digit account numbers: only next to account words or a sort code."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer

_SORT_CODE_BEFORE = re.compile(r"\d{2}[-–\s]\d{2}[-–\s]\d{2}\s*[,/;|]?\s*(?:(?:acc(?:ount)?|a/c|acct)\b\.?\s*(?:no\.?|number|num)?\s*[:=]?\s*)?$", re.IGNORECASE)
_NOT_ACCOUNT = re.compile(r"\b(?:order|tracking|invoice|ref|reference|student|staff|id|booking|parcel)\b[^\d]{0,15}$", re.IGNORECASE)
_ACCOUNT = re.compile(r"\b(?:acc(?:ount)?|a/c|acct)\b", re.IGNORECASE)


class BankAccountRecognizer(RuleRecognizer):
    RULE = "pii.bank_account"

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        before = text[max(0, result.start - 40):result.start]
        if _NOT_ACCOUNT.search(before):
            return None
        if not (_SORT_CODE_BEFORE.search(before) or _ACCOUNT.search(before[-25:])):
            return None
        return self.detection(result.start, result.end, max(result.score, 0.7), severity="high")
