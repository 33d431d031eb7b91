"""Sort codes: only with banking words nearby (dates and scores look the same)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer


#: A banking word near the number. "sort" alone is not one ("sort out your
#: references before 10-12-24" is a date).
_BANKING = re.compile(
    r"\b(?:sort\s*code|s/c|bank|banking|account|acc|acct|a/c|transfer|pay|paid|payee|iban|details|"
    r"barclays|lloyds|hsbc|natwest|santander|monzo|starling|nationwide|halifax|revolut|tsb|metro)\b", re.I)


class SortCodeRecognizer(RuleRecognizer):
    RULE = "pii.sort_code"

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        if not _BANKING.search(text, max(0, result.start - 50), min(len(text), result.end + 50)):
            return None
        return self.detection(result.start, result.end, result.score, severity="high")
