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

import contextlib
import functools
import hashlib
import json
import re
import threading
from pathlib import Path
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import regex as _third_party

from ..types import Detection, DraftContext

# Curly quotes and apostrophes become straight ones; one character for one, so
# offsets into the normalised text are offsets into the draft.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                       "\u02bc": "'", "\u2032": "'", "`": "'"})


def fold(text: str) -> str:
    """Normalise quote characters without changing the length of the text."""
    return text.translate(_FOLD)


class LiteralIndex:
    """Every required literal of every pattern, found in a draft at once.

    A literal can occur only where each of its three-character substrings
    does. Each literal is indexed under its rarest three characters (among
    all the literals'); a draft's own set of three-character substrings then
    picks a few candidates, which a set test and a substring search confirm.
    """

    def __init__(self) -> None:
        self._all: set[str] = set()
        self._index: tuple[dict[str, list[tuple[str, frozenset[str]]]], frozenset[str]] | None = None
        self._lock = threading.Lock()

    def add(self, literals: Iterable[str]) -> None:
        with self._lock:
            self._all.update(literals)
            self._index = None

    def _build(self) -> tuple[dict[str, list[tuple[str, frozenset[str]]]], frozenset[str]]:
        with self._lock:
            if self._index is None:
                grams = {lit: frozenset(lit[i:i + 3] for i in range(len(lit) - 2)) for lit in self._all}
                freq: dict[str, int] = {}
                for gs in grams.values():
                    for g in gs:
                        freq[g] = freq.get(g, 0) + 1
                by_key: dict[str, list[tuple[str, frozenset[str]]]] = {}
                for lit, gs in sorted(grams.items()):
                    key = min(gs, key=lambda g: (freq[g], g))
                    by_key.setdefault(key, []).append((lit, gs))
                self._index = (by_key, frozenset(by_key))
            return self._index

    def present(self, subject: str) -> frozenset[str]:
        index = self._index
        by_key, keys = index if index is not None else self._build()
        grams = {subject[i:i + 3] for i in range(len(subject) - 2)}
        return frozenset(lit for key in keys.intersection(grams) for lit, gs in by_key[key]
                         if len(lit) == 3 or (gs <= grams and lit in subject))


_LITERALS = LiteralIndex()


class Doc:
    """One draft prepared for matching: folded, lower-cased, word starts.

    Built once per draft (see :func:`one_draft`) and never kept. ``memo``
    holds, per pattern, the regexes that can match this draft.
    """

    __slots__ = ("text", "low", "_starts", "_present", "memo")

    def __init__(self, text: str) -> None:
        self.text = fold(text)
        self.low = lower_same_length(self.text)
        self._starts: frozenset[str] | None = None
        self._present: dict[bool, frozenset[str]] = {}
        self.memo: dict["Pat", list] = {}

    @property
    def starts(self) -> frozenset[str]:
        """The first two and three characters of every word."""
        if self._starts is None:
            heads = _WORD_HEAD.findall(self.low)
            self._starts = frozenset(heads).union([h[:2] for h in heads])
        return self._starts

    def literals(self, case: bool) -> frozenset[str]:
        """The required literals of any pattern that occur in the draft.

        Looked for in the lower-cased draft, or for IGNORECASE patterns in
        ``casefold()``, which holds every ASCII letter such a regex can match
        as itself.
        """
        found = self._present.get(case)
        if found is None:
            subject = self.text.casefold() if case else self.low
            other = self._present.get(not case)
            if other is not None and subject == (self.low if case else self.text.casefold()):
                found = other  # the usual case: lower() and casefold() agree
            else:
                found = _LITERALS.present(subject)
            self._present[case] = found
        return found


_current = threading.local()


@contextlib.contextmanager
def one_draft(text: str):
    """Rules run on ``text`` inside this block share one prepared :class:`Doc`
    (and :func:`draft_memo`); both are dropped when the block ends."""
    _current.text, _current.doc, _current.memo = text, None, {}
    try:
        yield
    finally:
        _current.text = _current.doc = _current.memo = None


def draft_memo(text: str) -> dict | None:
    """Values worked out once per draft and shared by the detectors (the
    sentence embedding), while ``text`` is the draft of :func:`one_draft`;
    else None."""
    return _current.memo if getattr(_current, "text", None) is text else None


def prepare(text: str) -> Doc:
    """The shared Doc of the draft being checked, or a new one."""
    if getattr(_current, "text", None) is text:
        if _current.doc is None:
            _current.doc = Doc(text)
        return _current.doc
    return Doc(text)


