"""A private person's full name placed next to their personal details.

A name on its own is not personal data and first names alone are never
marked; a full name (or a title and surname) within the same line or sentence
as a phone number, address, ID number or similar is.
"""

from __future__ import annotations

import re

import regex

from ..types import Detection, DraftContext
from ._base import RuleRecognizer

_TITLE = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir)\.?\s+)$")
#: "Farah Qureshi | P2540018", "Lewis Marsh, 100623918": capitalised names set
#: right before a detail, which NER misses in list-like text.
_NAME_BEFORE = regex.compile(r"((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)?(?:\s+(?:\p{Lu}\.?|\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)?)){1,3})\s*(?:[|,:;/–-]|\bon\b|\bat\b|\bis\b|\blives\s+at\b)?\s*$")
#: ... and names right after one ("100812334, Jamal Osei, BSc ...").
_NAME_AFTER = regex.compile(r"^\s*(?:[|,:;/–-]\s*)?((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?=\s*(?:[|,;/–-]|$|\n))")
_NOT_NAMES = frozenset("""
the a an my our your his her their this that new old found lost anyone someone call ring text email
message contact whatsapp phone ask tell please pls
bsc ba msc ma phd mba llb beng meng sport science sciences studies expires expiry valid issued
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december student staff card university uni college school library
street road avenue lane flat room building hall house campus dear hi hello hey thanks happy valid
""".split())
_LINK_GAP = 80

#: Private details that are not numbers (LABELLING: "course and hall, health,
#: account"): said of someone right after their name, they make the name
#: personal data. Each starts with the verb or possessive that ties it to the
#: person before it, so the author's own news ("I've been diagnosed with...",
#: "thanks Dr Patel") links no one.
_CONDITION = (
    r"chlamydia|gonorrh?o?ea|herpes|syphilis|hiv|aids|an?\s+(?:std|sti)|crabs|hepatitis\s+[bc]|cancer|leukaemia|"
    r"depression|bipolar(?:\s+disorder)?|schizophrenia|psychosis|ptsd|ocd|adhd|autism|epilepsy|"
    r"an?\s+eating\s+disorder|anorexia|bulimia|dementia|a\s+(?:mental\s+)?breakdown|an?\s+(?:drug|drink|alcohol)\s+problem"
)
_PRIVATE_DETAIL = regex.compile(
    r"(?i)\b(?:"
    # health: "has chlamydia", "was diagnosed with bipolar", "is HIV positive", "is pregnant"
    r"(?:has|had|'s|is|was|got|been|has\s+been|was\s+just|just\s+got)\s+(?:been\s+)?(?:diagnosed\s+with\s+|caught\s+|got\s+)?(?:" + _CONDITION + r")\b"
    # ... the condition itself, not "cancer research" or "depression awareness"
    r"(?=\s*(?:[.,!?;:)\n]|$|[\U0001F300-\U0001FAFF]|(?:and|but|so|now|again|lol|apparently|tho|though|too|as\s+well|since|from|which|or|btw|fyi|just)\b))"
    r"|(?:is|was|'s)\s+(?:hiv\s+positive|in\s+rehab|on\s+(?:antidepressants|anti-depressants|methadone|suicide\s+watch|antipsychotics)|sectioned|self[- ]harming)\b"
    r"|(?:has|had|'s)\s+(?:had\s+)?(?:an?\s+)?(?:abortion|miscarriage|overdose)\b"
    # where they live: "lives in Clephan Building flat 4", "is in room 214 of Waterway Gardens"
    r"|(?:lives|living|stays|staying|is|'s)\s+(?:in|at)\s+(?:room|flat|apartment|apt)\s*\d+[a-z]?\s+(?:of|in|at)\s+\p{Lu}[\p{L}'’-]+"
    r"|(?:lives|living|stays|staying)\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*,?\s*(?:flat|room|apartment|apt|block)\s*\d+[a-z]?"
    # ... or listed after the name: "Dean Aldous, second year, Crowther Hall block C flat 12"
    r"|(?<=[,:;|–-]\s{0,2})(?-i:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?:Hall|Halls|House|Court|Village|Lodge|Tower|Building|Residences?))"
    r"\s*,?\s*(?:block\s+\w{1,2}\s*,?\s*)?(?:flat|room|apartment|apt)\s*\d+[a-z]?\b"
    # their account: "his insta is @dan.okafor99"
    r"|(?:his|her|their)\s+(?:insta(?:gram)?|ig|snap(?:chat)?|tiktok|twitter|x|facebook|fb|onlyfans|tinder|grindr|hinge)\s*(?:is|:|-|=)?\s*@[\w.]{3,}"
    r")"
)


