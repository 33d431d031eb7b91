#!/usr/bin/env python3
"""Train the category back-stop model, ``engine/data/category_model.npz``.

    .venv/bin/python tools/categories/train_model.py [--check]

Training data, all written for this project (none from shared/eval):
``tools/categories/model_data/*.jsonl`` (hand-written drafts in the samples'
format, see the README there), every ``examples`` entry of the category rule
files in ``shared-rules/rules/`` (match = positive for the rule's category,
no_match = negative), and the rows of
``tests/detectors/test_category_generalisation.py`` and the ordinary drafts of
``tests/detectors/test_category_hard_negatives.py`` (negatives). One logistic regression
per category (numpy, L-BFGS, L2, classes balanced), deterministic. ``--check`` exits 1 when the committed artefact differs from
what this script would write.

Thresholds per category are picked on ``tools/categories/calibration/*.jsonl``
(drafts by other writers, never trained on): of 0.90, 0.85 … 0.65, the one
where the model alone makes the most right findings net of wrong ones while
staying at least 90% precise there.
"""

from __future__ import annotations

import argparse
import ast
import glob
import io
import json
import os
import sys
from pathlib import Path

# The same weights on every machine: a multi-threaded BLAS sums in an order
# that depends on its thread count, and the companion runs single-threaded
# (see second_thought/__init__.py). Read when numpy is first imported.
os.environ["OPENBLAS_NUM_THREADS"] = "1"
import numpy as np  # noqa: E402
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "companion"))

from second_thought.engine.detectors import _abuse_embed as E  # noqa: E402
from second_thought.engine.detectors._category_model import MODEL_FILE, CategoryModel, feature_id, features  # noqa: E402
from second_thought.engine.detectors.category_model import ONLY_FOR  # noqa: E402

CATEGORIES = ("assessment_material", "academic_misconduct", "defamation", "confidential", "complaint_or_legal",
              "speaking_for_university", "consent_media", "location", "impersonation", "copyright",
              "professional_conduct", "abuse")
#: The threshold where calibration finds none better (:func:`calibrated`);
#: per category the calibrated one is then lowered to the weakest ``match``
#: example of that category's model rule, and raised above its strongest
#: ``no_match`` example (see ``artefact``).
THRESHOLD = 0.9
#: The static sentence embedding (``engine/data/abuse/embeddings.npz``) times
#: this is appended to the word features; 0 = words only.
EMBED_SCALE = 1.0


def rule_examples(files: str) -> list[tuple[str, str, str, str]]:
    """The examples of the category rule files matching ``files`` in
    ``shared-rules/rules/``, as (text, role, category, "match"/"no_match")."""
    out = []
    for path in sorted(glob.glob(str(ROOT / "shared-rules/rules" / files))):
        data = yaml.safe_load(open(path, encoding="utf-8")) or {}
        cat = data.get("category")
        if cat not in CATEGORIES:
            continue
        default_role = "staff" if data.get("roles") == ["staff"] else "student"
        for kind in ("match", "no_match"):
            for ex in (data.get("examples") or {}).get(kind) or []:
                text, role = (ex["text"], ex.get("role", default_role)) if isinstance(ex, dict) else (ex, default_role)
                out.append((text, role, cat, kind))
    return out


