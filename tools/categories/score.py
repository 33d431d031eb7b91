#!/usr/bin/env python3
"""Score the text detectors in-process against a labelled drafts file.

    .venv/bin/python tools/categories/score.py [--drafts FILE] [--all] [--misses] [--latency]

Runs every Detector subclass found in ``second_thought.engine.detectors`` on
each draft and counts item-level precision/recall per category the same way
``/work/shared/eval/run_eval.py`` does: categories listed under ``allow`` are
skipped for that item; the benign false-positive rate is the share of benign
items (``expect == []`` and no ``allow``) with a medium or high finding. A
detection without its own severity takes its rule's default from
``shared-rules/rules/<rule>.yaml``.

``--misses`` prints item ids (never texts) of misses and false alarms, to look
at by hand. Nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "companion"))

import yaml  # noqa: E402

from second_thought.engine import detectors as pkg  # noqa: E402
from second_thought.engine.types import CATEGORIES, Detector, DraftContext  # noqa: E402

MINE = ("id_document", "assessment_material", "academic_misconduct", "defamation", "confidential",
        "complaint_or_legal", "speaking_for_university", "consent_media", "location", "impersonation",
        "copyright", "professional_conduct")
RANK = {"low": 0, "medium": 1, "high": 2}
DEFAULT_DRAFTS = Path("/work/shared/eval/samples/drafts.jsonl")


def load_detectors() -> list[Detector]:
    found = []
    for info in pkgutil.iter_modules(pkg.__path__):
        mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
        for _, cls in inspect.getmembers(mod, inspect.isclass):
            if issubclass(cls, Detector) and cls is not Detector and cls.__module__ == mod.__name__ \
                    and not cls.__name__.startswith("_"):
                found.append(cls())
    return found


def rule_severities() -> dict[str, str]:
    out = {}
    for path in (ROOT / "shared-rules" / "rules").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out[path.stem] = data.get("severity", "medium")
    return out


def context_of(item: dict) -> DraftContext:
    c = item.get("context") or {}
    return DraftContext(role=c.get("role", "student"), audience=c.get("audience", "unknown"),
                        site=c.get("site"), pack_id=c.get("policy", "dmu-student"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=Path, default=DEFAULT_DRAFTS)
    ap.add_argument("--all", action="store_true", help="report all 15 categories, not only this helper's")
    ap.add_argument("--misses", action="store_true", help="list ids of misses and false alarms")
    ap.add_argument("--latency", action="store_true", help="time the detectors on 280-character drafts")
    args = ap.parse_args()

    dets = load_detectors()
    sev = rule_severities()
    items = [json.loads(line) for line in args.drafts.read_text(encoding="utf-8").splitlines() if line.strip()]
    cats = CATEGORIES if args.all else MINE
    counts = {c: {"tp": 0, "fp": 0, "fn": 0} for c in cats}
    benign = benign_fp = 0
    misses: dict[str, list[str]] = {c: [] for c in cats}
    extras: dict[str, list[str]] = {c: [] for c in cats}
    unknown_rules: set[str] = set()
    for it in items:
        ctx = context_of(it)
        findings = []
        for d in dets:
            for f in d.detect(it["text"], ctx):
                s = f.severity or sev.get(f.rule)
                if s is None:
                    unknown_rules.add(f.rule)
                    s = "medium"
                findings.append((f.category, s, f.rule))
        scope = set(it.get("scope") or CATEGORIES)
        allow = set(it.get("allow") or [])
        expect = set(it["expect"]) & scope
        pred = {c for c, _, _ in findings if c in scope}
        for c in cats:
            if c not in scope or c in allow:
                continue
            g, p = c in expect, c in pred
            if g and p:
                counts[c]["tp"] += 1
            elif p:
                counts[c]["fp"] += 1
                extras[c].append(it["id"] + ":" + ",".join(r for cc, _, r in findings if cc == c))
            elif g:
                counts[c]["fn"] += 1
                misses[c].append(it["id"])
        if not expect and not (allow & scope):
            benign += 1
            if any(RANK[s] >= 1 for c, s, _ in findings if c in cats and c in scope):
                benign_fp += 1

    print(f"{len(items)} drafts from {args.drafts}, {len(dets)} detectors")
    print(f"{'category':26} {'P':>5} {'R':>5} {'tp':>3} {'fp':>3} {'fn':>3}")
    for c in cats:
        k = counts[c]
        p = k["tp"] / (k["tp"] + k["fp"]) if k["tp"] + k["fp"] else float("nan")
        r = k["tp"] / (k["tp"] + k["fn"]) if k["tp"] + k["fn"] else float("nan")
        print(f"{c:26} {p:5.2f} {r:5.2f} {k['tp']:3} {k['fp']:3} {k['fn']:3}")
        if args.misses and (misses[c] or extras[c]):
            print(f"    missed: {' '.join(misses[c])}    false alarms: {' '.join(extras[c])}")
    print(f"benign items: {benign}; with a medium/high finding in these categories: {benign_fp}"
          f" ({benign_fp / benign:.1%})" if benign else "no benign items")
    if unknown_rules:
        print("rules without a yaml file (counted as medium):", ", ".join(sorted(unknown_rules)))

    if args.latency:
        from second_thought.engine.detectors._common import one_draft

        texts = [(it["text"] * 8)[:280] for it in items]
        ctxs = [context_of(it) for it in items]
        mine = [d for d in dets if any(r.split(".")[0] in {"assessment", "misconduct", "defamation", "confidential",
                                                             "complaint", "speaking", "consent", "location",
                                                             "impersonation", "copyright", "conduct", "id_document"}
                                       for r in d.rules)]
        for t, c in zip(texts, ctxs):  # warm up
            for d in mine:
                d.detect(t, c)
        per = []
        for _ in range(5):
            for t, c in zip(texts, ctxs):
                # CPU time of this process: other jobs on the machine do not count
                t0 = time.process_time()
                with one_draft(t):  # as the engine does: one prepared copy of the draft for every detector
                    for d in mine:
                        d.detect(t, c)
                per.append((time.process_time() - t0) * 1000)
        per.sort()
        print(f"CPU time of {len(mine)} category detectors per 280-char draft: "
              f"median {statistics.median(per):.3f} ms, p95 {per[int(len(per) * 0.95)]:.3f} ms, max {per[-1]:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
