"""Static sentence embeddings for the abuse back-stop (numpy only).

``engine/data/abuse/embeddings.npz`` holds one vector per WordPiece token of
all-MiniLM-L6-v2's vocabulary, distilled once by
``tools/abuse/distil_embeddings.py`` (each token run through the model on its
own, PCA to 128 dimensions, weighted by rarity, int8 with one scale per row;
see the data README). Here a
draft is tokenised exactly as BERT-uncased does it — clean up, lower case,
strip accents, split on whitespace and punctuation, greedy longest-match-first
WordPiece with ``##`` continuations — and the sentence vector is the mean of
its tokens' rows, L2-normalised. Words of similar meaning get similar
vectors, so the back-stop can generalise beyond the exact words of its
training corpus, which hashed n-grams cannot.

Pure Python + numpy; thread-safe (read-only after loading); nothing keeps or
logs the text.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

import numpy as np

from ._abuse_lexicon import DATA_DIR
from ._common import draft_memo

EMBED_PATH: Path = DATA_DIR / "embeddings.npz"
MAX_WORD_CHARS = 100  # longer "words" become [UNK], as in BERT


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def _replacement(ch: str) -> str | None:
    """What BERT's BasicTokenizer makes of one character (after lower case and
    NFD): dropped (None), a space, itself as a token of its own, or itself."""
    cp = ord(ch)
    cat = unicodedata.category(ch)
    if cp == 0 or cp == 0xFFFD or (cat.startswith("C") and ch not in "\t\n\r"):
        return None  # control characters are dropped
    if cat == "Mn":
        return None  # accents stripped
    if ch.isspace() or cat == "Zs":
        return " "
    if _is_punct(ch) or _is_cjk(cp):
        return f" {ch} "
    return ch


#: The replacements of the ASCII characters that are not themselves.
_ASCII = {cp: r for cp in range(128) if (r := _replacement(chr(cp))) != chr(cp)}


def basic_tokenize(text: str) -> list[str]:
    """BERT's BasicTokenizer (do_lower_case=True, strip accents, CJK split).

    Each character is replaced as :func:`_replacement` says (one table per
    draft: ASCII's, plus the draft's other characters), then the text is
    split on spaces; the same tokens as :func:`basic_tokenize_reference`.
    """
    text = unicodedata.normalize("NFD", text.lower())
    table = _ASCII
    if not text.isascii():
        table = dict(_ASCII)
        for ch in set(text):
            if ord(ch) > 127 and (r := _replacement(ch)) != ch:
                table[ord(ch)] = r
    return [t for t in text.translate(table).split(" ") if t]


def basic_tokenize_reference(text: str) -> list[str]:
    """The character loop :func:`basic_tokenize` must agree with (tests)."""
    out: list[str] = []
    buf: list[str] = []
    text = unicodedata.normalize("NFD", text.lower())
    for ch in text:
        cp = ord(ch)
        cat = unicodedata.category(ch)
        if cp == 0 or cp == 0xFFFD or (cat.startswith("C") and ch not in "\t\n\r"):
            continue  # control characters are dropped
        if cat == "Mn":
            continue  # accents stripped
        if ch.isspace() or cat == "Zs":
            if buf:
                out.append("".join(buf))
                buf = []
        elif _is_punct(ch) or _is_cjk(cp):
            if buf:
                out.append("".join(buf))
                buf = []
            out.append(ch)
        else:
            buf.append(ch)
    if buf:
        out.append("".join(buf))
    return out


class Embedder:
    """The token table and the WordPiece vocabulary; ``embed`` is thread-safe."""

    def __init__(self, path: Path = EMBED_PATH) -> None:
        with np.load(path, allow_pickle=False) as z:
            self.table = z["table"]  # int8, dequantised per draft (a quarter of the memory)
            self.scale = z["scale"].astype(np.float32)[:, None] if "scale" in z.files else None
            vocab = str(z["vocab"]).split("\n")
            #: identifies the table; a classifier trained on another one refuses to load
            self.sha = str(z["table_sha256"]) if "table_sha256" in z.files else ""
        self.ids = {t: i for i, t in enumerate(vocab)}
        self.unk = self.ids["[UNK]"]
        self.dims = int(self.table.shape[1])

    def wordpiece(self, word: str) -> list[int]:
        """Greedy longest-match-first WordPiece of one basic token."""
        if len(word) > MAX_WORD_CHARS:
            return [self.unk]
        ids = self.ids
        hit = ids.get(word)
        if hit is not None:
            return [hit]
        pieces: list[int] = []
        start, n = 0, len(word)
        while start < n:
            end = n
            cur = None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                cur = ids.get(sub)
                if cur is not None:
                    break
                end -= 1
            if cur is None:
                return [self.unk]
            pieces.append(cur)
            start = end
        return pieces

    def token_ids(self, text: str) -> list[int]:
        out: list[int] = []
        for w in basic_tokenize(text):
            out.extend(self.wordpiece(w))
        return out

    def tokens(self, text: str) -> list[str]:
        inv = {i: t for t, i in self.ids.items()}
        return [inv[i] for i in self.token_ids(text)]

    def embed(self, text: str) -> np.ndarray:
        """Mean of the token vectors, L2-normalised (zeros for an empty draft).
        Worked out once per draft while the engine checks it (the abuse and
        category back-stops both read it); read-only."""
        memo = draft_memo(text)
        if memo is not None:
            vec = memo.get("embed")
            if vec is None:
                vec = memo["embed"] = self._embed(text)
                vec.setflags(write=False)
            return vec
        return self._embed(text)

    def _embed(self, text: str) -> np.ndarray:
        ids = self.token_ids(text)
        if not ids:
            return np.zeros(self.dims, dtype=np.float32)
        rows = self.table[ids].astype(np.float32)
        if self.scale is not None:
            rows *= self.scale[ids]
        v = rows.mean(axis=0)
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else v


_EMB: Embedder | None = None
_LOCK = threading.Lock()
_FAILED = False


def load() -> Embedder | None:
    """The shipped table, loaded once; ``None`` when the file is missing."""
    global _EMB, _FAILED
    if _EMB is None and not _FAILED:
        with _LOCK:
            if _EMB is None and not _FAILED:
                try:
                    _EMB = Embedder()
                except (OSError, ValueError, KeyError):
                    _FAILED = True
    return _EMB


__all__ = ["Embedder", "basic_tokenize", "load", "EMBED_PATH"]