# Up to three word characters (apostrophes allowed after the first) at a word start.
_WORD_HEAD = re.compile(r"(?<!\w)\w[\w']{0,2}")


class _Run:
    """Consecutive alternatives matched the same way, as one regex.

    ``order`` is the position of its first alternative in the pattern: of two
    matches starting at the same place, the one from the earlier alternative
    wins, as in a single alternation. Compiled when a draft first needs it
    (:func:`compile_all` compiles the rest in the background after start-up).
    """

    __slots__ = ("order", "bounded", "case", "heads", "source", "_regex")

    def __init__(self, order: int, bounded: bool, case: bool, heads: frozenset[str] | None, pieces: list[str]) -> None:
        self.order, self.bounded, self.case, self.heads = order, bounded, case, heads
        self.source = "|".join(f"(?:{p})" for p in pieces)
        self._regex: re.Pattern[str] | None = None
        _COMPILABLE.append(self)

    @property
    def regex(self) -> "re.Pattern[str]":
        regex = self._regex
        if regex is None:  # a race compiles it twice, harmlessly
            regex = self._regex = _regex(self.source, re.I if self.case else 0)
        return regex

    def compile(self) -> None:
        self.regex  # noqa: B018 - compiles it


class _Lexicon:
    """Alternatives with required literals, each run on its own, and only on a
    draft that holds one of its literals."""

    __slots__ = ("case", "members", "by_literal")

    def __init__(self, case: bool) -> None:
        self.case = case
        self.members: list[_Run] = []
        self.by_literal: dict[str, list[int]] = {}

    def add(self, run: _Run, literals: frozenset[str]) -> None:
        _LITERALS.add(literals)
        for lit in literals:
            self.by_literal.setdefault(lit, []).append(len(self.members))
        self.members.append(run)

    def live(self, doc: Doc) -> list[_Run]:
        present = doc.literals(self.case)
        hits = {i for lit in present.intersection(self.by_literal) for i in self.by_literal[lit]}
        return [self.members[i] for i in hits]


