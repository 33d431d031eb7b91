"""A small linear text classifier for abuse: the back-stop of the rules.

The rules in :mod:`._abuse_patterns` are precise but miss phrasings nobody
wrote a construction for. This model scores the whole draft (probability that
it is abusive under LABELLING.md) from hashed features:

* word unigrams and bigrams of the folded draft (``w:``/``b:``);
* character 3–5-grams inside each padded word (``c:``), which carry spelling
  variants and unseen inflections (not for function words);
* "abstract" uni/bi/trigrams (``a:``) over the word sequence with lexicon
  classes substituted: ``GRP`` (a protected-group word from ``groups.txt``),
  ``NEG`` (a strongly negative word: VADER ≤ −1.5 plus ``negative_words.txt``,
  as the rules use) and ``INS`` (an insult noun). "GRP are NEG"
  then generalises to group and negative words the training corpus never saw.
  Only n-grams that join a class to its neighbours are used: a bare "a group
  word is present" feature would teach the model that mentioning a group is
  itself abusive.
* sentence-level co-occurrence (``s:``): how many strongly negative words a
  sentence has (1, 2, 3+), and whether a negative word or an insult shares a
  sentence with a protected group or with "they/these people/their kind".
  Hostile generalisations often put the group and the judgement far apart
  ("the Somalis in our town live like ... animals"), out of reach of the
  n-grams. Again never "a group word is present" on its own.

Weights are trained by ``tools/abuse/train_classifier.py`` (scikit-learn at
training time only) and stored in ``engine/data/abuse/classifier.npz``; here
inference is plain numpy (a dot product over a few hundred indices). The
feature code below is imported by the training script, so training and
inference cannot drift apart. Nothing keeps or logs the text.
"""

from __future__ import annotations

import re
import threading
import zlib
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import _abuse_embed as E
from . import _abuse_patterns as P
from ._abuse_lexicon import DATA_DIR, compile_words, fold, load_lines, load_sections
from ._common import draft_memo

MODEL_PATH: Path = DATA_DIR / "classifier.npz"
#: Feature-space version; the model file records the one it was trained with.
FEATURES_VERSION = 3
DIM_BITS = 18
DIM = 1 << DIM_BITS

