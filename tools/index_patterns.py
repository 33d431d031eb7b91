#!/usr/bin/env python3
"""Write the category rules' pattern index, ``engine/data/pattern_index.json``.

Every regex alternative of the category detectors is analysed for the
prefilters of ``engine/detectors/_common.py`` (its leading word heads and the
literals every match contains). Parsing several thousand patterns is most of
the companion's start-up, so the answers are shipped in this index and only
trusted when it was built from the same ``_common.py`` (a hash of the file).
A missing or stale index changes no finding, only start-up time;
``tests/detectors/test_category_matching.py`` fails when it is stale.

Usage: ``python tools/index_patterns.py [--check]`` (after changing a
detector's patterns or ``_common.py``).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "companion"))

from second_thought.engine import detectors  # noqa: E402
from second_thought.engine.detectors import _common  # noqa: E402
from second_thought.engine.types import Detector  # noqa: E402


def current() -> dict:
    """The index for every alternative the detectors build today."""
    _common._INDEX = {}  # analyse everything afresh
    for info in pkgutil.iter_modules(detectors.__path__):
        module = importlib.import_module(f"{detectors.__name__}.{info.name}")
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, Detector) and obj is not Detector and obj.__module__ == module.__name__:
                obj()
    return _common.build_index(_common.SEEN)


def render(index: dict) -> str:
    return json.dumps(index, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed index is not current")
    args = ap.parse_args()
    text = render(current())
    if args.check:
        ok = _common.INDEX_FILE.exists() and _common.INDEX_FILE.read_text(encoding="utf-8") == text
        print("pattern index is current" if ok else f"pattern index is stale: run {Path(__file__).relative_to(ROOT)}")
        return 0 if ok else 1
    _common.INDEX_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {_common.INDEX_FILE.relative_to(ROOT)}: {len(json.loads(text)['pieces'])} alternatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
