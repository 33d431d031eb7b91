"""Word lists and text folding for the abuse detector.

The lists live in ``engine/data/abuse/*.txt`` (hand-written, see the README
there). Every pattern is matched against a *folded* copy of the draft that has
exactly the same length as the draft, so match offsets are draft offsets:
lower case, curly apostrophes straightened, leetspeak digits between letters
turned into letters ("sh1t" -> "shit").
"""

from __future__ import annotations

import re
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "abuse"

#: Letter boundaries on folded text (digits count as letters' neighbours).
L = r"(?<![a-z0-9_])"
R = r"(?![a-z0-9_])"

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s", "@": "a", "!": "i"}
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}


_QUOTE_TABLE = str.maketrans(_QUOTES)
_LEET_CHARS = re.compile("[" + re.escape("".join(_LEET)) + "]")


def fold(text: str) -> str:
    """Same-length, lower-cased, leet-folded copy of ``text``."""
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text:
        # A character that grows when lowered keeps its case, and a capital
        # sigma stays a plain sigma (``lower()`` makes a final one "ς").
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = low.translate(_QUOTE_TABLE)
    n = len(text)
    leet = [m.start() for m in _LEET_CHARS.finditer(low)
            if 0 < m.start() < n - 1 and text[m.start() - 1].isalpha() and text[m.start() + 1].isalpha()]
    if not leet:
        return low
    chars = list(low)
    for i in leet:
        chars[i] = _LEET[chars[i]]
    return "".join(chars)


def fold_reference(text: str) -> str:
    """The character loop :func:`fold` must agree with (tests)."""
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        low = ch.lower()
        if len(low) != 1:
            low = ch
        if low in _QUOTES:
            low = _QUOTES[low]
        elif low in _LEET and 0 < i < n - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            low = _LEET[low]
        out.append(low)
    return "".join(out)


def load_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    lines = []
    for raw in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def load_sections(name: str) -> dict[str, list[str]]:
    """A data file split into ``[section]`` blocks."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in load_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def stretch(fragment: str) -> str:
    """Let every plain letter repeat ("fuuuck"); a leading ``=`` keeps it literal."""
    literal = fragment.startswith("=")
    if literal:
        fragment = fragment[1:]
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(fragment):
        ch = fragment[i]
        if ch == " " and not in_class:
            if fragment[i + 1 : i + 2] == "?":
                out.append(r"\s*")
                i += 2
            else:
                out.append(r"\s+")
                i += 1
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append(ch)
        if ch == "\\" and i + 1 < len(fragment):
            out.append(fragment[i + 1])
            i += 2
            continue
        nxt = fragment[i + 1] if i + 1 < len(fragment) else ""
        if not literal and not in_class and ch.isalpha() and nxt not in ("?", "*", "+", "{"):
            out.append("+")
        i += 1
    return "".join(out)


def alternation(fragments: list[str]) -> str:
    """``(?:a|b|...)`` with the longest alternatives first."""
    return "(?:" + "|".join(sorted(fragments, key=len, reverse=True)) + ")"


def words(fragments: list[str]) -> str:
    """Plain words or phrases as an alternation; spaces match any run of spaces."""
    return alternation([stretch("=" + f.lstrip("=")) for f in fragments])


def compile_words(fragments: list[str]) -> re.Pattern[str]:
    return re.compile(L + words(fragments) + R)


def mask(word: str) -> str:
    """Masked form offered as a fix: first letter kept, the rest starred."""
    letters = [c for c in word]
    return "".join(c if i == 0 or not c.isalpha() else "*" for i, c in enumerate(letters))
