"""IBANs, checked with the ISO 13616 mod-97 checksum."""

from __future__ import annotations

import re

from ._base import RuleRecognizer


def iban_ok(text: str) -> bool:
    s = re.sub(r"\s", "", text).upper()
    if not (15 <= len(s) <= 34):
        return False
    moved = s[4:] + s[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


class IbanRecognizer(RuleRecognizer):
    RULE = "pii.iban"

    def validate_result(self, pattern_text: str) -> bool | None:
        return iban_ok(pattern_text)
