"""Words around a detail that say whose it is and whether it is personal at all."""

from __future__ import annotations

import re

from ..types import DraftContext

#: The author offering their own details.
OWN = re.compile(
    r"\b(?:my|mine|me|i'?m|i\s+am|i'?ve|our|us|we'?re|dm\s+me|call\s+me|ring\s+me|text\s+me|message\s+me|"
    r"whatsapp\s+me|email\s+me|e-mail\s+me|reach\s+me|contact\s+me|find\s+me|new\s+number|new\s+no)\b",
    re.IGNORECASE,
)
#: Someone else's details: a possessive name, a third-person pronoun.
OTHER = re.compile(
    r"(?:\b[A-Z][a-z]+'s\b|\b(?:his|her|their|hers|theirs|he'?s|she'?s|they'?re|mum'?s|dad'?s|landlord'?s|ex'?s|lecturer'?s|tutor'?s)\b)",
)
#: An organisation's line rather than a person's.
ORG = re.compile(
    r"\b(?:reception|switchboard|helpline|help\s*line|help\s*desk|helpdesk|service\s*desk|enquir(?:y|ies)|office|"
    r"security|porters?|lodge|hotline|front\s+desk|customer\s+service|for\s+collection|takeaway|restaurant|"
    r"shop|caf[eé]|pub|bar|salon|surgery|clinic|pharmacy|hospital|gp|nhs|police|council|library|"
    r"students'?\s+union|\bsu\b|guild|advice\s+centre|careers|admissions|registry|faculty|department|dept|"
    r"school\s+office|box\s+office|ticket\s+office|venue|hotel|station|museum|gallery|theatre|cinema|"
    r"booking\s+line|opening\s+hours|open\s+\d|open\s+(?:mon|tue|wed|thu|fri|sat|sun))\b",
    re.IGNORECASE,
)


#: "my flatmate's new number is ...": a possessive right before the kind of
#: detail says whose it is, whatever "my" or "new number" say around it.
_POSSESSED = re.compile(
    r"\b(?!(?:i|it|that|what|there|here|who|let|he|she|where|how)'s\b)[a-z]+'s\s+(?:new\s+|personal\s+|home\s+|work\s+|uni\s+|mobile\s+|phone\s+)?"
    r"(?:number|no\.?|mobile|phone|email|e-mail|address|details|contact(?:\s+details)?|bank\s+details)\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)


def whose(text: str, start: int, end: int, span: int = 60) -> str:
    """'own', 'other' or 'unknown': the nearest cue before the detail wins."""
    before = text[max(0, start - span):start]
    if _POSSESSED.search(before):
        return "other"
    own = [m.end() for m in OWN.finditer(before)]
    other = [m.end() for m in OTHER.finditer(before)]
    if not own and not other:
        after = text[end:end + 25]
        if OWN.search(after):
            return "own"
        return "unknown"
    if own and (not other or max(own) >= max(other)):
        return "own"
    return "other"


def organisational(text: str, start: int, end: int, before: int = 60, after: int = 40) -> bool:
    """True when the words around a detail make it an organisation's contact.
    The nearest cue before the detail wins: in "found a wallet near the
    library?? text me on 07…" the number is the author's, not the library's."""
    pre = text[max(0, start - before):start]
    org = [m.end() for m in ORG.finditer(pre)]
    own = [m.end() for m in OWN.finditer(pre)]
    if org:
        personal = own + [m.end() for m in OTHER.finditer(pre)]
        return not (personal and max(personal) > max(org))
    # an organisation word after the detail ("01632 960211 for collection")
    # unless the author has just offered it as their own ("text me on ...")
    return bool(ORG.search(text[end:end + after])) and not own


def severity_for(text: str, start: int, end: int, ctx: DraftContext, own: str, other: str, unknown: str) -> str:
    """The severity by whose detail it is."""
    who = whose(text, start, end)
    return {"own": own, "other": other}.get(who, unknown)
