"""The category back-stop model: real artefact, numpy-only inference, kept small."""

from __future__ import annotations

import inspect
from pathlib import Path

from second_thought.engine.detectors import _category_model
from second_thought.engine.detectors.category_model import CategoryModelDetector
from second_thought.engine.types import DraftContext

STUDENT = DraftContext(role="student", audience="public")
STAFF = DraftContext(role="staff", audience="public")
DET = CategoryModelDetector()


def test_the_artefact_is_small_and_read_without_pickle():
    path = _category_model.MODEL_FILE
    # About 0.54 MB with 5,768 training drafts (float16 weights of the words
    # and word pairs seen in at least two of them); a model that grew to
    # several MB would cost start-up and RSS.
    assert path.exists() and path.stat().st_size < 1_000_000
    src = inspect.getsource(_category_model)
    assert "allow_pickle=False" in src and "sklearn" not in src and "torch" not in src


def test_features_do_not_depend_on_case_or_curly_quotes():
    a = _category_model.features("I\u2019m at the Costa TILL 5", "student")
    b = _category_model.features("i'm at the costa till 5", "student")
    assert a == b


def test_findings_are_low_severity_whole_draft_advice():
    found = DET.detect("I'm at the Costa on Market St till 5 if anyone wants to come find me", STUDENT)
    assert found and all(d.severity == "low" and d.start is None for d in found)
    assert {d.category for d in found} == {"location"}


def test_role_rules_of_the_taxonomy_apply():
    text = "some of these dissertations read like they were written by a toddler"
    assert any(d.category == "professional_conduct" for d in DET.detect(text, STAFF))
    assert not any(d.category == "professional_conduct" for d in DET.detect(text, STUDENT))


def test_ordinary_posts_stay_quiet():
    for text in ("exam done!! now sleep for a week", "society social at the Font bar, 8pm Friday, all welcome",
                 "Congratulations to our nursing graduates, so proud of you all", "my cat has made my laptop keyboard his bed again",
                 "the lecture slides are on moodle if you missed it", "how does the academic appeals process work?"):
        assert DET.detect(text, STUDENT) == [] and DET.detect(text, STAFF) == []


def test_the_shipped_model_is_what_its_training_data_gives():
    # Rule examples, test rows and tools/categories/model_data feed the model:
    # after changing any of them, tools/categories/train_model.py retrains it.
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "tools/categories/train_model.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_a_home_address_is_personal_data_not_a_location_guess(checker):
    # The location model reads a home address as whereabouts (it scores this
    # draft near 1); LABELLING.md makes the address personal data, so only the
    # address rule speaks.
    text = "finally moved in!! 14 Ashgrove Road, Derby DE22 1GH, I'm home most evenings this week so come round"
    m = _category_model.model()
    assert m.scores(text, "student")["location"] >= m.thresholds["location"]
    found = checker.check(checker.parse({"text": text, "context": {"role": "student"}}))["findings"]
    assert {f["category"] for f in found} == {"personal_data"}
    # without an address the same model finding stands
    found = checker.check(checker.parse({"text": "I'm home alone all weekend at the flat, door's always unlocked lol",
                                         "context": {"role": "student"}}))["findings"]
    assert "location" in {f["category"] for f in found}


def test_the_trainer_converges():
    # L-BFGS on a small logistic regression reaches the optimum that a
    # stationary gradient defines; the trainer's old gradient descent did not.
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("train_model", root / "tools/categories/train_model.py")
    train_model = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_model", train_model)
    spec.loader.exec_module(train_model)
    import numpy as np

    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 5))
    y = (X @ np.array([1.5, -2.0, 0.5, 0.0, 1.0]) + rng.normal(size=200) > 0).astype(float)

    def fun(w):
        z = X @ w
        loss = float(np.sum(np.logaddexp(0, z) - y * z)) + 0.5 * float(w @ w)
        return loss, X.T @ (1 / (1 + np.exp(-z)) - y) + w

    w = train_model.lbfgs(fun, np.zeros(5))
    assert np.abs(fun(w)[1]).max() < 1e-4
    assert fun(w)[0] < fun(np.zeros(5))[0] * 0.5


def test_abuse_written_sideways_gets_a_low_finding_and_its_twins_none():
    # No insult word, no threat verb: the abuse rules and their classifier
    # stay quiet, the model's abuse head (university register) does not.
    text = "funny how the seminar gets so much quieter when Priyanka isn't there. maybe she could just keep not coming 🙂"
    found = DET.detect(text, STUDENT)
    assert [(d.rule, d.severity) for d in found] == [("abuse.model", "low")]
    for benign in ("so proud of Priyanka for speaking up in the seminar, took guts",
                   "this essay is absolutely murdering me, someone put me out of my misery",
                   "we're going to destroy them at the quiz on thursday, no mercy"):
        assert not [d for d in DET.detect(benign, STUDENT) if d.category == "abuse"], benign