def read_drafts(folder: str) -> list[tuple[str, str, set, set]]:
    """The drafts of ``tools/categories/<folder>/*.jsonl`` as (text, role, expect, allow)."""
    items = []
    for path in sorted(glob.glob(str(ROOT / "tools/categories" / folder / "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                it = json.loads(line)
                items.append((it["text"], (it.get("context") or {}).get("role", "student"),
                              set(it["expect"]), set(it.get("allow") or [])))
    return items


def load_items() -> list[tuple[str, str, set, set]]:
    items = read_drafts("model_data")
    for text, role, cat, kind in rule_examples("*.yaml"):
        # a no_match example is only a negative for its own category
        items.append((text, role, {cat} if kind == "match" else set(),
                      set() if kind == "match" else set(CATEGORIES) - {cat}))
    src = (ROOT / "tests/detectors/test_category_generalisation.py").read_text(encoding="utf-8")
    rows = ast.literal_eval(src.split("ROWS = ", 1)[1].split("\n]\n", 1)[0] + "\n]")
    for cat, text, role, expected in rows:
        items.append((text, role, {cat} if expected else set(), set() if expected else set(CATEGORIES) - {cat}))
    for text, role in hard_negatives():
        items.append((text, role, set(), set()))
    return items


def hard_negatives() -> list[tuple[str, str]]:
    """The project's own list of ordinary drafts that no category may flag."""
    hard = (ROOT / "tests/detectors/test_category_hard_negatives.py").read_text(encoding="utf-8")
    benign = ast.literal_eval(hard.split("BENIGN = ", 1)[1].split("\n]\n", 1)[0] + "\n]")
    return [(row[0], row[1] if len(row) > 1 and row[1] in ("student", "staff") else "student") for row in benign]


#: Inverse regularisation of each category's logistic regression (as in
#: liblinear: ``0.5 |w|^2 + C * sum of class-balanced log losses``). Chosen on
#: drafts by writers the model never saw (devsets 11 and 12, outside the
#: repository): C = 1, 4, 16 gave a mean per-category recall at 90% precision
#: of 0.82, 0.86, 0.89; the full-batch gradient descent used before (400
#: steps, never converged) gave 0.55.
C = 16.0
#: Drafts a feature must occur in to be used.
MIN_DRAFTS = 2
#: L-BFGS steps per category; the loss has stopped moving well before.
ITERATIONS = 400


def lbfgs(fun, x: np.ndarray, iterations: int = ITERATIONS, memory: int = 10) -> np.ndarray:
    """Minimise a smooth convex ``fun(x) -> (value, gradient)`` (L-BFGS with
    a backtracking line search; deterministic)."""
    f, g = fun(x)
    steps: list[tuple[np.ndarray, np.ndarray, float]] = []
    for _ in range(iterations):
        q = g.copy()
        alphas = []
        for s, y, rho in reversed(steps):
            a = rho * float(s @ q)
            q -= a * y
            alphas.append(a)
        if steps:
            s, y, _ = steps[-1]
            q *= float(s @ y) / float(y @ y)
        for (s, y, rho), a in zip(steps, reversed(alphas)):
            q += s * (a - rho * float(y @ q))
        d = -q
        slope = float(g @ d)
        if slope >= 0:  # not a descent direction: restart from the gradient
            steps.clear()
            d, slope = -g, -float(g @ g)
        t = 1.0
        while True:
            x_new = x + t * d
            f_new, g_new = fun(x_new)
            if f_new <= f + 1e-4 * t * slope or t < 1e-12:
                break
            t *= 0.5
        s, y = x_new - x, g_new - g
        if float(s @ y) > 1e-12:
            steps.append((s, y, 1.0 / float(s @ y)))
            del steps[:-memory]
        converged = f - f_new <= 1e-10 * max(1.0, abs(f))
        x, f, g = x_new, f_new, g_new
        if converged or float(np.abs(g).max()) < 1e-7:
            break
    return x


def train(items, c: float = C):
    """One class-balanced, L2-regularised logistic regression per category
    over the sparse word features (and the dense sentence embedding)."""
    # a word or word pair seen in one training draft only says more about
    # that draft than about its category: it is left out (and the file stays small)
    seen: dict[int, int] = {}
    for t, r, e, a in items:
        for f in {feature_id(f) for f in features(t, r)}:
            seen[f] = seen.get(f, 0) + 1
    ids = sorted(f for f, n in seen.items() if n >= MIN_DRAFTS)
    col = {f: i for i, f in enumerate(ids)}
    emb = E.load()
    dims = emb.dims if emb is not None and EMBED_SCALE > 0 else 0
    rows, cols, vals = [], [], []
    for i, (t, r, e, a) in enumerate(items):
        every = {feature_id(f) for f in features(t, r)}
        fs = sorted(col[f] for f in every if f in col)
        rows.extend([i] * len(fs))
        cols.extend(fs)
        # scaled by all of the draft's features, as inference does
        vals.extend([1.0 / np.sqrt(max(1, len(every)))] * len(fs))
    rows_a, cols_a, vals_a = np.array(rows), np.array(cols), np.array(vals, dtype=np.float64)
    n, nf = len(items), len(ids)
    D = np.stack([emb.embed(t) * EMBED_SCALE for t, r, e, a in items]).astype(np.float64) if dims else np.zeros((n, 0))
    W = np.zeros((nf + dims, len(CATEGORIES)), dtype=np.float32)
    b = np.zeros(len(CATEGORIES), dtype=np.float32)
    for k, cat in enumerate(CATEGORIES):
        y = np.array([1.0 if cat in e else 0.0 for t, r, e, a in items])
        # a draft that allows the category counts neither way
        mask = np.array([0.0 if (cat in a and cat not in e) else 1.0 for t, r, e, a in items])
        pos = max(1.0, float((y * mask).sum()))
        neg = max(1.0, float(((1 - y) * mask).sum()))
        sw = c * mask * np.where(y > 0, (pos + neg) / (2 * pos), (pos + neg) / (2 * neg))

        def fun(x, y=y, sw=sw):
            w, wd, bb = x[:nf], x[nf:nf + dims], x[-1]
            z = np.bincount(rows_a, weights=vals_a * w[cols_a], minlength=n) + D @ wd + bb
            # log(1 + exp(-z)) for positives, log(1 + exp(z)) for negatives, stably
            m = np.where(y > 0, -z, z)
            loss = float(sw @ (np.maximum(m, 0) + np.log1p(np.exp(-np.abs(m)))))
            gz = sw * (0.5 * (1.0 + np.tanh(0.5 * z)) - y)  # sigmoid, without overflow
            gw = np.bincount(cols_a, weights=vals_a * gz[rows_a], minlength=nf) + w
            gd = D.T @ gz + wd
            value = loss + 0.5 * float(w @ w) + 0.5 * float(wd @ wd)
            return value, np.concatenate([gw, gd, [gz.sum()]])

        x = lbfgs(fun, np.zeros(nf + dims + 1))
        W[:, k], b[k] = x[:-1], x[-1]
    dense, W = W[nf:] * EMBED_SCALE, W[:nf]
    keep = np.abs(W).max(axis=1) > 1e-3
    return np.array(ids, dtype=np.uint32)[keep], W[keep].astype(np.float16), b, dense.astype(np.float32)


def artefact() -> bytes:
    ids, W, b, dense = train(load_items())
    extra = {"dense": dense, "embed_sha": np.array(E.load().sha)} if dense.size else {}

    def pack(thresholds: list[float]) -> bytes:
        buf = io.BytesIO()
        np.savez_compressed(buf, categories=np.array(CATEGORIES), ids=ids, weights=W, bias=b.astype(np.float32),
                            threshold=np.float32(THRESHOLD), thresholds=np.array(thresholds, dtype=np.float32),
                            **extra)
        return buf.getvalue()

    # Per category: the calibrated threshold, lowered (to the hundredth
    # below) until every match example of that category's model rule
    # (``*.model.yaml``) reaches it, then raised (to the next hundredth) until
    # every no_match example stays below it.
    model = CategoryModel(io.BytesIO(pack([THRESHOLD] * len(CATEGORIES))))
    low = {**calibrated(model), **AS_USED}
    top = {c: 0.0 for c in CATEGORIES}
    for t, r, c, kind in rule_examples("*.model.yaml"):
        score = model.scores(t, r)[c]
        if kind == "match":
            low[c] = min(low[c], float(np.floor(score * 100) / 100))
        else:
            top[c] = max(top[c], score)
    return pack([max(low[c], float(np.ceil(top[c] * 100 + 1e-9) / 100)) for c in CATEGORIES])


#: Thresholds tried on the calibration drafts, highest first, and the
#: precision the model alone must keep there (see :func:`calibrated`). The
#: converged model's scores are spread further apart than the earlier
#: under-fitted one's, so the grid starts at 0.9; it stops at 0.65 because
#: from 0.65 to 0.60 the calibration drafts gained as many false findings as
#: true ones (speaking, impersonation, copyright, professional conduct).
GRID = (0.90, 0.85, 0.80, 0.75, 0.70, 0.65)
CALIBRATION_PRECISION = 0.9
#: Heads whose threshold is chosen as the head is used, not by
#: :func:`calibrated`. The abuse head reports only when the abuse rules and
#: their classifier are silent, and only past the ``_abuse_plausible`` gate
#: (``engine/detectors/category_model.py``); scored alone, no step of the grid
#: is 90% precise on the calibration drafts, which left it at THRESHOLD.
#: Measured as used, over the project's held-out drafts (the calibration
#: drafts, devsets 13-23 and the abuse batches zr and zs, which are trained on
#: by neither model), each step down from 0.90 added: 0.85 +18 right / 1
#: wrong, 0.80 +15 / 3, 0.75 +7 / 4, 0.70 +7 / 4. 0.80 is the lowest step
#: whose added findings are still at least 80% right (see the README in
#: model_data/). The rule-example bounds below still apply.
AS_USED = {"abuse": 0.80}


def calibrated(model: CategoryModel) -> dict[str, float]:
    """Per category, the threshold of ``GRID`` at which the model alone makes
    the most right findings net of wrong ones on the calibration drafts
    (``TP - FP``; a tie goes to the higher threshold), among those where it
    stays at least ``CALIBRATION_PRECISION`` precise. A draft that allows
    the category counts neither way. THRESHOLD where no step
    qualifies, or without drafts."""
    # tools/categories/calibration/: drafts by other writers, never trained on
    items = read_drafts("calibration")
    scored = [(model.scores(t, r), r, e, a) for t, r, e, a in items]
    out = {}
    for c in CATEGORIES:
        chosen, best = THRESHOLD, None
        for t in GRID:
            hits = [c in e for s, r, e, a in scored if s[c] >= t and ONLY_FOR.get(c, r) == r and c not in a]
            if not hits or sum(hits) / len(hits) < CALIBRATION_PRECISION:
                continue
            net = 2 * sum(hits) - len(hits)
            if best is None or net > best:
                chosen, best = t, net
        out[c] = chosen
    return out


#: How far a fresh build's weights may sit from the committed ones. Training
#: is deterministic, but the BLAS kernels numpy picks differ between CPUs, so a
#: build on another machine differs in the last bits (up to 0.004 measured on
#: float16 weights); anything else (the vocabulary, the thresholds, the
#: categories) must be identical.
WEIGHT_TOLERANCE = 0.01


def _same(key: str, old: np.ndarray, new: np.ndarray) -> bool:
    if old.shape != new.shape or old.dtype != new.dtype:
        return False
    if key in ("weights", "bias", "dense"):
        return bool(np.allclose(old.astype(np.float64), new.astype(np.float64), rtol=0, atol=WEIGHT_TOLERANCE))
    return bool(np.array_equal(old, new))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data = artefact()
    if args.check:
        import zipfile
        def arrays(raw):
            z = np.load(io.BytesIO(raw), allow_pickle=False)
            return {k: z[k] for k in z.files}
        if not MODEL_FILE.exists():
            print("no model file"); return 1
        old, new = arrays(MODEL_FILE.read_bytes()), arrays(data)
        same = old.keys() == new.keys() and all(_same(k, old[k], new[k]) for k in old)
        print("model is current" if same else "model differs from a fresh build")
        return 0 if same else 1
    MODEL_FILE.write_bytes(data)
    print(f"wrote {MODEL_FILE.relative_to(ROOT)}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
