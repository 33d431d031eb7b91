"""Running a regex on the faster engine never changes what it matches.

``engine/data/regex_engines.json`` (written by ``tools/choose_regex_engines.py``
from timings) moves some category-detector regexes from ``re`` to the
``regex`` engine and some recognizer patterns the other way. Here every moved
regex is run on both engines over the category tables' drafts, the same
drafts run together as one long post, and text that the two engines' Unicode
rules could read differently; the matches must be identical.
"""

from __future__ import annotations

import re

import pytest
import regex

from second_thought.engine.detectors import _common
from second_thought.engine.recognizers._base import _compile
from second_thought.rules import RuleBook

from test_category_matching import MODULES, _drafts, _long_post

#: Where re and regex could disagree: combining marks (regex counts them as
#: word characters), joiners, non-ASCII digits and letters, case-folding oddities.
UNICODE = [
    "the cafe\u0301 on campus, re\u0301sume\u0301 due 3pm",
    "emoji\u200dzwj and zero\u200cwidth non-joiner",
    "\u0663\u0664 \u0969 digits: room \u0661\u0662, 07\u0667\u0660\u0660 900123",
    "STRASSE stra\u00dfe \u0130stanbul \u0131 K\u212a \u017f \ufb01le",
    "\u00c9COLE \u00e9cole na\u00efve \u0394\u03b5\u03bb\u03c4\u03b1 \u043f\u0440\u0438\u0432\u0435\u0442",
    "tabs\tand\u00a0non-breaking\u2003spaces\u2028line\u2029para",
]


@pytest.fixture(scope="module")
def subjects() -> list[str]:
    return _drafts() + [_long_post()] + UNICODE


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def category_runs():
    import importlib

    for name in MODULES + ["id_document", "abuse"]:
        mod = importlib.import_module(f"second_thought.engine.detectors.{name}")
        for value in vars(mod).values():
            if isinstance(value, type) and value.__module__ == mod.__name__ and hasattr(value, "detect"):
                value()
    return list(_common._COMPILABLE)


def test_the_choice_file_is_in_use(category_runs):
    assert _common._USE_REGEX and _common.USE_RE
    moved = [run for run in category_runs if not isinstance(run.regex, re.Pattern)]
    assert moved and all(isinstance(run.regex, regex.Pattern) for run in moved)
    patterns = [p.python_regex for rule in RuleBook.load().rules.values() for p in rule.patterns]
    assert any(isinstance(_compile(p), re.Pattern) for p in patterns)


def test_category_regexes_on_regex_match_as_on_re(category_runs, subjects):
    lowered = [_common.lower_same_length(_common.fold(t)) for t in subjects]
    folded = [_common.fold(t) for t in subjects]
    checked = 0
    for run in category_runs:
        if isinstance(run.regex, re.Pattern):
            continue
        reference = re.compile(run.source, re.I if run.case else 0)
        for text in folded if run.case else lowered:
            assert _spans(run.regex, text) == _spans(reference, text), (run.source[:120], text[:80])
        checked += 1
    assert checked > 100


def test_recognizer_patterns_on_re_match_as_on_regex(subjects):
    checked = 0
    for rule in RuleBook.load().rules.values():
        for p in rule.patterns:
            compiled = _compile(p.python_regex)
            if not isinstance(compiled, re.Pattern):
                continue
            reference = regex.compile(p.python_regex)
            for text in subjects:
                assert _spans(compiled, text) == _spans(reference, text), (rule.id, p.name, text[:80])
            checked += 1
    assert checked > 0