def test_abuse_head_stays_quiet_when_the_draft_looks_after_the_person_it_names(checker):
    # A name plus "everyone ... him" reads to the abuse head as a pile-on;
    # turned the other way it is care, and stays quiet. The twins that turn
    # it back into exclusion or contempt are still reported.
    from second_thought.engine.detectors import _category_model as CM

    def abuse(text):
        found = checker.check(checker.parse({"text": text, "context": {"role": "student"}}))["findings"]
        return [f["rule"] for f in found if f["category"] == "abuse"]

    caring = ("Tom is thinking of dropping out, can we all message him and tell him we want him here?",
              "let's make sure Jonah doesn't sit on his own at the social, he's new and doesn't know anyone",
              "please don't leave Hannah out of the flat dinner again, she noticed last time and was upset",
              "Kyle got dumped last night, everyone be nice to him at training",
              "nobody tell Ella about the surprise party, she'll find out otherwise!!",
              "nobody invite Priya's ex to the party, he was awful to her and she asked us not to")
    for text in caring:
        assert CM.model().scores(text, "student")["abuse"] >= CM.model().thresholds["abuse"], text
        assert abuse(text) == [], text
    for text in ("please leave Hannah out of the flat dinner again, she'll get the message eventually",
                 "Kyle got dumped last night, everyone remind him at training how ugly he is",
                 "be nice to Kyle at training, he's such a loser he'll cry otherwise"):
        assert abuse(text), text


def test_a_book_sold_on_is_not_a_copyright_guess_but_a_copy_sold_is():
    # Reselling one's own textbook is lawful; the copyright head, which reads
    # "selling" and a textbook's title as piracy, stays quiet. Copies made
    # to sell still get a warning (from the rules or the model).
    from second_thought.engine.detectors import _category_model as CM

    resale = "Selling: 'Campbell Biology' 12th edition, barely used, a few highlighter marks in ch 3. £25 or best offer, collection from campus."
    assert CM.model().scores(resale, "student")["copyright"] >= CM.model().thresholds["copyright"]
    assert not [d for d in DET.detect(resale, STUDENT) if d.category == "copyright"]
    copies = "Selling: 'Campbell Biology' 12th edition as a PDF, £5, or best offer"
    assert CM.model().scores(copies, "student")["copyright"] >= CM.model().thresholds["copyright"]
    assert [d.rule for d in DET.detect(copies, STUDENT) if d.category == "copyright"] == ["copyright.model"]


def test_abuse_head_threshold_is_the_one_chosen_as_used():
    # Mocking a named classmate's presentation scores between 0.80 and 0.90:
    # quiet at the old threshold, reported at the one chosen on held-out
    # drafts as the head is used (train_model.AS_USED). The same sentence of
    # praise, of oneself or of a guest speaker stays quiet.
    from second_thought.engine.detectors import _category_model as CM

    text = "Amira's presentation was so bad I genuinely felt sorry for her, like how do you get to third year like that"
    assert 0.80 <= CM.model().scores(text, "student")["abuse"] < 0.90
    assert [(d.rule, d.severity) for d in DET.detect(text, STUDENT)] == [("abuse.model", "low")]
    for benign in ("Amira's presentation was so good I genuinely felt proud of her, like how do you get to third year that confident",
                   "my presentation was so bad I genuinely felt sorry for myself, like how did I get to third year like that",
                   "the presentation from the guest speaker was so bad I genuinely felt sorry for us, how is that a keynote"):
        assert not [d for d in DET.detect(benign, STUDENT) if d.category == "abuse"], benign


def test_abuse_head_stays_quiet_where_the_abuse_back_stop_would():
    # Each of these alone crosses the abuse head's threshold; fondness for the
    # person teased, a festival greeting to a group and a civil policy view
    # that respects the people concerned are not abuse.
    from second_thought.engine.detectors import _category_model as CM

    drafts = ("my sister is such an idiot, she locked herself out again 😂 love her though",
              "Eid mubarak to all the Muslim students on our course, hope your families have a lovely day",
              "I want fewer people coming in overall and I also think migrants already here deserve respect")
    for text in drafts:
        assert CM.model().scores(text, "student")["abuse"] >= CM.model().thresholds["abuse"], text
        assert not [d for d in DET.detect(text, STUDENT) if d.category == "abuse"], text


def test_one_card_per_category_when_a_rule_has_spoken(checker):
    # "Tom ... nobody wants him on the team" is reported by the harassment
    # rule; the model's whole-draft guess for the same category is dropped.
    text = "has anyone else noticed Tom only ever speaks to get a reaction? wonder how long before he realises nobody wants him on the team"
    assert any(d.rule == "abuse.model" for d in DET.detect(text, STUDENT)), "the model alone would also warn"
    rules = [f["rule"] for f in checker.check(checker.parse({"text": text, "context": {"role": "student"}}))["findings"]]
    assert rules == ["abuse.harassment"]


def test_a_disclaimer_keeps_the_speaking_guess_quiet(checker):
    # The model reads a staff view on the REF as speaking for the university;
    # with "personal view and not the university's" the post is the author's
    # own (LABELLING.md: "the same post with one is fine").
    text = ("Personal view and not the university's: our REF submission undersold the work we did with local schools. "
            "Something for all of us to learn from next time.")
    bare = text.split(": ", 1)[1]
    m = _category_model.model()
    assert m.scores(bare, "staff")["speaking_for_university"] >= m.thresholds["speaking_for_university"]
    found = checker.check(checker.parse({"text": text, "context": {"role": "staff"}}))["findings"]
    assert "speaking_for_university" not in {f["category"] for f in found}
