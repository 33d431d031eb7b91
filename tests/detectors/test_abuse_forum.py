"""Hate written the polite way on forums is flagged; reporting and
fact-checking of the same claims are not. Also: the group-gated pattern
matching finds exactly what a plain scan finds.

Every sentence here was written for these tests (not taken from any
evaluation set or copied from the training corpus).
"""

from __future__ import annotations

import pytest

from second_thought.engine.detectors import _abuse_patterns as P
from second_thought.engine.detectors._abuse_lexicon import fold
from second_thought.engine.detectors.abuse import AbuseDetector
from second_thought.engine.types import DraftContext

FORUM = DraftContext(role="student", audience="public", site="forum.example.org")


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


HATE = [
    "Nigerians are genetically wired for crime, it is just how they are built.",
    "Roma are a lesser branch of humanity and always will be.",
    "Every immigrant in this town should be deported before it is too late.",
    "Our villages are being swamped by foreigners who will never be one of us.",
    "The only good mosque is a closed mosque.",
    "Pakistanis are not our equals and never will be.",
    "Deport every Muslim and the problem goes away.",
    "Send them back where they came from, the lot of them.",
]

NOT_HATE = [
    # news, courts and fact-checks about the same claims
    "The judge said describing migrants as invaders was meant to stir up hatred.",
    "Prosecutors said the posts describing Roma as a lesser branch of humanity were designed to stir up hatred.",
    "The headline called asylum seekers an invading army and the paper later apologised.",
    # a negated claim about a group
    "Refugees are not a threat to anyone, they are families.",
    "Muslims are not a danger to this country.",
    # the same words about things
    "Our allotment is being swamped by slugs again this year.",
    "The parcel was sent back where it came from because the address was wrong.",
]


@pytest.mark.parametrize("text", HATE)
def test_polite_hate_about_a_protected_group_is_flagged_as_hate(detector, text):
    rules = {d.rule for d in detector.detect(text, FORUM)}
    assert "abuse.hate" in rules, text


@pytest.mark.parametrize("text", NOT_HATE)
def test_reporting_negation_and_things_get_no_abuse_warning(detector, text):
    assert detector.detect(text, FORUM) == [], text


def test_group_gated_matching_finds_what_a_full_scan_finds():
    p = P.build()
    assert p.gated, "no pattern is gated: the speed-up is gone"
    texts = HATE + NOT_HATE + [
        "The Poles, the Irish and the Jamaicans all built this town, and these immigrants are welcome.",
        "all the muslims in our street are lovely, the muslims are never a problem",
        "Blacks are animals. Those Asians are vermin! the jews run the banks",
        "",
        "no groups here at all, just a note about the lab rota",
    ]
    for text in texts:
        folded = fold(text)
        starts = P._group_starts(p, folded)
        for pat in (*p.hate, *p.extremist):
            full = [(m.start(), m.end()) for m in pat.finditer(folded)]
            gated = [(m.start(), m.end()) for m in P._matches(p, pat, folded, starts)]
            assert gated == full, (pat.pattern[:60], text)


# A negative word that acts on the group (a verb, or a noun with its
# preposition) is harm done to the group, not a claim about it; adjectives
# and the author's own feelings still are claims.
DONE_TO_THE_GROUP = [
    "Man stabs Somali teenager outside chip shop, police appeal for witnesses",
    "The border war dragged on because of his hatred of Catholics.",
    "In every sitcom the Irish are made out to be drunks and brawlers.",
]


@pytest.mark.parametrize("text", DONE_TO_THE_GROUP)
def test_harm_done_to_a_group_and_portrayals_are_not_claims(text):
    # the rules' reading (the back-stop scores the words, not the framing)
    rules = AbuseDetector(use_classifier=False)
    assert [d for d in rules.detect(text, FORUM) if d.severity != "low"] == []


@pytest.mark.parametrize(
    "text",
    ["Dangerous immigrants everywhere you look in this town.", "My hatred of Catholics is total and I am not sorry."],
)
def test_adjectives_and_own_hatred_stay_claims(detector, text):
    assert any(d.rule == "abuse.hate" for d in detector.detect(text, FORUM))
