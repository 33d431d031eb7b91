#!/usr/bin/env python3
"""Score the abuse detector in-process on labelled jsonl files.

    python tools/abuse/score.py FILE.jsonl [...] [--mistakes N] [--ids]

Counts like ``run_eval.py`` for the ``abuse`` category: item-level TP/FP/FN
(a finding of any severity counts as predicted abuse; items with abuse in
``allow`` are skipped; ``scope`` is respected), and the benign false-positive
rate (items with ``expect == []`` and no ``allow`` that got a medium or high
abuse finding). Per-class recall is read from the item's ``note`` where it
names a class (external sets). Also prints latency per draft.

Measurement only: nothing here feeds back into the detector's data.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict

from second_thought.engine.detectors.abuse import AbuseDetector
from second_thought.engine.types import DraftContext


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--mistakes", type=int, default=0, help="print up to N missed and N extra item ids")
    ap.add_argument("--no-classifier", action="store_true", help="rules only (the classifier back-stop off)")
    ap.add_argument("--show-text", action="store_true", help="print the text of mistakes (local debugging only)")
    args = ap.parse_args()
    det = AbuseDetector(use_classifier=not args.no_classifier)
    for path in args.files:
        items = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        tp = fp = fn = 0
        benign = benign_fp = benign_any = 0
        per_class: dict[str, Counter] = defaultdict(Counter)
        rules = Counter()
        times = []
        missed, extra = [], []
        for it in items:
            scope = set(it.get("scope") or ["abuse"])
            if "abuse" not in scope:
                continue
            c = it.get("context", {})
            ctx = DraftContext(role=c.get("role", "student"), audience=c.get("audience", "unknown"), site=c.get("site"))
            t0 = time.perf_counter()
            found = det.detect(it["text"], ctx)
            times.append((time.perf_counter() - t0) * 1000)
            for d in found:
                rules[(d.rule, d.severity)] += 1
            pred = bool(found)
            allow = set(it.get("allow") or [])
            exp = "abuse" in it["expect"]
            m = re.search(r"class=(\w+)|label=(\w+)", it.get("note", ""))
            if m:
                cls = m.group(1) or m.group(2)
                per_class[cls]["n"] += 1
                per_class[cls]["flagged"] += pred
            if not it["expect"] and not allow:
                benign += 1
                benign_any += pred
                if any(d.severity in ("medium", "high") for d in found):
                    benign_fp += 1
            if "abuse" in allow:
                continue
            if exp and pred:
                tp += 1
            elif exp:
                fn += 1
                missed.append(it)
            elif pred:
                fp += 1
                extra.append((it, found))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"== {path}")
        print(f"abuse  P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")
        if benign:
            print(f"benign items={benign}  medium/high FP rate={benign_fp / benign:.3f}  any-finding rate={benign_any / benign:.3f}")
        for cls, cnt in sorted(per_class.items()):
            print(f"  class {cls}: flagged {cnt['flagged']}/{cnt['n']} = {cnt['flagged'] / cnt['n']:.3f}")
        times.sort()
        print(f"latency ms: p50={statistics.median(times):.3f} p95={times[int(len(times) * 0.95)]:.3f} max={times[-1]:.3f}")
        print("  rules:", ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in rules.most_common()))
        for it in missed[: args.mistakes]:
            print("  MISSED", it["id"], it["text"] if args.show_text else "")
        for it, found in extra[: args.mistakes]:
            spans = [(d.rule, it["text"][d.start:d.end] if args.show_text and d.start is not None else "") for d in found]
            print("  EXTRA ", it["id"], it["text"] if args.show_text else "", spans)
    return 0


if __name__ == "__main__":
    sys.exit(main())
