"""Personal email addresses; role mailboxes (advice@, careers@, a society's) are not."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..types import Detection, DraftContext
from ._base import RuleRecognizer
from ._cues import severity_for

#: Local-part words of shared or role mailboxes: they identify no individual.
ROLE_WORDS = frozenset("""
advice admissions admin alumni applications accommodation bookings booking careers comms communications contact
enquiries enquiry events finance hello help helpdesk hr info information it jobs library marketing media news
noreply no-reply office orders payroll phishing postmaster press reception recruitment registry report reports
sales security servicedesk service studentservices students support team union wellbeing welfare webmaster
society soc committee president secretary treasurer chair officer lab labs group research project projects
feedback complaints disability international finance estates facilities shop store
""".split())


def is_role_mailbox(address: str) -> bool:
    local, _, domain = address.lower().partition("@")
    parts = [p for p in re.split(r"[._+-]|\d+", local) if p]
    if any(p in ROLE_WORDS or (p.endswith("soc") and len(p) > 4) for p in parts):
        return True
    return domain.startswith(("su.", "union.", "students.", "societies."))


class EmailRecognizer(RuleRecognizer):
    RULE = "pii.email"

    def refine(self, text: str, result: RecognizerResult, ctx: DraftContext) -> Detection | None:
        if is_role_mailbox(text[result.start:result.end]):
            return None
        severity = severity_for(text, result.start, result.end, ctx, own="low", other="high", unknown="medium")
        return self.detection(result.start, result.end, result.score, severity=severity)
