"""Start a throw-away companion for tools (eval, bench, soak): free port, own token, own config."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[1]
ST = REPO / ".venv" / "bin" / "second-thought"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_warm(url: str, token: str | None, limit_s: float = 60) -> None:
    """Until the companion's background start-up work is done (health ``warm``)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        with urllib.request.urlopen(urllib.request.Request(url + "/v1/health", headers=headers), timeout=5) as r:
            if json.load(r).get("warm", True):  # vanilla Presidio has no such field
                return
        time.sleep(0.05)


@contextlib.contextmanager
def running_companion(extra_config: str = "", stderr=None) -> Iterator[tuple[str, str, subprocess.Popen]]:
    """Yields (url, token, process); stops the process afterwards."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="st-tool-") as tmp:
        token_file = Path(tmp) / "token"
        config = Path(tmp) / "config.toml"
        config.write_text(f'port = {port}\ntoken_file = "{token_file}"\nlog_level = "warning"\n{extra_config}\n', encoding="utf-8")
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        started = time.perf_counter()
        proc = subprocess.Popen([str(ST), "--config", str(config), "serve"], env=env,
                                stdout=subprocess.DEVNULL, stderr=stderr if stderr is not None else subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"the companion exited with status {proc.returncode}")
                try:
                    with urllib.request.urlopen(url + "/v1/health", timeout=2) as r:
                        json.load(r)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError("the companion did not become ready in 120 s") from None
                    time.sleep(0.05)
            proc.ready_s = time.perf_counter() - started  # type: ignore[attr-defined]
            yield url, token_file.read_text().strip(), proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    with running_companion() as (url, token, proc):
        print(url, token)
        sys.stdout.flush()
        proc.wait()
