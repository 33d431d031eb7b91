"""`make soak`: a bounded loopback load on a fresh companion.

20 concurrent clients post sample-shaped drafts for 10 minutes (`--minutes`
for less), then it prints errors, latency p50/p95/p99 per minute and the
companion's RSS at the start and the end. Traffic goes to 127.0.0.1 only and
stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from companion import running_companion  # noqa: E402
from run import drafts_of, pct, rss_mb  # noqa: E402


async def client(session: aiohttp.ClientSession, url: str, token: str, texts: list[str], stop: float, out: list, k: int) -> None:
    i = k
    while time.monotonic() < stop:
        text = texts[i % len(texts)]
        i += 7
        t = time.monotonic()
        try:
            async with session.post(url + "/v1/check", json={"text": text}, headers={"Authorization": f"Bearer {token}"}) as r:
                await r.read()
                out.append((t, (time.monotonic() - t) * 1000, r.status))
        except aiohttp.ClientError:
            out.append((t, (time.monotonic() - t) * 1000, 0))


async def soak(url: str, token: str, clients: int, seconds: float) -> list:
    texts = drafts_of(280, 50) + drafts_of(2000, 10)
    out: list = []
    stop = time.monotonic() + seconds
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        await asyncio.gather(*(client(session, url, token, texts, stop, out, k) for k in range(clients)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--minutes", type=float, default=10.0, help="how long (default 10)")
    ap.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    args = ap.parse_args()
    with running_companion(extra_config="[limits]\nqueue_size = 64") as (url, token, proc):
        # Warm up, then measure RSS at the start of the load.
        asyncio.run(soak(url, token, 2, 3))
        rss_start = rss_mb(proc.pid)
        t0 = time.monotonic()
        results = asyncio.run(soak(url, token, args.clients, args.minutes * 60))
        rss_end = rss_mb(proc.pid)
    errors = [r for r in results if r[2] != 200]
    print(f"\n{len(results)} requests from {args.clients} clients in {args.minutes:g} min; errors: {len(errors)}"
          + (f" (statuses {sorted({e[2] for e in errors})})" if errors else ""))
    print(f"{'minute':>6} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    span = max(60.0, args.minutes * 60 / 10) if args.minutes >= 1 else args.minutes * 60 / 4
    bucket = 0
    while True:
        lo, hi = t0 + bucket * span, t0 + (bucket + 1) * span
        lat = [r[1] for r in results if lo <= r[0] < hi and r[2] == 200]
        if not lat and lo > t0 + args.minutes * 60:
            break
        if lat:
            print(f"{bucket * span / 60:6.1f} {len(lat):9d} {pct(lat, 50):8.1f} {pct(lat, 95):8.1f} {pct(lat, 99):8.1f}")
        bucket += 1
    growth = (rss_end - rss_start) / rss_start * 100
    print(f"RSS start {rss_start:.0f} MB, end {rss_end:.0f} MB, growth {growth:+.1f}% (budget < 10%)")
    return 1 if errors or growth >= 10 else 0


if __name__ == "__main__":
    sys.exit(main())
