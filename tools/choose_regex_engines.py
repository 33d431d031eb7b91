#!/usr/bin/env python3
"""Write ``engine/data/regex_engines.json``: which regexes run on which engine.

Every regex the category detectors build (see ``engine/detectors/_common.py``)
is compiled on both engines, ``re`` and ``regex`` (V0, its re-compatible
mode), and timed on drafts made from the project's own hand-written corpus
(``tools/abuse/corpus/corpus.jsonl``; nothing from ``shared/eval``) at three
lengths, 280, 2,000 and 5,000 characters. A regex goes to ``regex`` when
that is at least ``--margin`` faster in total **and** both engines find
exactly the same matches on every one of those drafts; otherwise it stays on
``re``. The personal-data recognizers' patterns (``shared-rules/rules/*.yaml``,
written for ``regex``) are judged the other way round: one goes to ``re`` when
``re`` compiles it and is that much faster with the same matches. The choice
changes speed only, never a finding.

Timings move with the machine, so the file is not checked for being current:
re-run this after changing many patterns (a regex missing from the file just
runs on ``re``).

Usage: ``python tools/choose_regex_engines.py [--margin 0.9]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "companion"))
sys.path.insert(0, str(ROOT / "tools"))

from index_patterns import current  # noqa: E402  (builds every detector's patterns)

from second_thought.engine.detectors import _common  # noqa: E402

CORPUS = ROOT / "tools/abuse/corpus/corpus.jsonl"
SIZES = (280, 2000, 5000)
PER_SIZE = 12
#: Text where the engines' Unicode rules differ (``regex`` counts combining
#: marks and joiners as word characters): a regex must match it alike too.
EDGE = ["cafe\u0301 re\u0301sume\u0301 me\u0301 my\u0301 Cafe\u0301 Me\u0301",
        "zero\u200dwidth joiner\u200cnon",
        "\u0663\u0664 \u0969 room \u0661\u0662 07\u0667\u0660\u0660 900123",
        "STRASSE stra\u00dfe \u0130stanbul \u0131 K\u212a \u017f \ufb01le \u00c9COLE na\u00efve \u0394\u03b5\u03bb\u03c4\u03b1",
        "tabs\tand\u00a0nbsp\u2003em\u2028line\u2029para"]


def drafts(seed: int = 7) -> list[str]:
    """Drafts of each size, made by joining corpus items in a shuffled order."""
    items = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    random.Random(seed).shuffle(items)
    out, i = [], 0
    for size in SIZES:
        for _ in range(PER_SIZE):
            parts: list[str] = []
            while sum(len(p) + 1 for p in parts) < size:
                parts.append(items[i % len(items)])
                i += 1
            out.append("\n".join(parts)[:size])
    return out


def timed(pattern, subjects: list[str], every: bool = False) -> float:
    """Best of three: the first match in each subject, or every match (as the
    recognizers list them) with ``every``."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for s in subjects:
            if every:
                for _m in pattern.finditer(s):
                    pass
            else:
                pattern.search(s)
        best = min(best, time.perf_counter() - t)
    return best


def spans(pattern, subjects: list[str]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(s)] for s in subjects]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--margin", type=float, default=0.9,
                    help="use regex only when it takes at most this fraction of re's time (default 0.9)")
    args = ap.parse_args()
    current()
    texts = drafts()
    # A regex without IGNORECASE runs on the lower-cased draft (see Pat).
    lowered = [_common.lower_same_length(_common.fold(t)) for t in texts]
    folded = [_common.fold(t) for t in texts]
    same_on = {False: lowered + [_common.lower_same_length(_common.fold(t)) for t in EDGE],
               True: folded + [_common.fold(t) for t in EDGE]}
    chosen, seen, saved, total, differ = set(), set(), 0.0, 0.0, 0
    for run in list(_common._COMPILABLE):
        flags = regex.I if run.case else 0
        key = _common.engine_key(run.source, flags)
        if key in seen:
            continue
        seen.add(key)
        subjects = folded if run.case else lowered
        ours = re.compile(run.source, flags)
        theirs = regex.compile(run.source, flags | regex.V0)
        a, b = timed(ours, subjects), timed(theirs, subjects)
        total += a
        if b <= a * args.margin:
            if spans(ours, same_on[run.case]) != spans(theirs, same_on[run.case]):
                differ += 1
                continue
            chosen.add(key)
            saved += a - b
    # The recognizers' patterns, as RuleBook loads them from the rule files.
    from second_thought.rules import RuleBook

    to_re, rec_total, rec_saved, rec_seen = set(), 0.0, 0.0, set()
    for rule in RuleBook.load().rules.values():
        for pattern in rule.patterns:
            source = pattern.python_regex
            key = _common.engine_key(source, 0)
            if key in rec_seen:
                continue
            rec_seen.add(key)
            theirs = regex.compile(source)
            try:
                ours = re.compile(source)
            except re.error:
                continue  # needs regex (a variable-width lookbehind, say)
            a, b = timed(theirs, texts, every=True), timed(ours, texts, every=True)
            rec_total += a
            if b <= a * args.margin and spans(theirs, texts + EDGE) == spans(ours, texts + EDGE):
                to_re.add(key)
                rec_saved += a - b
    out = {"about": "regex: category-detector regexes that run on the regex engine; re: rule-file "
                    "patterns of the recognizers that run on re; written by tools/choose_regex_engines.py",
           "regex_version": regex.__version__, "margin": args.margin, "regex": sorted(chosen), "re": sorted(to_re)}
    _common.ENGINES_FILE.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {_common.ENGINES_FILE.relative_to(ROOT)}: {len(chosen)} of {len(seen)} regexes on regex "
          f"({differ} kept on re because the engines' matches differed); "
          f"time on the calibration drafts {total * 1000:.0f} ms -> {(total - saved) * 1000:.0f} ms; "
          f"{len(to_re)} of {len(rec_seen)} recognizer patterns on re, {rec_total * 1000:.0f} ms -> "
          f"{(rec_total - rec_saved) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