class LazyRegex:
    """A ``re`` pattern compiled when a draft first uses it, with the
    methods of one (:func:`compile_all` compiles the rest in the background
    after start-up). For big patterns that most drafts never run, because
    none of their required literals is in the draft: the abuse detector's
    constructions, whose compiling was a fifth of the companion's start-up."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._rx: re.Pattern[str] | None = None
        _LAZY.append(self)

    @property
    def rx(self) -> "re.Pattern[str]":
        rx = self._rx
        if rx is None:  # a race compiles it twice, harmlessly
            rx = self._rx = re.compile(self.pattern, self.flags)
        return rx

    def compile(self) -> None:
        self.rx  # noqa: B018 - compiles it

    def search(self, *args: Any) -> "re.Match[str] | None":
        return (self._rx or self.rx).search(*args)

    def match(self, *args: Any) -> "re.Match[str] | None":
        return (self._rx or self.rx).match(*args)

    def fullmatch(self, *args: Any) -> "re.Match[str] | None":
        return (self._rx or self.rx).fullmatch(*args)

    def finditer(self, *args: Any) -> "Iterator[re.Match[str]]":
        return (self._rx or self.rx).finditer(*args)

    def findall(self, *args: Any) -> list[Any]:
        return (self._rx or self.rx).findall(*args)

    def sub(self, *args: Any) -> str:
        return (self._rx or self.rx).sub(*args)

    @property
    def groupindex(self) -> "Mapping[str, int]":
        return self.rx.groupindex


#: Every regex built so far, for :func:`compile_all`: the rules' runs, and
#: the lazy patterns of other detectors.
_COMPILABLE: list[_Run] = []
_LAZY: list[LazyRegex] = []


def compile_all() -> int:
    """Compile every regex not compiled yet (run on a background thread after
    start-up, so no later draft waits for a compile). Returns how many."""
    runs: list[_Run | LazyRegex] = [*_COMPILABLE, *_LAZY]
    for run in runs:
        run.compile()
    return len(runs)


class Pat:
    """A set of regex alternatives, searched fast.

    Four speed-ups over one big ``re`` pattern, all keeping the meaning:

    * Rules match against a lower-cased copy of the draft, which ``re`` scans
      several times faster than with IGNORECASE. An alternative that needs
      case (``(?-i:[A-Z]...)`` for names, or any upper-case literal) is
      compiled with IGNORECASE and runs on the original text instead.
    * A leading ``\\b`` stops ``re`` from using its literal-prefix scan (about
      ten times slower on a tweet). Alternatives that start with ``\\b`` are
      compiled without it and the word boundary is checked here.
    * Required literals (:func:`required_literals`): strings of three or more
      characters one of which every match of an alternative contains
      (``arrested`` for ``(?:was|got)\\s+arrested``). An alternative none of
      whose literals occurs in the draft cannot match and is not run; most
      drafts hold none of a rule's literals, so most rules cost a few
      substring tests.
    * An alternative without such literals, when every way into it starts
      with a known word, runs only on drafts where some word starts with the
      same two or three letters.

    ``iter`` keeps each regex's next match, so listing every match is one pass
    over the draft per regex, not one per match. ``prefilter=False`` builds
    the same pattern without the last two speed-ups (the tests compare them).
    """

    __slots__ = ("_runs", "_lexicons", "_alternatives", "_literals")

    def __init__(self, alternatives: Sequence[str], prefilter: bool = True) -> None:
        self._alternatives = tuple(alternatives)
        runs: list[_Run] = []
        lexicons: dict[bool, _Lexicon] = {}
        pending: list[str] = []  # consecutive unliteral pieces matched alike
        pending_key: tuple | None = None
        pending_heads: set[str] = set()
        pending_order = 0

        def flush() -> None:
            nonlocal pending, pending_key, pending_heads
            if pending:
                bounded, case, kind = pending_key  # type: ignore[misc]
                runs.append(_Run(pending_order, bounded, case, frozenset(pending_heads) if kind == "heads" else None, pending))
            pending, pending_key, pending_heads = [], None, set()

        order = 0
        for alt in alternatives:
            for raw in _distribute(split_top(alt)):
                if prefilter:
                    SEEN.add(raw)
                    bounded, case, heads, lits = piece_facts(raw)
                else:
                    bounded, case, heads, lits = False, needs_case(raw), None, None
                piece = raw[2:] if bounded else raw
                if lits:
                    flush()
                    lexicon = lexicons.get(case) or lexicons.setdefault(case, _Lexicon(case))
                    lexicon.add(_Run(order, bounded, case, None, [piece]), lits)
                else:
                    key = (bounded, case, "heads" if heads is not None else "any")
                    if key != pending_key:
                        flush()
                        pending_key, pending_order = key, order
                    pending.append(piece)
                    pending_heads.update(heads or ())
                order += 1
        flush()
        self._runs = tuple(runs)
        self._lexicons = tuple(lexicons.values())
        # Quick refusal: no run without literals, and none of the literals
        # (lower-cased / case-folded) occurs in the draft.
        self._literals = {lex.case: frozenset(lex.by_literal) for lex in self._lexicons}

    def unfiltered(self) -> "Pat":
        """The same pattern without the prefilters: what it must always agree with."""
        return Pat(self._alternatives, prefilter=False)

    def possible(self, doc: Doc) -> bool:
        """False when the pattern cannot match ``doc`` (cheap: no regex runs)."""
        return bool(self._live(doc))

    def _live(self, doc: Doc) -> list[tuple["re.Pattern[str]", bool, bool]]:
        """The regexes to run on ``doc``, in the order of their alternatives."""
        live = doc.memo.get(self)
        if live is None:
            if not self._runs and all(lits.isdisjoint(doc.literals(case)) for case, lits in self._literals.items()):
                live = []
            else:
                chosen = [r for r in self._runs if r.heads is None or not r.heads.isdisjoint(doc.starts)]
                for lexicon in self._lexicons:
                    chosen += lexicon.live(doc)
                chosen.sort(key=lambda r: r.order)
                live = [(r.regex, r.bounded, r.case) for r in chosen]
            doc.memo[self] = live
        return live

    def search(self, doc: Doc, lo: int = 0, hi: int | None = None) -> "re.Match[str] | None":
        """Earliest match in the draft between ``lo`` and ``hi``."""
        end = len(doc.text) if hi is None else hi
        best = None
        for regex, bounded, case in self._live(doc):
            m = _first(doc, regex, bounded, case, lo, end, best.start() if best is not None else None)
            if m is not None:
                best = m
        return best

    def iter(self, doc: Doc):
        """Successive non-overlapping matches, earliest first."""
        runs = self._live(doc)
        end = len(doc.text)
        nexts = [_first(doc, regex, bounded, case, 0, end, None) for regex, bounded, case in runs]
        pos = 0
        while True:
            best = None
            for i, m in enumerate(nexts):
                if m is not None and m.start() < pos:
                    regex, bounded, case = runs[i]
                    m = nexts[i] = _first(doc, regex, bounded, case, pos, end, None)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end() if best.end() > best.start() else best.start() + 1


def _first(doc: Doc, regex: "re.Pattern[str]", bounded: bool, case: bool, pos: int, end: int,
           before: int | None) -> "re.Match[str] | None":
    """The first match of one regex from ``pos``, starting before ``before`` if given."""
    subject = doc.text if case else doc.low
    while pos <= end:
        m = regex.search(subject, pos, end)
        if m is None or (before is not None and m.start() >= before):
            return None
        if not bounded or _at_boundary(subject, m.start()):
            return m
        pos = m.start() + 1
    return None


def piece_facts(raw: str) -> tuple[bool, bool, frozenset[str] | None, frozenset[str] | None]:
    """What :class:`Pat` needs to know of one alternative: (bounded, case, heads, literals).

    ``bounded``: it starts with ``\\b`` and a known word, so the ``\\b`` is
    checked outside ``re``; ``case``: it needs the original case; ``heads``:
    see :func:`word_heads`; ``literals``: see :func:`required_literals`.
    Answers come from the shipped index when it was built from this very file
    (parsing thousands of patterns is most of the companion's start-up).
    """
    index = _index()
    known = index.get(raw)
    if known is not None:
        bounded, case, heads, lits = known
        return bounded, case, frozenset(heads) if heads is not None else None, frozenset(lits) if lits is not None else None
    bounded = raw.startswith("\\b") and len(raw) > 2
    heads = word_heads(raw[2:]) if bounded else None
    if heads is None:
        # No literal start: keep the \\b inside the regex, where it stops a
        # leading \\w+ from retrying inside every word.
        bounded = False
    piece = raw[2:] if bounded else raw
    case = needs_case(piece)
    return bounded, case, heads, required_literals(piece, ascii_only=case)


INDEX_FILE = Path(__file__).resolve().parents[1] / "data" / "pattern_index.json"
_INDEX: dict[str, list] | None = None


def code_version() -> str:
    """Hash of this file: the index is only trusted when built by the same code."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def _index() -> dict[str, list]:
    global _INDEX
    if _INDEX is None:
        try:
            data = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
            _INDEX = data["pieces"] if data.get("code") == code_version() else {}
        except (OSError, ValueError, KeyError, TypeError):
            _INDEX = {}
    return _INDEX


def build_index(raws: Iterable[str]) -> dict:
    """The index for these alternatives, computed (for tools/index_patterns.py)."""
    global _INDEX
    saved, _INDEX = _INDEX, {}
    try:
        pieces = {}
        for raw in sorted(set(raws)):
            bounded, case, heads, lits = piece_facts(raw)
            pieces[raw] = [bounded, case, sorted(heads) if heads is not None else None, sorted(lits) if lits is not None else None]
    finally:
        _INDEX = saved
    return {"code": code_version(), "pieces": pieces}


#: Every alternative a prefiltered Pat was built from (for the index).
SEEN: set[str] = set()


@functools.lru_cache(maxsize=4096)
def _parse(source: str) -> list | None:
    """``re``'s parse tree of a pattern (shared by the two analyses below; never mutated)."""
    try:
        return list(_parser.parse(source))
    except re.error:
        return None


@functools.lru_cache(maxsize=None)
def required_literals(source: str, *, ascii_only: bool = False, shortest: int = 3) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``source`` contains.

    ``(?:was|got)\\s+arrested`` gives ``{"arrested"}``; ``(?:essay|dissertation)s?
    for\\s+sale`` gives ``{"essay", "dissertation"}`` or ``{"for"}``... whichever
    set has the longest shortest member. None when no set has all members of
    at least ``shortest`` characters (then the alternative is always run).
    ``ascii_only`` refuses literals with other characters (for patterns run
    with IGNORECASE: their literals are looked for in the case-folded draft,
    which holds every ASCII letter such a regex can match as itself).
    """
    parsed = _parse(source)
    if parsed is None:
        return None
    best = _must(parsed)
    if not best:
        return None
    if min(len(s) for s in best) < shortest:
        return None
    if ascii_only and not all(s.isascii() for s in best):
        return None
    return frozenset(s.lower() for s in best)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if not a:
        return b
    if not b:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _must(seq: list, limit: int = 24) -> frozenset[str] | None:
    """Best literal set of a parsed sequence (see :func:`required_literals`)."""
    best: frozenset[str] | None = None
    run: set[str] = {""}  # literal strings the current stretch can spell

    def close() -> None:
        nonlocal best, run
        if run and all(run):
            best = _better(best, frozenset(run))
        run = {""}

    items = list(seq)
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is _c.LITERAL:
            j = i + 1
            while j < len(items) and items[j][0] is _c.LITERAL:
                j += 1
            chunk = "".join(chr(v) for _, v in items[i:j])
            run = {s + chunk for s in run}
            i = j
            continue
        if op is _c.IN:
            chars = _class_chars(av)
            if chars is None or len(run) * len(chars) > limit:
                close()
            else:
                run = {s + ch for s in run for ch in chars}
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            pass  # zero-width: the literals around it stay adjacent
        elif op is _c.SUBPATTERN:
            items[i + 1:i + 1] = list(av[-1])  # the group's body, in place
        elif op is _c.BRANCH:
            close()
            sets = [_must(list(branch), limit) for branch in av[1]]
            if all(sets):
                best = _better(best, frozenset().union(*sets))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, hi, body = av
            if lo == hi == 1:
                items[i + 1:i + 1] = list(body)
            else:
                close()
                if lo >= 1:
                    best = _better(best, _must(list(body), limit))
        else:
            close()
        i += 1
    close()
    return best


def _class_chars(av: list, widest: int = 4) -> list[str] | None:
    """The characters of a small positive class like ``[sz]`` (ranges under
    ``widest`` characters), else None."""
    chars: list[str] = []
    for kind, val in av:
        if kind is _c.LITERAL:
            chars.append(chr(val))
        elif kind is _c.RANGE and val[1] - val[0] < widest:
            chars.extend(chr(c) for c in range(val[0], val[1] + 1))
        else:
            return None
    return chars


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _at_boundary(text: str, i: int) -> bool:
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


@functools.lru_cache(maxsize=None)
def word_heads(source: str, limit: int = 600) -> frozenset[str] | None:
    """Lower-cased first 2-3 letters of every way a match of ``source`` can begin.

    None when some way begins with something other than a literal word
    character (a class like ``\\w``, an emoji, an optional part at the very
    end...): then no prefilter is used for that group.
    """
    parsed = _parse(source)
    if parsed is None:
        return None
    prefixes = _prefixes(parsed, limit)
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
            chars = _class_chars(av, widest=12)
            if chars is None:
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


#: Tests switch this off to build the reference patterns the fast ones must agree with.
PREFILTER = True


def rx(*alternatives: str) -> Pat:
    """Compile regex alternatives (see :class:`Pat`).

    The same alternatives give the same (immutable) Pat: detectors share
    vocabulary, so many rules would otherwise build identical patterns.
    """
    return _pat(tuple(alternatives), PREFILTER)


@functools.lru_cache(maxsize=None)
def _pat(alternatives: tuple[str, ...], prefilter: bool) -> Pat:
    return Pat(alternatives, prefilter)


#: Which regexes run faster on the third-party ``regex`` engine (in its
#: ``re``-compatible mode, V0) than on ``re``: measured on the project's own
#: drafts by ``tools/choose_regex_engines.py``, keyed by :func:`engine_key`.
#: ``regex`` looks for a pattern's required words with a fast string search
#: before it tries to match, where ``re`` runs its matcher at nearly every
#: position; on a long draft that is most of a detector's time. The two
#: engines give the same matches for these patterns (the tool keeps ``re``
#: for any pattern where they differed, and ``tests/detectors/test_regex_engines.py``
#: compares them again). A missing or stale file changes no finding, only speed.
ENGINES_FILE = Path(__file__).resolve().parents[1] / "data" / "regex_engines.json"


def engine_key(source: str, flags: int) -> str:
    """A short stable name for one compiled regex (its source and flags)."""
    return hashlib.sha1(f"{flags}:{source}".encode("utf-8")).hexdigest()[:16]


def _engine_choice(which: str) -> frozenset[str]:
    try:
        return frozenset(json.loads(ENGINES_FILE.read_text(encoding="utf-8"))[which])
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()


_USE_REGEX = _engine_choice("regex")
#: The other way round, for the personal-data recognizers (written for
#: ``regex``): those that ``re`` compiles and runs faster, with the same matches.
USE_RE = _engine_choice("re")


@functools.lru_cache(maxsize=None)
def _regex(source: str, flags: int) -> "re.Pattern[str]":
    """The compiled regex, on the engine measured faster for it; remembered
    without re's 512-entry limit (start-up compiles more)."""
    if _USE_REGEX and engine_key(source, flags) in _USE_REGEX:
        return _third_party.compile(source, flags | _third_party.V0)  # type: ignore[return-value]
    return re.compile(source, flags)


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
    doc = prepare(text)
    out: list[Detection] = []
    seen: set[str] = set()
    cache: dict = {}
    for rule in rules:
        if rule.id in seen or not rule.applies_to(ctx) or not rule.cue.possible(doc):
            continue
        d = rule.find(doc, cache)
        if d is not None:
            out.append(d)
            seen.add(rule.id)
    return out
