"""Check image files from the command line (rules and reasons only).

    python -m second_thought.engine.images [--role staff] FILE...

Uses the project's text engine on the text read from each image when it can
be loaded, else only the image checks. Never prints the text it read.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..types import DraftContext
from . import ImageAnalyzer, ImageError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m second_thought.engine.images", description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--role", choices=["student", "staff"], default="student")
    ap.add_argument("--pack", default="dmu-student")
    args = ap.parse_args(argv)
    ctx = DraftContext(role=args.role, audience="public", pack_id=args.pack)
    try:
        from ...rules import RuleBook
        from ..core import Engine

        book = RuleBook.load()
        engine = Engine(book)
        pack = book.packs.get(args.pack)

        def text_detect(text: str):
            return engine.detect_text(text, ctx, pack, guesses=False)
    except Exception:

        def text_detect(text: str):
            return []

    analyzer = ImageAnalyzer()
    if not analyzer.ocr_available:
        print("OCR: not available (Tesseract not found)", file=sys.stderr)
    status = 0
    for path in args.files:
        t = time.perf_counter()
        try:
            img = analyzer.decode(path.read_bytes(), path.name)
        except ImageError as exc:
            print(f"{path.name}: refused ({exc.code}): {exc.message}")
            status = 1
            continue
        res = analyzer.analyze(img, path.name, ctx, text_detect)
        ms = (time.perf_counter() - t) * 1000
        print(f"{path.name}: {len(res.detections)} finding(s), {res.ocr_text_chars} characters read, {ms:.0f} ms")
        for d in res.detections:
            print(f"  {d.rule} [{d.category}{', ' + d.severity if d.severity else ''}] {d.reason or ''}")
        if res.notice:
            print(f"  notice: {res.notice}")
    analyzer.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
