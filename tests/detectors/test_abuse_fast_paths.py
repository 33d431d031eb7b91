"""The abuse detector's fast paths find exactly what the plain ones find.

Folding, BERT's basic tokenisation and the literal gates in front of the
constructions (a pattern none of whose required strings is in the draft is
not run) are speed-ups only: each is compared here with the plain version on
the hand-written training corpus, on edge cases and on random strings.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from second_thought.engine.detectors import _abuse_patterns as P
from second_thought.engine.detectors._abuse_embed import basic_tokenize, basic_tokenize_reference
from second_thought.engine.detectors._abuse_lexicon import fold, fold_reference

CORPUS = Path(__file__).resolve().parents[2] / "tools/abuse/corpus/corpus.jsonl"

EDGE = [
    "",
    "sh1t, f@ck and 5lut but 2024 and £5 and h!",
    "He said \u2018you\u2019re a joke\u2019 \u2014 `really` \u00b4",
    "\u0130stanbul STRASSE Stra\u00dfe \u1e9e \u01c5 \ufb01ne \u1f08",  # characters that grow when lowered
    "\u039f\u0394\u039f\u03a3 \u03a3\u039f\u03a6\u0399\u0391 \u03c3\u03c2",  # capital and final sigma
    "caf\u00e9 NA\u00cfVE na\u0131ve \u00c5ngstr\u00f6m",
    "tab\there\x00nul\x0bvt\x1cfs\x85nel\u00a0nbsp\u2028ls\u3000ideo",
    "\u4e2d\u6587\u5b57 mixed\u3002\uff01 \U0001F602\U0001F480 emoji\u200bzero-width \ufffd",
]


def corpus_texts(step: int = 4) -> list[str]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for i, line in enumerate(f) if i % step == 0]


def random_strings(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    pool = "aAzZ0134579$@!'`\u00b4\u2019\u2018\u02bc \u03a3\u03c3\u0130\u00df\u1e9e\u01c5\u0390\ufb01.,\n\t"
    out = []
    for _ in range(n):
        chars = []
        for _ in range(rnd.randrange(0, 16)):
            kind = rnd.randrange(3)
            chars.append(rnd.choice(pool) if kind == 0 else chr(rnd.randrange(0, 0x3000) if kind == 1 else rnd.randrange(0x3000, 0x110000)))
        out.append("".join(chars))
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return EDGE + corpus_texts()


def test_fold_agrees_with_the_character_loop(texts):
    for text in texts + random_strings(1, 5000):
        assert fold(text) == fold_reference(text), repr(text)
    assert fold("You are a T0TAL sh1t \u2019") == "you are a total shit '"


def test_basic_tokenize_agrees_with_the_character_loop(texts):
    for text in texts + random_strings(2, 5000):
        assert basic_tokenize(text) == basic_tokenize_reference(text), repr(text)


def test_literal_gates_find_what_running_every_pattern_finds(texts):
    gated = P.build()
    # Most constructions have strings every match contains; without them
    # the speed-up is gone.
    assert len(gated.needs) > 80
    plain = P.build()
    plain.needs = {}
    for text in texts:
        folded = fold(text)
        assert list(P.find_all(gated, text, folded)) == list(P.find_all(plain, text, folded)), text


def test_an_ordinary_draft_runs_few_constructions():
    p = P.build()
    folded = fold("Lab report due Friday, anyone fancy the library after the seminar?")
    present = p.literals.present(folded)
    scanned = [*p.hate, *p.extremist, *p.sexual, *p.bully, *p.harass, *p.harass_named]
    assert len(list(p.scan(scanned, present))) < len(scanned) / 3
