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
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Callable, Iterable, Sequence

from ..types import Detection, DraftContext

# Curly quotes and apostrophes become straight ones; one character for one, so
# offsets into the normalised text are offsets into the draft.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                       "\u02bc": "'", "\u2032": "'", "`": "'"})


def fold(text: str) -> str:
    """Normalise quote characters without changing the length of the text."""
    return text.translate(_FOLD)


class Doc:
    """One draft prepared for matching: folded, lower-cased, word starts.

    Built once per draft by :func:`run_rules` and never kept.
    """

    __slots__ = ("text", "low", "_starts")

    def __init__(self, text: str) -> None:
        self.text = fold(text)
        self.low = lower_same_length(self.text)
        self._starts: frozenset[str] | None = None

    @property
    def starts(self) -> frozenset[str]:
        """The first two and three characters of every word."""
        if self._starts is None:
            heads = _WORD_HEAD.findall(self.low)
            self._starts = frozenset(heads).union([h[:2] for h in heads])
        return self._starts


# Up to three word characters (apostrophes allowed after the first) at a word start.
_WORD_HEAD = re.compile(r"(?<!\w)\w[\w']{0,2}")


class Pat:
    """A set of regex alternatives, searched fast.

    Three speed-ups over one big ``re`` pattern, all keeping the meaning:

    * Rules match against a lower-cased copy of the draft, which ``re`` scans
      several times faster than with IGNORECASE. An alternative that needs
      case (``(?-i:[A-Z]...)`` for names, or any upper-case literal) is
      compiled with IGNORECASE and runs on the original text instead.
    * A leading ``\\b`` stops ``re`` from using its literal-prefix scan (about
      ten times slower on a tweet). Alternatives that start with ``\\b`` are
      compiled without it and the word boundary is checked here.
    * When every way into such alternatives starts with a known literal
      (``apparently``, ``(?:was|got) arrested``...), their first two or three
      letters are listed, and the regex only runs on drafts where some word
      starts with one of them.
    """

    __slots__ = ("_parts",)

    def __init__(self, alternatives: Sequence[str]) -> None:
        groups: dict[tuple[bool, bool, bool], tuple[list[str], set[str]]] = {}
        for alt in alternatives:
            for piece in _distribute(split_top(alt)):
                bounded = piece.startswith("\\b") and len(piece) > 2
                heads = word_heads(piece[2:]) if bounded else None
                if heads is None:
                    # No literal start: keep the \\b inside the regex, where it
                    # stops a leading \\w+ from retrying inside every word.
                    bounded = False
                else:
                    piece = piece[2:]
                case = needs_case(piece)
                pieces, all_heads = groups.setdefault((bounded, case, heads is not None), ([], set()))
                pieces.append(piece)
                all_heads.update(heads or ())
        parts = []
        for (bounded, case, filtered), (pieces, all_heads) in groups.items():
            source = "|".join(f"(?:{p})" for p in pieces)
            parts.append((re.compile(source, re.I if case else 0), bounded, case,
                          frozenset(all_heads) if filtered else None))
        self._parts = tuple(parts)

    def search(self, doc: Doc, lo: int = 0, hi: int | None = None) -> "re.Match[str] | None":
        """Earliest match in the draft between ``lo`` and ``hi``."""
        text = doc.text
        end = len(text) if hi is None else hi
        best = None
        for regex, bounded, case, heads in self._parts:
            if heads is not None and heads.isdisjoint(doc.starts):
                continue
            subject = text if case else doc.low
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

    def iter(self, doc: Doc):
        """Successive non-overlapping matches, earliest first."""
        pos = 0
        while pos <= len(doc.text):
            m = self.search(doc, pos)
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


def word_heads(source: str, limit: int = 600) -> frozenset[str] | None:
    """Lower-cased first 2-3 letters of every way a match of ``source`` can begin.

    None when some way begins with something other than a literal word
    character (a class like ``\\w``, an emoji, an optional part at the very
    end...): then no prefilter is used for that group.
    """
    try:
        parsed = _parser.parse(source)
    except re.error:
        return None
    prefixes = _prefixes(list(parsed), limit)
    if prefixes is None:
        return None
    heads = set()
    for p in prefixes:
        # Keep the part a word head can hold: a word character, then word
        # characters or apostrophes (see Doc.starts).
        cut = 1 if p and _is_word(p[0]) else 0
        while 0 < cut < min(len(p), 3) and (_is_word(p[cut]) or p[cut] == "'"):
            cut += 1
        if cut < 2:
            return None
        heads.add(p[:cut].lower())
    return frozenset(heads)


