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
bsc ba msc ma phd mba llb beng meng sport science sciences studies expires expiry valid issued
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december student staff card university uni college school library
street road avenue lane flat room building hall house campus dear hi hello hey thanks happy valid
""".split())
_LINK_GAP = 80


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

    def link(self, text: str, people: list[tuple[int, int]], details: list[Detection]) -> list[Detection]:
        """Names (from NER, plus capitalised names right before a detail) linked to a detail."""
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
            if m and _plausible(m.group(1)):
                s = max(0, d.start - 45) + m.start(1)  # type: ignore[operator]
                candidates.add((s, s + len(m.group(1))))
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
        return out
