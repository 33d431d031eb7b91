"""The shared matching machinery of the category detectors keeps its meaning.

The speed-ups in ``_common.Pat`` (lower-cased matching, word boundaries
checked outside ``re``, required literals, the word-head prefilter, one
cursor per regex when listing matches) must never change what a detector
finds. Every draft in the category tables, alone and all run together as one
long post, is checked with the prefilters switched off and on.
"""

from __future__ import annotations

import importlib

import pytest

from second_thought.engine.detectors import _common
from second_thought.engine.detectors._common import Doc, Pat, one_draft, required_literals, rx, word_heads

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


def _long_post(limit: int = 12000) -> str:
    """The table drafts run together into one long post (many matches per cue)."""
    return "\n".join(_drafts())[:limit]


def _patterns(detector) -> list[Pat]:
    out = []
    for rule in detector._rules:
        out += [rule.cue, *rule.all_of, *rule.none_of, *(n.pattern for n in rule.near)]
    return out




@pytest.mark.parametrize("module", MODULES)
def test_the_prefilter_never_changes_a_finding(module, monkeypatch):
    mod = importlib.import_module(f"second_thought.engine.detectors.{module}")
    cls = next(v for v in vars(mod).values() if isinstance(v, type) and v.__module__ == mod.__name__ and hasattr(v, "detect"))
    fast = cls()
    monkeypatch.setattr(_common, "PREFILTER", False)
    slow = cls()
    for pat in _patterns(slow):
        assert not pat._lexicons and all(run.heads is None for run in pat._runs)  # the plain regexes
    drafts = _drafts()
    for text in drafts + [_long_post()]:
        for role, ctx in ROLES.items():
            assert fast.detect(text, ctx) == slow.detect(text, ctx), (role, text[:200])


@pytest.mark.parametrize("module", MODULES)
def test_every_match_is_listed_as_a_rescan_would(module):
    # ``Pat.iter`` keeps a cursor per regex; a plain loop of searches from the
    # end of the last match is the reference.
    mod = importlib.import_module(f"second_thought.engine.detectors.{module}")
    cls = next(v for v in vars(mod).values() if isinstance(v, type) and v.__module__ == mod.__name__ and hasattr(v, "detect"))
    long_post = _long_post()
    doc = Doc(long_post)
    for pat in _patterns(cls()):
        expected, pos = [], 0
        while (m := pat.search(doc, pos)) is not None:
            expected.append(m.span())
            pos = m.end() if m.end() > m.start() else m.start() + 1
        assert [m.span() for m in pat.iter(doc)] == expected


@pytest.mark.parametrize("source, literals", [
    (r"(?:was|got)\s+arrested", {"arrested"}),
    (r"criminal\s+record", {"criminal"}),
    (r"(?:essay|dissertation)s?\s+for\s+sale", {"essay", "dissertation"}),
    (r"(?:abc|abd)ef", {"abcef", "abdef"}),
    (r"colou?r", {"colo"}),
    (r"\w+ing\b", {"ing"}),
    (r"(?-i:[A-Z][a-z]+)'s\s+(?:a|an)\s+(?:liar|fraud)", {"liar", "fraud"}),
])
def test_required_literals_are_what_every_match_must_contain(source, literals):
    assert required_literals(source) == literals


@pytest.mark.parametrize("source", [r"cw\s?\d", r"(?:q|question)\s*\d", "👇", r"(?:the\s+)?un", r"a|bcd", r"(?:abc)?def?"])
def test_no_literals_when_a_match_need_not_hold_three_known_characters(source):
    assert required_literals(source) is None


def test_a_pattern_without_its_literals_in_the_draft_runs_no_regex():
    pat = rx(r"\b(?:was|got)\s+arrested\b", r"\bcriminal\s+record\b")
    assert not pat.possible(Doc("what a lovely day on campus"))
    assert pat.possible(Doc("he GOT ARRESTED last night"))
    assert pat.search(Doc("he GOT ARRESTED last night")).span() == (3, 15)


def test_case_sensitive_alternatives_find_their_literals_in_any_case():
    pat = rx(r"(?-i:[A-Z][a-z]+) is a (?:liar|fraud)")
    # The literal "liar" is looked for case-folded; only the name needs case.
    assert pat.search(Doc("Honestly Dave is a LIAR")).group(0) == "Dave is a LIAR"
    assert pat.search(Doc("honestly dave is a liar")) is None


def test_detectors_in_one_draft_share_its_prepared_copy():
    from second_thought.engine.detectors._common import prepare
    text = "some draft"
    with one_draft(text):
        assert prepare(text) is prepare(text)
        assert prepare("another draft") is not prepare("another draft")
    assert prepare(text) is not prepare(text)  # nothing is kept after the block


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


def test_the_shipped_pattern_index_is_current():
    # A stale index changes no finding (it is ignored or missing entries are
    # computed), but start-up would parse every pattern again.
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "tools/index_patterns.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_index_built_by_other_code_is_not_trusted(tmp_path, monkeypatch):
    stale = tmp_path / "pattern_index.json"
    stale.write_text('{"code": "0000", "pieces": {"\\\\bfoo": [true, false, ["zzz"], ["zzz"]]}}', encoding="utf-8")
    monkeypatch.setattr(_common, "INDEX_FILE", stale)
    monkeypatch.setattr(_common, "_INDEX", None)
    assert _common.piece_facts("\\bfoo")[3] == {"foo"}
