"""A pattern's own anchor finds what the recognizer's shared anchor finds.

``RuleRecognizer.PATTERN_ANCHORS`` runs some patterns only after their own
keywords instead of after every keyword of the rule, to scan less of a long
post. The answers must be the same: here every recognizer that has such
anchors is run with and without them over every rule example, those examples
run together as one long post, and the same post with the keywords spread far
apart.
"""

from __future__ import annotations

import pytest

from second_thought.engine import recognizers as recognizers_pkg
from second_thought.engine.core import discover
from second_thought.engine.recognizers._base import RuleRecognizer
from second_thought.rules import RuleBook


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


def _anchored(book: RuleBook) -> list[RuleRecognizer]:
    return [cls(book.rules[cls.RULE]) for cls in discover(recognizers_pkg, RuleRecognizer) if cls.RULE and cls.PATTERN_ANCHORS]


def _texts(book: RuleBook) -> list[str]:
    examples = [e.text for rule in book.rules.values() for e in (*rule.match, *rule.no_match)]
    long_post = "\n".join(examples)
    spread = ("  lorem ipsum dolor " * 9).join(examples[:60])
    return examples + [long_post, spread]


def _found(rec: RuleRecognizer, text: str) -> list[tuple[str, int, int, float]]:
    return [(r.entity_type, r.start, r.end, r.score) for r in rec.analyze(text, [rec.rule.id])]


def test_every_pattern_anchor_names_a_pattern_and_is_part_of_the_shared_anchor(book):
    recognizers = _anchored(book)
    assert recognizers, "no recognizer uses PATTERN_ANCHORS"
    for rec in recognizers:
        names = {p.name for p in rec.rule.patterns}
        for name, anchor in rec.PATTERN_ANCHORS.items():
            assert name in names, (rec.RULE, name)
            shared = set(rec.ANCHOR.split("|"))
            assert set(anchor.split("|")) <= shared, (rec.RULE, name, anchor)


def test_own_anchors_find_what_the_shared_anchor_finds(book):
    texts = _texts(book)
    for rec in _anchored(book):
        own = rec._pattern_anchors
        found = 0
        for text in texts:
            rec._pattern_anchors = own
            fast = _found(rec, text)
            rec._pattern_anchors = {}
            slow = _found(rec, text)
            rec._pattern_anchors = own
            assert fast == slow, (rec.RULE, text[:80])
            found += bool(fast)
        assert found > 10, rec.RULE  # the examples do contain secrets
