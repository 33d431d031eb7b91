"""The abuse classifier back-stop, as a user would notice it.

Every test runs the shipped model file (no mocks): a draft the rules miss but
that plainly attacks people still gets a medium warning; ordinary drafts near
the same topics stay quiet; the rules' own findings are unchanged.
"""

from __future__ import annotations

import numpy as np
import pytest

from second_thought.engine.detectors import _abuse_classifier as CLF
from second_thought.engine.detectors import _abuse_embed as EMB
from second_thought.engine.detectors.abuse import AbuseDetector
from second_thought.engine.types import DraftContext

STUDENT = DraftContext(role="student", audience="public")


@pytest.fixture(scope="module")
def model() -> CLF.Model:
    m = CLF.load()
    assert m is not None, "classifier.npz must ship with the engine"
    return m


@pytest.fixture(scope="module")
def with_clf() -> AbuseDetector:
    return AbuseDetector()


@pytest.fixture(scope="module")
def rules_only() -> AbuseDetector:
    return AbuseDetector(use_classifier=False)


def test_model_file_is_small_and_numpy_only(model):
    assert CLF.MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    assert model.w.dtype == np.float32 and model.w.shape == (CLF.DIM,)
    assert 0.5 <= model.threshold < 1.0


def test_embedding_table_ships_small_and_is_used_by_the_model(model):
    assert EMB.EMBED_PATH.stat().st_size < 10 * 1024 * 1024
    assert model.embedder is not None and model.we is not None
    assert model.we.shape == (model.embedder.dims,)


@pytest.mark.parametrize(
    "text,pieces",
    [
        # BERT-uncased WordPiece: lower case, accents stripped, punctuation
        # split off, unknown words cut into the longest known pieces
        ("Dehumanising vermin, unbelievable!", ["de", "##hum", "##ani", "##sing", "ve", "##rmin", ",", "unbelievable", "!"]),
        ("Café NAÏVE", ["cafe", "naive"]),
        ("don't", ["don", "'", "t"]),
    ],
)
def test_wordpiece_tokenisation_matches_bert(text, pieces):
    assert EMB.load().tokens(text) == pieces


def test_sentence_vector_is_normalised_and_empty_is_zero():
    e = EMB.load()
    v = e.embed("Polish workers make up a large share of the care workforce.")
    assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-4
    assert not e.embed("   ").any()


CLEARLY_ABUSIVE = [
    "These people are a plague on our country and should be removed from it.",
    "you are a pathetic waste of space and everyone on the course laughs at you",
]
CLEARLY_BENIGN = [
    "the library is open late tonight if anyone wants to revise together",
    "happy Eid to all our Muslim students and staff, enjoy the celebrations",
]


@pytest.mark.parametrize("text", CLEARLY_ABUSIVE)
def test_clear_abuse_scores_above_threshold(model, text):
    assert model.score(text) >= model.threshold


@pytest.mark.parametrize("text", CLEARLY_BENIGN)
def test_clear_benign_scores_below_threshold(model, text):
    assert model.score(text) < model.threshold


def test_scores_are_probabilities_and_empty_text_is_zero(model):
    assert model.score("") == 0.0
    assert model.score("!!! ???") == 0.0
    assert 0.0 <= model.score("a perfectly normal sentence about lunch") <= 1.0


def _backstop_only(with_clf, rules_only, text):
    """Assert the rules miss the draft, then return what the full detector says."""
    assert rules_only.detect(text, STUDENT) == []
    return with_clf.detect(text, STUDENT)


# Drafts the rules do not catch (asserted), with the rule the back-stop picks.
BACKSTOP = [
    # a protected group is named: hate
    ("Once they move into a neighbourhood it turns into a slum, every single time. Africans just can't live in a "
     "civilised society", "abuse.hate"),
    # a person is attacked, no group: harassment
    ("Reuben in my seminar is a dull, whiny little worm with the personality of a wet sock", "abuse.harassment"),
    # polite, no slur, no insult word, no negative-word list hit: meaning only
    ("Honestly, Roma people are simply not capable of living among civilised folk.", "abuse.hate"),
]


@pytest.mark.parametrize("text,rule", BACKSTOP)
def test_back_stop_warns_when_rules_miss(with_clf, rules_only, text, rule):
    found = _backstop_only(with_clf, rules_only, text)
    assert [(d.rule, d.severity, d.start, d.end) for d in found] == [(rule, "medium", None, None)]
    assert found[0].category == "abuse"
    # the reason never quotes the draft
    assert found[0].reason and not any(w in found[0].reason for w in ("Reuben", "Africans", "slum", "worm", "Roma"))


