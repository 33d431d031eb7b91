"""The abuse constructions that only run on a draft holding one of their
words are compiled when such a draft first comes, or by the background
compile after start-up, not while the companion starts."""

from __future__ import annotations

from second_thought.engine.detectors import _abuse_patterns as P
from second_thought.engine.detectors import _common
from second_thought.engine.detectors._common import LazyRegex


def _lazy(pats: P.Patterns) -> list[LazyRegex]:
    found = []
    for value in vars(pats).values():
        for item in value if isinstance(value, list) else [value]:
            for q in item if isinstance(item, tuple) else [item]:
                if isinstance(q, LazyRegex):
                    found.append(q)
    return found


def test_start_up_compiles_only_the_patterns_every_draft_runs_and_the_background_compiles_the_rest():
    pats = P.build()
    lazy = _lazy(pats)
    gated = [q for q in lazy if id(q) in pats.needs]
    assert len(gated) > 50
    assert all(q._rx is None for q in gated)
    assert all(q._rx is not None for q in lazy if id(q) not in pats.needs and not any(q is g for _, g in pats.gated_threats))

    threat = next(q for q in gated if "answer|reply to|respond to" in q.pattern)
    assert threat.search("i know which lab you're in and when you leave, answer my messages")
    assert threat._rx is not None

    assert _common.compile_all() >= len(lazy)
    assert all(q._rx is not None for q in lazy)
