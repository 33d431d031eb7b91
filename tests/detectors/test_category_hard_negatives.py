"""Hard negatives: ordinary drafts no category detector should warn about.

Every detector of these categories runs on every row (real detectors, no mocks).
"""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.academic_misconduct import AcademicMisconductDetector
from second_thought.engine.detectors.assessment_material import AssessmentMaterialDetector
from second_thought.engine.detectors.complaint_or_legal import ComplaintOrLegalDetector
from second_thought.engine.detectors.confidential import ConfidentialDetector
from second_thought.engine.detectors.consent_media import ConsentMediaDetector
from second_thought.engine.detectors.copyright import CopyrightDetector
from second_thought.engine.detectors.defamation import DefamationDetector
from second_thought.engine.detectors.id_document import IdDocumentDetector
from second_thought.engine.detectors.impersonation import ImpersonationDetector
from second_thought.engine.detectors.location import LocationDetector
from second_thought.engine.detectors.professional_conduct import ProfessionalConductDetector
from second_thought.engine.detectors.speaking_for_university import SpeakingForUniversityDetector

from _category_helpers import ROLES

DETECTORS = [AcademicMisconductDetector, AssessmentMaterialDetector, ComplaintOrLegalDetector, ConfidentialDetector,
             ConsentMediaDetector, CopyrightDetector, DefamationDetector, IdDocumentDetector, ImpersonationDetector,
             LocationDetector, ProfessionalConductDetector, SpeakingForUniversityDetector]

BENIGN = [
    ("exam in 2 hours, wish me luck 🍀", "student"),
    ("the exam is 2 hours, 3 questions, answer any 2 — from the module handbook", "student"),
    ("got a first on my essay!!! 🥳🥳", "student"),
    ("Past paper answers are on the module page, use them to check your revision", "student"),
    ("Anyone want to form a study group for the stats exam?", "student"),
    ("Can anyone explain how the extenuating circumstances process works?", "student"),
    ("the SU advice centre helped me write my appeal, honestly amazing", "student"),
    ("Our research on dementia care was published today in the BMJ 🎉", "staff"),
    ("The university has announced a £5m investment in the library, announced this morning", "staff"),
    ("Open day this Saturday! Come and see the campus, 10am–3pm, all welcome", "staff"),
    ("Vacancy: Lecturer in Criminology, apply via the university jobs page by 30 June", "staff"),
    ("Proud to be part of a team that supports our students so well", "staff"),
    ("Our department bake sale raised £400 for charity!", "staff"),
    ("the university logo is on the front of the building now, looks smart", "student"),
    ("photos from the graduation, all shared with permission 🎓", "student"),
    ("lecture slides are on Blackboard under week 5", "student"),
    ("I'm in the library if anyone needs me", "student"),
    ("meet at the SU bar at 8 for the society social?", "student"),
    ("Society social tonight at The Phoenix, 8pm, everyone welcome 🍻", "student"),
    ("just finished a 5k run round Abbey Park", "student"),
    ("Posting for my housemate who's in hospital (she asked me to): thank you for the messages", "student"),
    ("Check out the open access version of the paper on the repository", "staff"),
    ("I recorded my own podcast about study tips, link in bio", "student"),
    ("my lecturer said the lecture will be recorded and put on Replay", "student"),
    ("the government should fund universities properly, this is a national disgrace", "staff"),
    ("Supermarket delivery was late again, Tesco you're useless", "student"),
    ("students, remember to complete the NSS, your feedback matters", "staff"),
    ("selling my calculator and lab coat, barely used", "student"),
    ("happy birthday to my favourite flatmate 🎂", "student"),
    ("whoever parked across the disabled bay by Hawthorn, please move", "student"),
    ("the new student card design is nice, shame about the photo", "student"),
    ("Sharing our society's official statement on the cost of living, signed by the committee", "student"),
    ("As a lecturer I think the new A-level syllabus is brilliant", "staff"),
    ("I'll be at the careers fair all day tomorrow at the DMU stand, come chat", "staff"),
    ("hint: the library has a free printing allowance, use it", "student"),
    ("reviewing my PhD chapters this weekend, wish me luck", "staff"),
    ("the exam board meets on Thursday, results out on the 14th", "staff"),
    ("Best kebab shop near uni? the one on London Road is great", "student"),
    ("Heard the new Greggs opens on Monday!!", "student"),
    ("the whole textbook is available as an ebook through the library", "student"),
    ("downloaded the lecture slides from Blackboard to revise on the train", "student"),
    ("My colleagues in the School of Law are brilliant, great workshop today", "staff"),
    ("Marking season: 120 scripts to go, send coffee ☕", "staff"),
    ("my students are the best, thank you for the card 💐", "staff"),
]


@pytest.fixture(scope="module")
def detectors():
    return [cls() for cls in DETECTORS]


@pytest.mark.parametrize("text,role", BENIGN, ids=[f"{r} stays quiet: {t[:60]}" for t, r in BENIGN])
def test_ordinary_draft_gets_no_category_warning(detectors, text, role):
    found = [d.rule for det in detectors for d in det.detect(text, ROLES[role])]
    assert found == []
