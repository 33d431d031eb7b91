"""Anything a client sends gets an answer, never a crash: property tests and fuzzing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from second_thought.engine.types import CATEGORIES, DraftContext, SEVERITIES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

# Text shaped like posts: words, digits, separators, emoji, odd Unicode.
draft_text = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=8),
        st.sampled_from(list("0123456789 -./@:+()\n£#'’") + ["07700", "password", "PIN", " is ", "@example.com", "Road", "😂", "\u200d", "é", "Dr ", "Smith"]),
    ),
    max_size=60,
).map("".join)


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=draft_text, role=st.sampled_from(["student", "staff"]), audience=st.sampled_from(["public", "private", "unknown"]))
def test_any_string_gives_valid_sorted_findings_inside_the_text(checker, text, role, audience):
    req = checker.parse({"text": text, "context": {"role": role, "audience": audience}})
    body = checker.check(req)
    starts = []
    for f in body["findings"]:
        assert f["category"] in CATEGORIES and f["severity"] in SEVERITIES
        if "start" in f:
            assert 0 <= f["start"] < f["end"] <= len(text)
            starts.append(f["start"])
    assert starts == sorted(starts)


@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                         lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(["text", "images", "context", "role", "policy", "audience", "data", "name", "x"]), children, max_size=4),
                         max_leaves=12))
def test_any_json_body_is_either_checked_or_refused_with_a_reason(checker, body):
    from second_thought.checker import BadRequest
    try:
        req = checker.parse(body)
    except BadRequest as exc:
        assert 400 <= exc.status < 500 and exc.code and exc.message
        return
    assert isinstance(checker.check(req)["findings"], list)


def test_the_engine_survives_pathological_inputs(engine):
    ctx = DraftContext()
    for text in ["0" * 20000, "a@" * 5000, "password is " * 1000, "\n" * 10000, "1 2 " * 4000, "Flat 1, " * 2000, "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace") * 100]:
        for d in engine.detect_text(text, ctx):
            assert d.start is None or 0 <= d.start < d.end <= len(text)


@pytest.mark.slow
def test_fuzzing_the_openapi_document_finds_no_server_error():
    from fuzz import fuzz

    generated, failed, out = fuzz(examples=40, seed=7)
    assert generated > 100, out[-2000:]
    assert failed == 0, out[-4000:]
