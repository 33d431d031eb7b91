"""A small linear model per category: a back-stop for phrasings no rule covers.

The category rules are precise but only catch the constructions someone wrote
down; on fresh hand-written batches they missed a third to a half of the
positives. This model scores the whole draft for each category from hashed
word unigrams and bigrams (plus the author's role) and is trusted only above a
high threshold, so it adds findings the rules missed without adding many false
ones. Weights are trained by ``tools/categories/train_model.py`` on drafts
written for this project (``tools/categories/model_data/``, see its README)
and stored in ``engine/data/category_model.npz``; inference here is plain
numpy over a few dozen indices. The feature code is imported by the training
script, so training and inference cannot drift apart. Nothing keeps or logs
the text.
"""

from __future__ import annotations

import re
import threading
import zlib
from pathlib import Path

import numpy as np

from . import _abuse_embed as E

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "category_model.npz"
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def features(text: str, role: str) -> list[str]:
    """Word unigrams and bigrams of the lower-cased draft, and the role."""
    words = _TOKEN.findall(text.lower().translate(_FOLD))
    out = ["r:" + (role or "student")]
    out.extend("w:" + w for w in words)
    out.extend("b:" + a + "_" + b for a, b in zip(words, words[1:]))
    return out


def feature_id(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8"))


class CategoryModel:
    """Per-category probabilities for a draft (thread-safe, read-only)."""

    def __init__(self, path: Path = MODEL_FILE) -> None:
        data = np.load(path, allow_pickle=False)
        self.categories = [str(c) for c in data["categories"]]
        self.ids = data["ids"]            # sorted feature ids (uint32)
        self.weights = data["weights"].astype(np.float32)  # (features, categories)
        self.bias = data["bias"].astype(np.float32)
        self.threshold = float(data["threshold"])
        # per category (set by the training script); the scalar above is the floor
        per = data["thresholds"] if "thresholds" in data.files else [self.threshold] * len(self.categories)
        self.thresholds = {c: float(t) for c, t in zip(self.categories, per)}
        # Optional dense part: the static sentence embedding of the abuse
        # back-stop (``_abuse_embed``), so that words the training drafts never
        # used still count through their neighbours ("quiz" near "test").
        self.dense = data["dense"].astype(np.float32) if "dense" in data.files else None  # (dims, categories)
        self.embedder: E.Embedder | None = None
        if self.dense is not None:
            emb = E.load()
            if emb is None or emb.dims != self.dense.shape[0] or emb.sha != str(data["embed_sha"]):
                raise ValueError("category model was trained with another embedding table")
            self.embedder = emb

    def scores(self, text: str, role: str) -> dict[str, float]:
        ids = np.unique(np.fromiter((feature_id(f) for f in features(text, role)), dtype=np.uint32))
        pos = np.searchsorted(self.ids, ids)
        inside = pos < len(self.ids)
        pos, ids_in = pos[inside], ids[inside]
        rows = pos[self.ids[pos] == ids_in]
        n = max(1, len(ids))
        z = self.weights[rows].sum(axis=0) / np.sqrt(n) + self.bias
        if self.embedder is not None and self.dense is not None:
            z = z + self.embedder.embed(text) @ self.dense
        p = 1.0 / (1.0 + np.exp(-z))
        return dict(zip(self.categories, p.tolist()))


_MODEL: CategoryModel | None = None
_LOCK = threading.Lock()


def model() -> CategoryModel | None:
    """The shared model, loaded once; None when the artefact is missing."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None and MODEL_FILE.exists():
                try:
                    _MODEL = CategoryModel()
                except (OSError, ValueError, KeyError):
                    _MODEL = None
    return _MODEL
