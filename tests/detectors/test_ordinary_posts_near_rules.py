"""Ordinary posts that sit next to a rule's words and must stay quiet.

Each was written for this test after a fresh, unseen set showed the kind of
false alarm (a sports emoji after "batter you", a support service that is
"free and confidential", the official recording "on the official Panopto
page"). Real detectors, no mocks.
"""

from __future__ import annotations

import pytest

from second_thought.engine.detectors.abuse import AbuseDetector
from second_thought.engine.detectors.confidential import ConfidentialDetector
from second_thought.engine.detectors.consent_media import ConsentMediaDetector
from second_thought.engine.types import DraftContext

STUDENT = DraftContext(role="student", audience="public")


@pytest.mark.parametrize(
    "detector,text",
    [
        (AbuseDetector(use_classifier=False), "Forest at home on Sunday, we're going to batter you lot 🏆⚽"),
        (AbuseDetector(use_classifier=False), "cup tie tonight, we're gonna batter you 🏉"),
        (ConfidentialDetector(), "Nightline is there 8pm to 8am, it's free and confidential, no judgement"),
        (ConfidentialDetector(), "The wellbeing team's drop-in is confidential and free for every student."),
        (ConsentMediaDetector(), "the recording of Tuesday's lecture is on the official Panopto page if you missed it"),
        (ConsentMediaDetector(), "seminar recordings are now available on the module Blackboard page"),
    ],
)
def test_stays_quiet(detector, text):
    assert [d.rule for d in detector.detect(text, STUDENT) if d.severity != "low"] == []


@pytest.mark.parametrize(
    "detector,text,rule",
    [
        # the same words without the sport, the service or the official page
        (AbuseDetector(use_classifier=False), "see you after class, I'm going to batter you Jake", "abuse.threat"),
        (ConsentMediaDetector(), "recorded Dr Patel's whole lecture on my phone, uploading it to TikTok tonight 😂",
         "consent.learning_platform"),
    ],
)
def test_the_same_words_still_warn_without_the_context(detector, text, rule):
    assert rule in {d.rule for d in detector.detect(text, STUDENT)}