QUIET = [
    "the report says black graduates earn less than white graduates with the same degree",
    "my flatmates are idiots but they're my idiots, love them",
    "Forest are going to batter Derby on Saturday, can't wait",
    "I think net migration should be lower, but refugees deserve to be treated with dignity",
    "pigeons on campus are a menace, one stole my sandwich",
    "does anyone have Tuesday's lecture notes? I was ill",
    "Of course they do.",
    # the same groups as the back-stop examples, said neutrally
    "Roma people have lived in Europe for centuries and have a rich musical tradition.",
    "Somali families in Leicester celebrated Independence Day with a street party.",
]


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_drafts_near_the_topics_get_no_warning(with_clf, text):
    assert [d for d in with_clf.detect(text, STUDENT) if d.severity in ("medium", "high")] == []


def test_rules_findings_are_kept_unchanged(with_clf, rules_only):
    text = "I know where you live, remember that. You're a pathetic loser."
    assert with_clf.detect(text, STUDENT) == rules_only.detect(text, STUDENT)


def test_featurize_is_deterministic_and_bounded(model):
    text = "x " * 500 + "a long draft with the same few words repeated " * 20
    a = CLF.featurize(text, model.known)
    b = CLF.featurize(text)
    assert sorted(a[0].tolist()) == sorted(b[0].tolist())
    assert a[0].min() >= 0 and a[0].max() < CLF.DIM


def test_a_draft_naming_a_group_is_judged_at_the_lower_group_threshold(rules_only, model):
    """Hate needs a target: a hostile draft about a protected group is flagged
    at a score that would not flag a draft naming no group."""
    import copy

    assert model.threshold_group < model.threshold
    group = "Every time I go into town there are more Romanians hanging about, it's depressing"
    other = "Every time I go into town there are more of those people hanging about, it's depressing"
    det = AbuseDetector()
    for text in (group, other):
        assert rules_only.detect(text, STUDENT) == []
        # both drafts scored between the two thresholds of a copy of the model
        det.classifier = copy.copy(model)
        s = model.score(text)
        det.classifier.threshold_group, det.classifier.threshold = s - 0.01, s + 0.01
        found = [(d.rule, d.severity) for d in det.detect(text, STUDENT)]
        assert found == ([("abuse.hate", "medium")] if text == group else [])


# Drafts that name a group while supporting it, reporting harm done to it or
# denying a claim about it keep the general threshold.
SYMPATHETIC = [
    "Islamophobia awareness week: muslims face abuse far too often",
    "Black students were attacked by a gang of white men outside the club.",
    "Muslims are not a danger to this country.",
    "Roma families in Leicester face abuse every week",
    "migrants deserve dignity, the camps are a disgrace",
    "we need to challenge these stereotypes about Muslim students every time we hear them",
]


@pytest.mark.parametrize("text", SYMPATHETIC)
def test_support_and_reported_harm_keep_the_general_threshold(with_clf, text):
    from second_thought.engine.detectors import _abuse_patterns as P
    from second_thought.engine.detectors._abuse_lexicon import fold

    assert P.sympathetic(with_clf.patterns, fold(text))
    assert with_clf.detect(text, STUDENT) == []


@pytest.mark.parametrize("text", [
    # a denial of prejudice is not sympathy, and a reporting cue is a whole
    # word: "paper" is not "paperwork", "lecture" not "lecturer"
    "every time the group project gets a black lad on it the work doesnt get done. its not racism its pattern recognition",
    "The French exchange students are arrogant and think they're better than everyone. Roll on Brexit paperwork keeping them out.",
    "the gay lecturer always gives the boys better marks, wonder why",
    "Chinese accent challenge 😂 'me rove you rong time' tag a mate who sounds like this",
])
def test_denied_prejudice_and_parts_of_words_are_not_sympathy(with_clf, text):
    from second_thought.engine.detectors import _abuse_patterns as P
    from second_thought.engine.detectors._abuse_lexicon import fold

    assert P.names_protected_group(with_clf.patterns, fold(text))
    assert not P.sympathetic(with_clf.patterns, fold(text))


@pytest.mark.parametrize(
    "text,named",
    [
        ("the Romanians on my road", True),
        ("Muslim families moved in next door", True),
        ("non-whites", True),
        ("covid jabs are giving young men heart attacks", False),  # sex and age words do not count
        ("my old flatmate borrowed my charger", False),
        ("the ladies' football team won", False),
        ("see you at the library", False),
    ],
)
def test_which_drafts_name_a_protected_group(with_clf, text, named):
    from second_thought.engine.detectors import _abuse_patterns as P
    from second_thought.engine.detectors._abuse_lexicon import fold

    assert P.names_protected_group(with_clf.patterns, fold(text)) is named
