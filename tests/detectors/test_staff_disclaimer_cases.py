"""Staff views on university business: the disclaimer decides, and a few
words that looked like something else no longer tip the balance."""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.complaint_or_legal import ComplaintOrLegalDetector
from second_thought.engine.detectors.speaking_for_university import SpeakingForUniversityDetector

from _category_helpers import STAFF


@pytest.fixture(scope="module")
def speaking():
    return SpeakingForUniversityDetector()


@pytest.fixture(scope="module")
def complaint():
    return ComplaintOrLegalDetector()


def test_a_view_without_a_disclaimer_is_flagged_even_with_wont(speaking):
    # "won't" once read as "won" (an award won: a public fact) and hid the view.
    found = speaking.detect("The uni's new timetable system is a mess and management won't listen", STAFF)
    assert [d.rule for d in found] == ["speaking.staff_no_disclaimer"]


def test_the_same_view_with_a_disclaimer_is_fine(speaking, complaint):
    text = "Views my own: the uni's new timetable system is a mess and management won't listen"
    assert speaking.detect(text, STAFF) == []
    # "my" in "views my own" is not a personal grievance
    assert complaint.detect(text, STAFF) == []


def test_a_personal_grievance_is_still_one_with_a_disclaimer(complaint):
    found = complaint.detect("Views my own: my department cut my hours without any consultation, management are a disgrace", STAFF)
    assert [d.rule for d in found] == ["complaint.public_grievance"]


def test_a_question_quoted_from_a_sitting_is_assessment_material_but_a_past_paper_is_not():
    from second_thought.engine.detectors.assessment_material import AssessmentMaterialDetector
    from _category_helpers import STUDENT
    detector = AssessmentMaterialDetector()
    found = detector.detect('here\'s q3 from the paper we just sat: "Explain the role of ATP in muscle contraction"', STUDENT)
    assert "assessment.exam_questions" in {d.rule for d in found}
    assert detector.detect('question 4 from the 2019 past paper: "discuss the causes of WW1", any tips?', STUDENT) == []
    assert detector.detect('Q2 of the practice paper: "Define elasticity" - anyone know how to answer?', STUDENT) == []


def test_a_fail_rate_before_results_are_out_is_confidential():
    from second_thought.engine.detectors.confidential import ConfidentialDetector
    detector = ConfidentialDetector()
    found = detector.detect("just leaving the exam board, 40% of the cohort failed the module, results out next week", STAFF)
    assert "confidential.internal_results" in {d.rule for d in found}
    assert detector.detect("80% of the cohort passed last year, results are published every July", STAFF) == []


def test_signing_a_mate_into_the_register_and_posting_a_whole_textbook():
    from second_thought.engine.detectors.copyright import CopyrightDetector
    from second_thought.engine.detectors.impersonation import ImpersonationDetector
    from _category_helpers import STUDENT
    imp, cop = ImpersonationDetector(), CopyrightDetector()
    assert imp.detect("signed in on behalf of my mate for the 9am register again", STUDENT)
    assert imp.detect("signed in for the 9am lecture, so tired", STUDENT) == []
    assert cop.detect("posting the entire textbook chapter by chapter on my blog, it's too expensive anyway", STUDENT)
    assert cop.detect("finished reading the entire textbook, on my blog I wrote a review", STUDENT) == []
