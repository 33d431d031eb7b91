#!/usr/bin/env python3
"""Train the abuse back-stop classifier and export it for numpy-only inference.

    .venv/bin/python tools/abuse/corpus/build_corpus.py   # corpus.jsonl
    .venv/bin/python tools/abuse/train_classifier.py [--c C] [--target-fpr 0.008] [--embed-scale 0.5]

Needs scikit-learn and scipy (training only; the companion never imports
them). Features come from the engine's own ``_abuse_classifier`` module, so
the exported weights match inference exactly. By default the static sentence
embedding of ``_abuse_embed`` (``engine/data/abuse/embeddings.npz``, built by
``distil_embeddings.py``) times ``--embed-scale`` is appended to the hashed
features of the same model; ``--embed-scale 0`` trains the hashed model
alone, ``--embed-scale 0 --mix M`` a separate embedding head mixed in
log-odds (tried, not better). The model file records the table's hash.

Threshold: 5-fold cross-validation over the hand-written items (templates are
always on the training side, so no template frame leaks into a held-out
score). The out-of-fold scores of the hand-written items decide the
threshold: the lowest one whose false-positive rate on held-out benign items
*that the rules leave alone* is at most ``--target-fpr`` (the classifier is
only consulted when the rules found nothing). The final model is then fitted
on the whole corpus and written to
``companion/second_thought/engine/data/abuse/classifier.npz``.

Only ``tools/abuse/corpus/`` is read: nothing from shared/eval/.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

from second_thought.engine.detectors import _abuse_classifier as C
from second_thought.engine.detectors import _abuse_embed as E
from second_thought.engine.detectors import _abuse_patterns as P
from second_thought.engine.detectors._abuse_lexicon import fold
from second_thought.engine.detectors.abuse import AbuseDetector
from second_thought.engine.types import DraftContext

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tools" / "abuse" / "corpus" / "corpus.jsonl"
SEED = 7


def matrix(texts: list[str], embed_scale: float = 0.0) -> sparse.csr_matrix:
    """Hashed features, plus (when ``embed_scale`` > 0) the static sentence
    embedding times ``embed_scale`` in extra columns after the hashed ones."""
    rows, cols, vals = [], [], []
    for i, t in enumerate(texts):
        idx, val = C.featurize(t)
        rows.extend([i] * len(idx))
        cols.extend(idx.tolist())
        vals.extend(val.tolist())
    X = sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), C.DIM), dtype=np.float32)
    if embed_scale > 0:
        X = sparse.hstack([X, sparse.csr_matrix((dense(texts) * embed_scale).astype(np.float32))]).tocsr()
    return X


def dense(texts: list[str]) -> np.ndarray:
    """Static sentence embeddings (``_abuse_embed``) of the texts."""
    emb = E.load()
    if emb is None:
        raise SystemExit(f"the embedding features need {E.EMBED_PATH} (tools/abuse/distil_embeddings.py)")
    return np.stack([emb.embed(t) for t in texts])


def fit_dense(X, y, c: float) -> LogisticRegression:
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, solver="lbfgs")
    clf.fit(X, y)
    return clf


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-7, 1 - 1e-7)
    return np.log(p / (1 - p))


def fit(X, y, c: float) -> LogisticRegression:
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
    clf.fit(X, y)
    return clf


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--c", type=float, default=None, help="inverse regularisation (default: picked by CV)")
    # 0.8% (was 1%): after the forum-style batches the scores of ordinary drafts
    # near the top became denser, and 1% let the first of them through.
    ap.add_argument("--target-fpr", type=float, default=0.008)
    ap.add_argument(
        "--target-fpr-group",
        type=float,
        default=0.08,
        help="for drafts naming a protected group: the largest share of held-out benign group-naming "
        "hand-written drafts the back-stop may flag",
    )
    ap.add_argument(
        "--embed-scale",
        type=float,
        default=0.5,
        help="static sentence embedding (engine/data/abuse/embeddings.npz) times this, as extra features "
        "of the same model; 0 = hashed features only",
    )
    ap.add_argument(
        "--mix",
        type=float,
        default=0.0,
        help="alternative: a separate embedding head whose log-odds get this weight (hashed head 1 - mix)",
    )
    ap.add_argument("--c-dense", type=float, default=3.0, help="inverse regularisation of the embedding head")
    ap.add_argument("--out", default=str(C.MODEL_PATH))
    args = ap.parse_args()

    items = [json.loads(l) for l in CORPUS.read_text(encoding="utf-8").splitlines() if l.strip()]
    texts = [it["text"] for it in items]
    y = np.array([it["label"] for it in items])
    hand = np.array([it["source"] == "hand" for it in items])
    print(f"corpus: {len(items)} items, {y.sum()} abusive; hand-written {hand.sum()}")
    if args.mix > 0 and args.embed_scale > 0:
        raise SystemExit("--mix and --embed-scale are alternatives: set one of them to 0")
    X = matrix(texts, args.embed_scale)
    D = dense(texts) if args.mix > 0 else None

    det = AbuseDetector(use_classifier=False)
    ctx = DraftContext(role="student", audience="public")
    rules_hit = np.array([bool(det.detect(t, ctx)) for t in texts])

    hand_idx = np.where(hand)[0]
    tmpl_idx = np.where(~hand)[0]
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    grid = [args.c] if args.c else [3.0, 10.0, 30.0]
    best = None
    for c in grid:
        oof = np.zeros(len(items))
        for tr, te in skf.split(hand_idx, y[hand_idx]):
            train = np.concatenate([hand_idx[tr], tmpl_idx])
            clf = fit(X[train], y[train], c)
            oof[hand_idx[te]] = clf.predict_proba(X[hand_idx[te]])[:, 1]
        auc = roc_auc_score(y[hand_idx], oof[hand_idx])
        print(f"C={c:g}: out-of-fold AUC on hand-written items {auc:.3f}")
        if best is None or auc > best[0]:
            best = (auc, c, oof)
    auc, c, oof = best
    print(f"chosen C={c:g}")
    if D is not None:
        # the embedding head, same folds; its log-odds are mixed with the
        # hashed head's, and the threshold below is chosen on the mixture
        oof_d = np.zeros(len(items))
        for tr, te in skf.split(hand_idx, y[hand_idx]):
            train = np.concatenate([hand_idx[tr], tmpl_idx])
            oof_d[hand_idx[te]] = fit_dense(D[train], y[train], args.c_dense).predict_proba(D[hand_idx[te]])[:, 1]
        auc_d = roc_auc_score(y[hand_idx], oof_d[hand_idx])
        z = (1 - args.mix) * logit(oof) + args.mix * logit(oof_d)
        oof = 1 / (1 + np.exp(-z))
        auc = roc_auc_score(y[hand_idx], oof[hand_idx])
        print(f"embedding head: out-of-fold AUC {auc_d:.3f}; mixture (mix={args.mix:g}) {auc:.3f}")

    # threshold on held-out hand-written items
    hs, hy, hr = oof[hand_idx], y[hand_idx], rules_hit[hand_idx]
    print("threshold | clf alone P R FPR | rules+clf R, FPR(medium+ from clf on rule-free benign)")
    chosen = None
    for th in np.arange(0.50, 0.9951, 0.005):
        pred = hs >= th
        tp = (pred & (hy == 1)).sum()
        fp = (pred & (hy == 0)).sum()
        p = tp / max(tp + fp, 1)
        r = tp / max((hy == 1).sum(), 1)
        fpr = fp / max((hy == 0).sum(), 1)
        comb = hr | pred
        cr = (comb & (hy == 1)).sum() / max((hy == 1).sum(), 1)
        benign_free = (hy == 0) & ~hr
        cfpr = (pred & benign_free).sum() / max((hy == 0).sum(), 1)
        print(f"  {th:.3f} | {p:.3f} {r:.3f} {fpr:.3f} | {cr:.3f} {cfpr:.3f}")
        if chosen is None and cfpr <= args.target_fpr:
            chosen = float(round(th, 3))
    rules_r = (hr & (hy == 1)).sum() / max((hy == 1).sum(), 1)
    print(f"rules alone on hand-written items: recall {rules_r:.3f}, benign hit {(hr & (hy == 0)).sum()}/{(hy == 0).sum()}")
    if chosen is None:
        chosen = 0.99
    print(f"chosen threshold {chosen:.2f} (target FPR {args.target_fpr})")

    # Drafts that name a protected group: hate needs a target, and the
    # corpus's contrastive twins (the same group words on both sides) teach
    # the model that naming a group says little. Such drafts get their own,
    # lower threshold: the lowest one at which at most --target-fpr-group of
    # the held-out benign hand-written group-naming drafts that the rules
    # leave alone are flagged (these benign drafts are hard by design:
    # reporting, support, debate about the same groups), never above the
    # general threshold. Drafts that support the group or report harm done
    # to it (``sympathetic``) keep the general threshold, here as at run time.
    named = np.array([P.uses_group_threshold(det.patterns, fold(t)) for t in texts])
    gi = hand_idx[named[hand_idx]]
    gs, gy, gr = oof[gi], y[gi], rules_hit[gi]
    gben = (gy == 0).sum()
    print(f"group-naming hand-written items: {gi.size} ({int(gy.sum())} abusive)")
    print("group threshold | benign group items flagged by the back-stop | rules+clf recall, F1 on group items")
    chosen_group = chosen
    for th in np.arange(0.30, chosen + 1e-9, 0.01):
        pred = gr | (gs >= th)
        tp = int((pred & (gy == 1)).sum())
        fp = int((pred & (gy == 0)).sum())
        fn = int((~pred & (gy == 1)).sum())
        flagged = int(((gs >= th) & (gy == 0) & ~gr).sum())
        print(f"  {th:.2f} | {flagged}/{gben} = {flagged / max(gben, 1):.3f} | {tp / max(tp + fn, 1):.3f} {2 * tp / max(2 * tp + fp + fn, 1):.3f}")
        if chosen_group == chosen and flagged / max(gben, 1) <= args.target_fpr_group:
            chosen_group = float(round(th, 3))
    print(f"chosen group threshold {chosen_group:.2f} (target {args.target_fpr_group})")

    clf = fit(X, y, c)
    w = np.zeros(C.DIM, dtype=np.float32)
    w[:] = clf.coef_[0][: C.DIM].astype(np.float32)
    extra = {}
    if args.embed_scale > 0:
        extra = dict(
            we=clf.coef_[0][C.DIM :].astype(np.float32) * np.float32(args.embed_scale),
            be=np.float32(0.0),
            mix=np.float32(-1.0),  # marks the joint model: z = z_hashed + we . e
            embed_sha=np.array(E.load().sha),
        )
    if D is not None:
        clf_d = fit_dense(D, y, args.c_dense)
        extra = dict(
            we=clf_d.coef_[0].astype(np.float32),
            be=np.float32(clf_d.intercept_[0]),
            mix=np.float32(args.mix),
            embed_sha=np.array(E.load().sha),
        )
    out = Path(args.out)
    np.savez_compressed(
        out,
        **extra,
        w=w,
        b=np.float32(clf.intercept_[0]),
        threshold=np.float32(chosen),
        threshold_group=np.float32(chosen_group),
        dim=np.int64(C.DIM),
        features_version=np.int64(C.FEATURES_VERSION),
        cv_auc=np.float32(auc),
        c=np.float32(c),
        n_train=np.int64(len(items)),
        vocab=np.array(" ".join(sorted({w for t in texts for w in C._tokens(t)[2]}))),
    )
    print(f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