def _prefixes(items: list, limit: int, need: int = 3) -> set[str] | None:
    """Literal prefixes (up to ``need`` characters) of a parsed sequence."""
    results: set[str] = set()

    def walk(seq: list, i: int, acc: str) -> bool:
        if len(results) > limit:
            return False
        if len(acc) >= need:
            results.add(acc)
            return True
        if i == len(seq):
            results.add(acc)
            return True
        op, av = seq[i]
        if op is _c.LITERAL:
            return walk(seq, i + 1, acc + chr(av))
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return walk(seq, i + 1, acc)
        if op is _c.SUBPATTERN:
            return walk(list(av[-1]) + seq[i + 1:], 0, acc)
        if op is _c.BRANCH:
            return all(walk(list(branch) + seq[i + 1:], 0, acc) for branch in av[1])
        if op is _c.IN:
            chars = []
            for kind, val in av:
                if kind is _c.LITERAL:
                    chars.append(chr(val))
                elif kind is _c.RANGE and val[1] - val[0] < 12:
                    chars.extend(chr(c) for c in range(val[0], val[1] + 1))
                else:
                    results.add(acc)
                    return True
            return all(walk(seq, i + 1, acc + ch) for ch in chars)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, body = av
            body, rest = list(body), seq[i + 1:]
            # Exactly-once or optional-once parts are followed precisely; longer
            # repeats end the prefix after one pass (shorter prefixes are safe).
            once = walk(body + rest, 0, acc) if hi == 1 else walk(body, 0, acc)
            return once and (walk(rest, 0, acc) if lo == 0 else True)
        results.add(acc)
        return True

    if not walk(items, 0, ""):
        return None
    return results


def _distribute(pieces: list[str]) -> list[str]:
    """Turn ``\\b(?:a|b|c)\\b`` into ``\\b(?:a)\\b``, ``\\b(?:b)\\b``... (same language).

    Alternatives of a big lexicon group can then be prefiltered one by one:
    a few that may start anywhere no longer switch the prefilter off for all.
    """
    out = []
    for piece in pieces:
        inner = _unwrap(piece)
        if inner is None:
            out.append(piece)
            continue
        body, tail = inner
        alts = split_top(body)
        if len(alts) < 2:
            out.append(piece)
            continue
        out.extend(f"\\b(?:{a}){tail}" for a in alts)
    return out


def _unwrap(piece: str) -> tuple[str, str] | None:
    """``\\b(?:BODY)`` or ``\\b(?:BODY)\\b`` -> (BODY, tail), when the group spans the piece."""
    if not piece.startswith("\\b(?:"):
        return None
    depth, i, in_class = 0, 2, False
    while i < len(piece):
        c = piece[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if piece[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                tail = piece[i + 1:]
                if tail in ("", "\\b"):
                    return piece[5:i], tail
                return None
        i += 1
    return None


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

    def ok(self, doc: Doc, start: int, end: int) -> bool:
        lo = max(0, start - self.window)
        hi = min(len(doc.text), end + self.window)
        return self.pattern.search(doc, lo, hi) is not None


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

    def find(self, doc: Doc, cache: dict | None = None) -> Detection | None:
        """Return a detection for the draft or None.

        The cue is searched first: most rules find nothing in most drafts, so
        the other conditions are evaluated only where a cue occurs.
        """
        checked = False
        if cache is None:
            matches = self.cue.iter(doc)
        else:
            # Several rules share a cue (one per role, or per condition): scan once.
            matches = cache.get(id(self.cue))
            if matches is None:
                matches = cache[id(self.cue)] = list(self.cue.iter(doc))
        for m in matches:
            s, e = m.span()
            if e <= s:
                continue
            if not all(n.ok(doc, s, e) for n in self.near):
                continue
            if self.check is not None and not self.check(doc.low, m):
                continue
            if not checked:
                for p in self.all_of:
                    if p.search(doc) is None:
                        return None
                for p in self.none_of:
                    if p.search(doc) is not None:
                        return None
                checked = True
            if self.whole:
                return Detection(self.id, self.category, None, None, self.score, self.severity)
            text = doc.text
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
    doc = Doc(text)
    out: list[Detection] = []
    seen: set[str] = set()
    cache: dict = {}
    for rule in rules:
        if rule.id in seen or not rule.applies_to(ctx):
            continue
        d = rule.find(doc, cache)
        if d is not None:
            out.append(d)
            seen.add(rule.id)
    return out
