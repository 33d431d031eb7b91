"""`make eval`: start a companion and score it with ../shared/eval/run_eval.py."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from companion import running_companion, wait_warm  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"), help="the shared/ folder")
    ap.add_argument("--only", choices=["samples", "external"], help="score one set only")
    ap.add_argument("--show-mistakes", type=int, default=0, help="print the ids of mistakes (N per category)")
    args = ap.parse_args()
    ev = Path(args.shared) / "eval"
    runs = []
    if args.only in (None, "samples"):
        runs.append(["--drafts", str(ev / "samples/drafts.jsonl"), "--images", str(ev / "samples/images.jsonl")])
    if args.only in (None, "external"):
        runs.append(["--drafts", str(ev / "external/davidson2017.jsonl"), "--drafts", str(ev / "external/gibert2018.jsonl")])
    status = 0
    with running_companion() as (url, token, _):
        wait_warm(url, token)  # latency figures for a settled companion, not its first second
        for extra in runs:
            cmd = [sys.executable, str(ev / "run_eval.py"), "--url", url, f"--token={token}", *extra]
            if args.show_mistakes:
                cmd += ["--show-mistakes", str(args.show_mistakes)]
            status |= subprocess.call(cmd)
    return status


if __name__ == "__main__":
    sys.exit(main())