_URL = re.compile(r"https?://\S+|www\.\S+")
_HANDLE = re.compile(r"@\w+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: Function words: kept as words and in bigrams, but their character n-grams
#: are noise that made short, ordinary replies look like the corpus's attacks.
STOP = frozenset(
    "the a an of to and or is are was were be been it its this that these those they them their you your he him his "
    "she her i me my we us our in on at for with as by from do does did not no so but if then there here what who".split()
)
#: Length floor of the normalisation: a draft with fewer features is scaled as
#: if it had this many, so a few words cannot make the model confident.
MIN_NORM = 80


@dataclass(frozen=True)
class _Lexicon:
    group: re.Pattern[str]
    insult: re.Pattern[str]
    negwords: frozenset[str]


_LEX: _Lexicon | None = None
_LEX_LOCK = threading.Lock()


def _lexicon() -> _Lexicon:
    global _LEX
    if _LEX is None:
        with _LEX_LOCK:
            if _LEX is None:
                sec = load_sections("groups.txt")
                _LEX = _Lexicon(
                    group=compile_words(sec["adjectives"] + sec["nouns"]),
                    insult=compile_words(load_lines("insults.txt")),
                    negwords=P._negative_words(),
                )
    return _LEX


def _normalise(text: str) -> str:
    folded = fold(text)
    folded = _URL.sub(" ", folded)
    return _HANDLE.sub(" atuser ", folded)


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (DIM - 1)


def _word_features(w: str) -> list[str]:
    feats = ["w:" + w]
    if w in STOP:
        return feats
    padded = " " + w + " "
    n = len(padded)
    for k in (3, 4, 5):
        for i in range(n - k + 1):
            feats.append("c:" + padded[i : i + k])
    return feats


def _word_hashes(w: str, known: dict[str, tuple[int, ...]] | None = None) -> tuple[int, ...]:
    # Precomputed for the training vocabulary (shipped with the model); other
    # words are hashed each time: no cache, which would keep draft words.
    if known is not None:
        hit = known.get(w)
        if hit is not None:
            return hit
    return tuple(_h(f) for f in _word_features(w))


def _context_features(words: list[str], toks: list[tuple[int, int, str]], norm: str) -> list[str]:
    """Word bigrams and the abstract (lexicon-class) n-grams."""
    feats = ["b:" + a + " " + b for a, b in zip(words, words[1:])]
    lex = _lexicon()
    starts = [s for s, _, _ in toks]
    tags: dict[int, str] = {}
    for pat, tag in ((lex.group, "GRP"), (lex.insult, "INS")):
        for m in pat.finditer(norm):
            i = bisect_left(starts, m.start())
            while i < len(toks) and toks[i][1] <= m.end():
                tags[i] = tag
                i += 1
    abstract = []
    for i, w in enumerate(words):
        t = tags.get(i)
        if t is None and w in lex.negwords:
            t = "NEG"
        abstract.append(t or w)
    if tags or "NEG" in abstract:
        for a, b in zip(abstract, abstract[1:]):
            if a.isupper() or b.isupper():
                feats.append("a:" + a + " " + b)
        for a, b, c in zip(abstract, abstract[1:], abstract[2:]):
            if a.isupper() or b.isupper() or c.isupper():
                feats.append("a:" + a + " " + b + " " + c)
        feats.extend(_sentence_features(toks, tags, norm))
    return feats


#: A group referred to by pronoun or demonstrative ("they", "these people").
_THEY = frozenset("they them their theirs".split())
_THEY_PHRASE = re.compile(r"\b(?:these|those|such) (?:people|folk|creatures|types)\b|\btheir kind\b|\bthat lot\b")
_SENT_END = re.compile(r"[.!?\n]+")


def _sentence_features(toks: list[tuple[int, int, str]], tags: dict[int, str], norm: str) -> list[str]:
    """Sentence-level co-occurrence of a group (or "they") with a negative word or insult."""
    lex = _lexicon()
    bounds = [m.start() for m in _SENT_END.finditer(norm)]
    they_at = [m.start() for m in _THEY_PHRASE.finditer(norm)]
    feats: set[str] = set()
    sent: dict[int, list[int]] = {}
    for i, (s0, _, _) in enumerate(toks):
        k = bisect_left(bounds, s0)
        sent.setdefault(k, []).append(i)
    for k, idxs in sent.items():
        nneg = sum(1 for i in idxs if tags.get(i) is None and toks[i][2] in lex.negwords)
        ins = any(tags.get(i) == "INS" for i in idxs)
        grp = any(tags.get(i) == "GRP" for i in idxs)
        lo = bounds[k - 1] if k > 0 else 0
        hi = bounds[k] if k < len(bounds) else len(norm)
        they = any(toks[i][2] in _THEY for i in idxs) or any(lo <= t < hi for t in they_at)
        if nneg:
            feats.add("s:neg%d" % min(nneg, 3))
            if grp:
                feats.add("s:GRP+NEG")
            if they:
                feats.add("s:THEY+NEG")
        if ins:
            if grp:
                feats.add("s:GRP+INS")
            if they:
                feats.add("s:THEY+INS")
    return sorted(feats)


def _tokens(text: str) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    norm = _normalise(text)
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(norm)]
    return norm, toks, [t for _, _, t in toks]


def feature_strings(text: str) -> list[str]:
    """The named features of a draft (before hashing), for inspection."""
    norm, toks, words = _tokens(text)
    feats: list[str] = []
    for w in words:
        feats.extend(_word_features(w))
    return feats + _context_features(words, toks, norm)


