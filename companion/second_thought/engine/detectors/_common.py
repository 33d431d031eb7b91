"""Small pattern machinery shared by the category detectors.

A :class:`Rule` is a cue regex plus conditions: other patterns that must occur
somewhere in the draft (``all_of``), near the cue (``near``), or must not occur
(``none_of``, e.g. a stated consent or a pointer to the proper channel). The
first cue occurrence that passes every condition becomes one Detection; a
draft yields at most one detection per rule.

Nothing here keeps or logs the text. Regexes are compiled once when a
detector is instantiated, and written without nested unbounded repeats so a
280-character draft stays in the microseconds.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from ..types import Detection, DraftContext

# Curly quotes and apostrophes become straight ones; one character for one, so
# offsets into the normalised text are offsets into the draft.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                       "\u02bc": "'", "\u2032": "'", "`": "'"})


def fold(text: str) -> str:
    """Normalise quote characters without changing the length of the text."""
    return text.translate(_FOLD)


class Pat:
    """A set of regex alternatives, searched fast.

    Two speed-ups over one big ``re`` pattern, both keeping the meaning:

    * Rules match against a lower-cased copy of the draft, which ``re`` scans
      several times faster than with IGNORECASE. An alternative that needs
      case (``(?-i:[A-Z]...)`` for names, or any upper-case literal) is
      compiled with IGNORECASE and runs on the original text instead.
    * A leading ``\\b`` stops ``re`` from using its literal-prefix scan (about
      ten times slower on a tweet). Alternatives that start with ``\\b`` are
      compiled without it and the word boundary is checked here.
    """

    __slots__ = ("_parts",)

    def __init__(self, alternatives: Sequence[str]) -> None:
        groups: dict[tuple[bool, bool], list[str]] = {}
        for alt in alternatives:
            for piece in split_top(alt):
                bounded = piece.startswith("\\b") and len(piece) > 2
                if bounded:
                    piece = piece[2:]
                case = needs_case(piece)
                groups.setdefault((bounded, case), []).append(piece)
        self._parts = tuple(
            (re.compile("|".join(f"(?:{p})" for p in pieces), re.I if case else 0), bounded, case)
            for (bounded, case), pieces in groups.items()
        )

    def search(self, text: str, low: str, lo: int = 0, hi: int | None = None) -> "re.Match[str] | None":
        """Earliest match in ``text[lo:hi]`` (``low`` is ``text`` lower-cased)."""
        end = len(text) if hi is None else hi
        best = None
        for regex, bounded, case in self._parts:
            subject = text if case else low
            pos = lo
            while pos <= end:
                m = regex.search(subject, pos, end)
                if m is None or (best is not None and m.start() >= best.start()):
                    break
                if not bounded or _at_boundary(subject, m.start()):
                    best = m
                    break
                pos = m.start() + 1
        return best

    def iter(self, text: str, low: str):
        """Successive non-overlapping matches, earliest first."""
        pos = 0
        while pos <= len(text):
            m = self.search(text, low, pos)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _at_boundary(text: str, i: int) -> bool:
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


def split_top(source: str) -> list[str]:
    """Split a regex source on its top-level ``|`` (outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if source[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return [p for p in parts if p]


def rx(*alternatives: str) -> Pat:
    """Compile regex alternatives (see :class:`Pat`)."""
    return Pat(alternatives)


_ESCAPES = re.compile(r"\\[A-Za-z]")


def needs_case(source: str) -> bool:
    """True when a pattern has case-sensitive parts (upper-case literals)."""
    return "(?-i:" in source or any(c.isupper() for c in _ESCAPES.sub("", source))


def lower_same_length(text: str) -> str:
    """``text.lower()`` that keeps every offset (a few characters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def words(*items: str) -> str:
    """A regex alternation of literal-ish word patterns wrapped in \\b...\\b."""
    return r"\b(?:" + "|".join(items) + r")\b"


Pattern = Pat
Check = Callable[[str, "re.Match[str]"], bool]


class Near:
    """Another pattern that must occur within ``window`` characters of the cue."""

    __slots__ = ("pattern", "window")

    def __init__(self, pattern: Pat | str, window: int = 60) -> None:
        self.pattern = pattern if isinstance(pattern, Pat) else rx(pattern)
        self.window = window

    def ok(self, text: str, low: str, start: int, end: int) -> bool:
        lo = max(0, start - self.window)
        hi = min(len(text), end + self.window)
        return self.pattern.search(text, low, lo, hi) is not None


class Rule:
    """One rule id: a cue plus the conditions under which it counts."""

    __slots__ = ("id", "category", "cue", "all_of", "none_of", "near", "roles",
                 "whole", "severity", "check", "score", "extend")

    def __init__(
        self,
        rule_id: str,
        category: str,
        cue: Pattern | str | Sequence[str],
        *,
        all_of: Iterable[Pattern | str] = (),
        none_of: Iterable[Pattern | str] = (),
        near: Iterable[Near] = (),
        roles: Iterable[str] | None = None,
        whole: bool = False,
        severity: str | None = None,
        check: Check | None = None,
        score: float = 0.8,
        extend: bool = False,
    ) -> None:
        self.id = rule_id
        self.category = category
        self.cue = _compile(cue)
        self.all_of = tuple(_compile(p) for p in all_of)
        self.none_of = tuple(_compile(p) for p in none_of)
        self.near = tuple(near)
        self.roles = frozenset(roles) if roles else None
        self.whole = whole
        self.severity = severity
        self.check = check
        self.score = score
        self.extend = extend

    def applies_to(self, ctx: DraftContext) -> bool:
        return self.roles is None or ctx.role in self.roles

    def find(self, text: str, low: str) -> Detection | None:
        """Return a detection for the folded draft ``text`` (``low``: lower-cased) or None.

        The cue is searched first: most rules find nothing in most drafts, so
        the other conditions are evaluated only where a cue occurs.
        """
        checked = False
        for m in self.cue.iter(text, low):
            s, e = m.span()
            if e <= s:
                continue
            if not all(n.ok(text, low, s, e) for n in self.near):
                continue
            if self.check is not None and not self.check(low, m):
                continue
            if not checked:
                for p in self.all_of:
                    if p.search(text, low) is None:
                        return None
                for p in self.none_of:
                    if p.search(text, low) is not None:
                        return None
                checked = True
            if self.whole:
                return Detection(self.id, self.category, None, None, self.score, self.severity)
            if self.extend:
                stop = _CLAUSE_END.search(text, e)
                e = stop.start() if stop else len(text)
            s, e = _trim(text, s, e)
            return Detection(self.id, self.category, s, e, self.score, self.severity)
        return None


# End of the clause a span is extended to: a sentence stop, not a decimal point.
_CLAUSE_END = re.compile(r"[!?\n]|\.(?=\s|$)| [\u2014\u2013-] |[\U0001F300-\U0001FAFF]")


def _compile(p: Pattern | str | Sequence[str]) -> Pattern:
    if isinstance(p, Pat):
        return p
    if isinstance(p, str):
        return rx(p)
    return rx(*p)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n,.;:!?-":
        s += 1
    while e > s and text[e - 1] in " \t\n,;:-":
        e -= 1
    return s, e


def run_rules(rules: Sequence[Rule], text: str, ctx: DraftContext) -> list[Detection]:
    """Apply ``rules`` to a draft; at most one detection per rule id (first wins)."""
    if not text or not text.strip():
        return []
    folded = fold(text)
    low = lower_same_length(folded)
    out: list[Detection] = []
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen or not rule.applies_to(ctx):
            continue
        d = rule.find(folded, low)
        if d is not None:
            out.append(d)
            seen.add(rule.id)
    return out
