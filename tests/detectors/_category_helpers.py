"""Shared bits of the category detector tests: real detectors, no mocks."""

from __future__ import annotations

from second_thought.engine.types import Detector, DraftContext

STUDENT = DraftContext(role="student", audience="public")
STAFF = DraftContext(role="staff", audience="public")
ROLES = {"student": STUDENT, "staff": STAFF}


def findings(detector: Detector, text: str, role: str) -> list:
    return detector.detect(text, ROLES[role])


def assert_behaves(detector: Detector, category: str, text: str, role: str, expected: str | None) -> None:
    found = findings(detector, text, role)
    # a shown document's readable number is personal data as well (LABELLING.md)
    # and a tip-off that gives the questions away passes on assessment material
    allowed = {category, "personal_data"} if category == "id_document" else {category}
    if category == "academic_misconduct":
        allowed.add("assessment_material")
    assert all(d.category in allowed for d in found)
    found = [d for d in found if d.category == category]
    rules = {d.rule for d in found}
    if expected is None:
        assert rules == set(), f"should stay quiet, found {sorted(rules)}"
    elif "." not in expected:
        # a category: any of its rules will do
        assert found, f"should warn about {expected}, found nothing"
    else:
        assert expected in rules, f"should warn with {expected}, found {sorted(rules) or 'nothing'}"
    for d in found:
        assert (d.start is None) == (d.end is None)
        if d.start is not None:
            assert 0 <= d.start < d.end <= len(text)


def case_id(row: tuple) -> str:
    text, role, expected = row
    verdict = f"warns {expected}" if expected else "stays quiet"
    return f"{role} {verdict}: {text[:60]}"