#: A sentence about a public figure, or about the subject rather than a person:
#: public figures' health is not personal data (LABELLING).
_PUBLIC = regex.compile(
    r"(?i)\b(?:actor|actress|singer|rapper|celebrit(?:y|ies)|celebs?|footballer|mp|minister|president|king|queen|prince|princess|"
    r"presenter|comedian|author|documentary|interview|podcast|talks?\s+(?:about|openly)|opens?\s+up|spoke\s+(?:about|openly)|"
    r"inspiring|awareness|campaign|charity|announced|announces|revealed|memoir|according\s+to|news|reports?|lecture|talk\s+on|research)\b"
)
_SENTENCE_START = regex.compile(r"[.!?\n][^.!?\n]*$")
_SENTENCE_END = regex.compile(r"[.!?\n]")


def private_details(text: str) -> list[tuple[int, int]]:
    """Spans of health, home or account details said of someone (see _PRIVATE_DETAIL),
    except in a sentence about a public figure or a subject."""
    out = []
    for m in _PRIVATE_DETAIL.finditer(text):
        before = _SENTENCE_START.search(text, 0, m.start())
        start = before.start() + 1 if before else 0
        stop = _SENTENCE_END.search(text, m.end())
        if _PUBLIC.search(text, start, stop.start() if stop else len(text)):
            continue
        out.append(m.span())
    return out


_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Mx", "Professor", "Sir")


def _plausible(name: str) -> bool:
    """A full name (two words beyond initials), or a title and a surname."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    titled = bool(words) and words[0].rstrip(".") in _TITLES
    words = [w for w in words if w.rstrip(".") not in _TITLES]
    if titled:
        return len(words) >= 1 and not any(w.lower().strip("'’") in _NOT_NAMES for w in words)
    long_words = [w for w in words if len(w.rstrip(".")) >= 2]
    return len(long_words) >= 2 and not any(w.lower().strip("'’") in _NOT_NAMES for w in words)


class PersonWithDetailsRecognizer(RuleRecognizer):
    RULE = "pii.person_with_details"

    def link(self, text: str, people: list[tuple[int, int]], details: list[Detection],
             private: list[tuple[int, int]] = ()) -> list[Detection]:  # type: ignore[assignment]
        """Names (from NER, plus capitalised names right before a detail) linked to a detail.

        ``private`` are the spans of :func:`private_details`: those link only
        to a name that comes before them in the same sentence.
        """
        candidates = set()
        for s, e in people:
            name = text[s:e]
            titled = bool(_TITLE.search(text[max(0, s - 12):s]))
            if titled:
                s = s - len(_TITLE.search(text[max(0, s - 12):s]).group(0))  # type: ignore[union-attr]
            if _plausible(text[s:e]):
                candidates.add((s, e))
        for d in details:
            m = _NAME_BEFORE.search(text[max(0, d.start - 45):d.start])  # type: ignore[operator]
            if m:
                # "Ring Sarah Jones on ...": a capitalised verb or greeting
                # before the name is not part of it.
                name, s = m.group(1), max(0, d.start - 45) + m.start(1)  # type: ignore[operator]
                while len(name.split()) > 2 and name.split()[0].lower() in _NOT_NAMES:
                    first = re.match(r"\S+\s+", name)
                    s, name = s + first.end(), name[first.end():]  # type: ignore[union-attr]
                if _plausible(name):
                    candidates.add((s, s + len(name)))
            m = _NAME_AFTER.match(text[d.end:d.end + 45])  # type: ignore[index]
            if m and _plausible(m.group(1)):
                s = d.end + m.start(1)  # type: ignore[operator]
                candidates.add((s, s + len(m.group(1))))
        out = []
        for s, e in sorted(candidates):
            if any(d.start < e and s < d.end for d in details):  # type: ignore[operator]
                continue
            for d in details:
                gap = d.start - e if d.start >= e else s - d.end  # type: ignore[operator]
                between = text[min(e, d.start):max(s, d.start)] if d.start >= e else text[d.end:s]  # type: ignore[type-var,index]
                if 0 <= gap <= _LINK_GAP and not re.search(r"[.!?]\s|\n\n", between):
                    out.append(self.detection(s, e, 0.7, severity="high"))
                    break
            else:
                for ps, _pe in private:
                    if e <= ps and ps - e <= _LINK_GAP and not re.search(r"[.!?]\s|\n", text[e:ps]):
                        out.append(self.detection(s, e, 0.7, severity="high"))
                        break
        return out
