"""One-time login codes and recovery codes."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer

_PROMO = re.compile(r"\b(?:promo|discount|voucher|coupon|referral|gift|offer|off|deal|sale|postcode|post\s+code|sort\s+code|sort|acc|account|area\s+code|module|course|room|order|tracking|colour|hex|dress|zip|qr|bar\s*code|source\s+code)\b", re.IGNORECASE)

#: Words that make the code a login code whatever came before them ("your
#: Microsoft account security code is 582914").
_STRONG = re.compile(r"\b(?:security|verification|login|log-in|sign[- ]?in|auth(?:entication)?|access)\s+code\b|\bone[- ]time\b|\b(?:otp|2fa|mfa)\b", re.IGNORECASE)


class OtpRecognizer(RuleRecognizer):
    RULE = "cred.otp"
    ANCHOR = r"code|otp|2fa|mfa|factor|verif|one.time|authent|recovery|backup|reset"
    ANCHOR_REACH = 100

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        before = text[max(0, result.start - 40):result.start]
        promos = list(_PROMO.finditer(before))
        if promos and not _STRONG.search(before, promos[-1].end()):
            return None
        return self.detection(result.start, result.end, result.score, severity="high")
