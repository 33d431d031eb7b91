"""`make fuzz`: schemathesis against a running companion's /v1/openapi.json; any 5xx fails.

The full run (default) generates at least 10,000 requests; `make test` runs a
small one through tests/test_robustness.py.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from companion import running_companion  # noqa: E402

ST = Path(__file__).resolve().parents[1] / ".venv/bin/schemathesis"


def fuzz(examples: int, seed: int | None = None) -> tuple[int, int, str]:
    """(generated cases, failures, output)."""
    with running_companion() as (url, token, _):
        cmd = [str(ST), "run", url + "/v1/openapi.json", "-n", str(examples), "--checks", "not_a_server_error",
               "-H", f"Authorization: Bearer {token}", "--generation-codec", "utf-8", "--request-timeout", "60"]
        if seed is not None:
            cmd += ["--seed", str(seed)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    out = proc.stdout + proc.stderr
    generated = int(m.group(1)) if (m := re.search(r"(\d+) generated", out)) else 0
    failed = 0 if proc.returncode == 0 else 1
    return generated, failed, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", "--examples", type=int, default=3000, help="examples per operation and phase in one round (default 3000)")
    ap.add_argument("--target", type=int, default=10_000, help="rounds with new seeds run until this many requests were generated (default 10,000)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    total, seed, failed = 0, args.seed, 0
    while total < args.target and not failed:
        generated, failed, out = fuzz(args.examples, seed)
        total += generated
        print(f"round with seed {seed}: {generated} requests ({total} so far), {'SERVER ERROR' if failed else 'no 5xx'}", flush=True)
        if failed or generated == 0:
            print(out[-4000:])
            break
        seed += 1
    print(f"fuzz: {total} generated requests, {'a server error was found' if failed else '0 responses with status >= 500'}")
    return 1 if failed or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