def featurize(text: str, known: dict[str, tuple[int, ...]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Hashed binary features scaled by 1/sqrt(max(count, MIN_NORM)): (indices, values)."""
    norm, toks, words = _tokens(text)
    hashed: set[int] = set()
    for w in words:
        hashed.update(_word_hashes(w, known))
    hashed.update(_h(f) for f in _context_features(words, toks, norm))
    idx = np.fromiter(hashed, dtype=np.int64, count=len(hashed))
    if idx.size == 0:
        return idx, np.zeros(0, dtype=np.float32)
    val = np.full(idx.size, 1.0 / np.sqrt(max(idx.size, MIN_NORM)), dtype=np.float32)
    return idx, val


class Model:
    """Weights of the linear model; ``score`` is thread-safe (read-only)."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        with np.load(path, allow_pickle=False) as z:
            if int(z["features_version"]) != FEATURES_VERSION or int(z["dim"]) != DIM:
                raise ValueError("abuse classifier was trained with another feature space")
            self.w = z["w"].astype(np.float32)
            self.b = float(z["b"])
            self.threshold = float(z["threshold"])
            # Hate needs a target: drafts that name a protected group are
            # judged at their own (lower) threshold, chosen by the training
            # script on held-out group-naming drafts. Absent: the same one.
            self.threshold_group = float(z["threshold_group"]) if "threshold_group" in z.files else self.threshold
            vocab = str(z["vocab"]) if "vocab" in z.files else ""
            # Optional dense part over the static sentence embedding
            # (``_abuse_embed``). Either trained jointly with the hashed
            # weights (mix == -1: z = z_hashed + we . e), or a second head
            # whose log-odds are mixed: z = (1 - mix) * z_hashed + mix * z_embed.
            self.we = z["we"].astype(np.float32) if "we" in z.files else None
            self.be = float(z["be"]) if "be" in z.files else 0.0
            self.mix = float(z["mix"]) if "mix" in z.files else 0.0
            embed_sha = str(z["embed_sha"]) if "embed_sha" in z.files else ""
        self.known = {w: _word_hashes(w) for w in vocab.split()}
        self.embedder: E.Embedder | None = None
        if self.we is not None:
            emb = E.load()
            if emb is None or emb.dims != self.we.shape[0] or (embed_sha and emb.sha != embed_sha):
                raise ValueError("abuse classifier was trained with another embedding table")
            self.embedder = emb

    def score(self, text: str) -> float:
        """Probability that ``text`` is abusive; worked out once per draft
        while the engine checks it (the abuse detector and the category
        back-stop both read it)."""
        memo = draft_memo(text)
        if memo is None:
            return self._score(text)
        p = memo.get("abuse_score")
        if p is None:
            p = memo["abuse_score"] = self._score(text)
        return p

    def _score(self, text: str) -> float:
        idx, val = featurize(text, self.known)
        if idx.size == 0:
            return 0.0
        z = self.b + float(self.w[idx].sum()) * float(val[0])
        if self.embedder is not None and self.we is not None:
            z_embed = self.be + float(self.embedder.embed(text) @ self.we)
            z = z + z_embed if self.mix < 0 else (1.0 - self.mix) * z + self.mix * z_embed
        return float(1.0 / (1.0 + np.exp(-z)))


_MODEL: Model | None = None
_MODEL_LOCK = threading.Lock()
_MODEL_FAILED = False


def load() -> Model | None:
    """The shipped model, loaded once; ``None`` when the file is missing."""
    global _MODEL, _MODEL_FAILED
    if _MODEL is None and not _MODEL_FAILED:
        with _MODEL_LOCK:
            if _MODEL is None and not _MODEL_FAILED:
                try:
                    _MODEL = Model()
                    _lexicon()
                except (OSError, ValueError, KeyError):
                    _MODEL_FAILED = True
    return _MODEL


def score(text: str) -> float:
    """Probability that ``text`` is abusive (0.0 when no model is shipped)."""
    m = load()
    return m.score(text) if m is not None else 0.0


__all__ = ["Model", "load", "score", "featurize", "feature_strings", "MODEL_PATH"]
