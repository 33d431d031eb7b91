"""The shared matching machinery of the category detectors keeps its meaning.

The speed-ups in ``_common.Pat`` (lower-cased matching, word boundaries
checked outside ``re``, the word-head prefilter) must never change what a
detector finds. Every draft in the category tables is checked with the
prefilter switched off and on.
"""

from __future__ import annotations

import importlib

import pytest

from second_thought.engine.detectors._common import Pat, rx, word_heads

from _category_helpers import ROLES

MODULES = ["academic_misconduct", "assessment_material", "complaint_or_legal", "confidential", "consent_media",
           "copyright", "defamation", "impersonation", "location", "professional_conduct",
           "speaking_for_university"]


def _drafts() -> list[str]:
    texts = []
    for name in MODULES + ["id_document", "category_hard_negatives"]:
        mod = importlib.import_module(f"test_{name}")
        rows = getattr(mod, "ROWS", None) or getattr(mod, "BENIGN", [])
        texts += [row[0] for row in rows]
    return texts


def _patterns(detector) -> list[Pat]:
    out = []
    for rule in detector._rules:
        out += [rule.cue, *rule.all_of, *rule.none_of, *(n.pattern for n in rule.near)]
    return out


def _unfiltered(pat: Pat) -> Pat:
    clone = object.__new__(Pat)
    clone._parts = tuple((regex, bounded, case, None) for regex, bounded, case, _ in pat._parts)
    return clone


@pytest.mark.parametrize("module", MODULES)
def test_the_prefilter_never_changes_a_finding(module, monkeypatch):
    mod = importlib.import_module(f"second_thought.engine.detectors.{module}")
    cls = next(v for v in vars(mod).values() if isinstance(v, type) and v.__module__ == mod.__name__ and hasattr(v, "detect"))
    fast, slow = cls(), cls()
    for pat in _patterns(slow):
        pat._parts = _unfiltered(pat)._parts
    for text in _drafts():
        for role, ctx in ROLES.items():
            assert fast.detect(text, ctx) == slow.detect(text, ctx), (role, text)


def test_word_heads_are_the_first_letters_of_every_way_in():
    assert word_heads(r"(?:the\s+|our\s+)?uni(?:versity)?") == {"the", "our", "uni"}
    assert word_heads(r"(?:was|got)\s+arrested|criminal\s+record") == {"was", "got", "cri"}
    assert word_heads(r"i'm\s+at") == {"i'm"}


def test_no_prefilter_when_a_match_can_start_anywhere():
    assert word_heads(r"\w+ing") is None
    assert word_heads(r"(?:q|question)\s*\d") is None
    assert word_heads(r"a\s+lot") is None


def test_a_leading_word_boundary_is_still_a_word_boundary():
    from second_thought.engine.detectors._common import Doc
    pat = rx(r"\bcustom\s+essays?\b")
    assert pat.search(Doc("we sell custom essays")) is not None
    assert pat.search(Doc("accustom essays")) is None


@pytest.mark.parametrize("module", MODULES)
def test_a_long_unbroken_token_is_checked_in_linear_time(module):
    # A pasted blob (a data URL, a hash) must not make a leading \w+ retry
    # inside every word: 20,000 characters take milliseconds, not seconds.
    import time
    mod = importlib.import_module(f"second_thought.engine.detectors.{module}")
    cls = next(v for v in vars(mod).values() if isinstance(v, type) and v.__module__ == mod.__name__ and hasattr(v, "detect"))
    detector = cls()
    t0 = time.process_time()
    for ctx in ROLES.values():
        detector.detect("x" * 20000, ctx)
    assert time.process_time() - t0 < 0.5
