"""What the browser tests and the benchmark share: the editor pages and
their server, a real companion process, Chromium with the extension."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PAGES = Path(__file__).resolve().parent / "pages"
DIST = PAGES / "dist"
CHROMIUM = os.environ.get("SECOND_THOUGHT_CHROMIUM", "/usr/bin/chromium")
EXTENSION_ID = "medncnfpmieajggdfngbkcnmnfihfddk"
EDITORS = sorted(p.stem for p in (PAGES / "src").glob("*.js") if not p.name.startswith("_"))
# Copies of real sites' compose boxes (pages/sites/<site>.html), one per profile in extension/content/sites/.
SITES = sorted(p.stem for p in (PAGES / "sites").glob("*.html") if not p.name.startswith("_"))


class HarnessError(RuntimeError):
    """Something the tests need could not be set up; the message says what."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_pages() -> None:
    """Bundle the editor pages when dist/ is missing or older than its sources."""
    sources = [*PAGES.glob("src/*.js"), *PAGES.glob("sites/*"), PAGES / "template.html", PAGES / "build.mjs"]
    newest = max(p.stat().st_mtime for p in sources)
    built = [*(DIST / f"{e}.html" for e in EDITORS), *(DIST / "sites" / f"{s}.html" for s in SITES)]
    if all(p.exists() and p.stat().st_mtime >= newest for p in built):
        return
    if not (ROOT / "node_modules" / "esbuild").exists():
        raise HarnessError("editor packages missing: run `npm ci` at the repository root")
    subprocess.run(["node", str(PAGES / "build.mjs")], cwd=ROOT, check=True, capture_output=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output readable
        pass


@contextlib.contextmanager
def serve_pages() -> Iterator[str]:
    """Serve tests/browser/pages/dist/ on 127.0.0.1; yields the base URL."""
    build_pages()
    handler = functools.partial(_QuietHandler, directory=str(DIST))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Companion:
    """A real `second-thought serve` process on a fixed port, stoppable and restartable."""

    def __init__(self, port: int, home: Path):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None
        self.stopped_once = False
        # Its own config and token file: never the person's ~/.config/second-thought.
        config = home / "config.toml"
        config.write_text("# browser tests: defaults only\n")
        self.env = {**os.environ, "OMP_THREAD_LIMIT": "1", "XDG_CONFIG_HOME": str(home), "SECOND_THOUGHT_CONFIG": str(config)}
        exe = Path(sys.executable).with_name("second-thought")
        # $SECOND_THOUGHT_SERVE runs another build of the companion (e.g. an installed one).
        program = os.environ.get("SECOND_THOUGHT_SERVE", str(exe) if exe.exists() else "second-thought").split()
        self.command = [*program, "serve", "--host", "127.0.0.1", "--port", str(port)]

    def health(self, timeout: float = 1.0) -> dict | None:
        try:
            with urllib.request.urlopen(self.url + "/v1/health", timeout=timeout) as response:
                return json.load(response)
        except OSError:
            return None

    def start(self, wait: float = 90.0) -> None:
        self.proc = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
        )
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace")[-2000:]
                self.proc = None
                if "already in use" in err and self.stopped_once:
                    err += ("\n(The port is free but holds TIME_WAIT connections from the last run: the companion's"
                            " port probe in second_thought/startup.py must set SO_REUSEADDR, as aiohttp's own bind does.)")
                raise HarnessError(f"companion exited:\n{err}")
            if self.health():
                return
            time.sleep(0.1)
        self.stop()
        raise HarnessError(f"companion did not answer /v1/health within {wait} s")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.stopped_once = True
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None
        # The port must be refusing connections before a test relies on it.
        deadline = time.monotonic() + 5
        while self.health(timeout=0.2) and time.monotonic() < deadline:
            time.sleep(0.05)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


@contextlib.contextmanager
def launch(playwright, companion_url: str):
    """Chromium (headless, fresh profile) with the unpacked extension pointed at `companion_url`.

    Yields the persistent context; its `extension_worker` is the service worker.
    """
    profile = tempfile.mkdtemp(prefix="second-thought-profile-")
    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--disable-extensions-except={EXTENSION}",
        f"--load-extension={EXTENSION}",
    ]
    context = playwright.chromium.launch_persistent_context(
        profile, executable_path=CHROMIUM, headless=True, args=args, viewport={"width": 900, "height": 700}, color_scheme="light"
    )
    try:
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        if not worker.url.startswith(f"chrome-extension://{EXTENSION_ID}/"):
            raise HarnessError(f"unexpected extension id: {worker.url}")
        worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", companion_url)
        # A fresh profile answers its first managed-storage read only after
        # Chromium has loaded policies (~3 s); a person's browser has done
        # that long before they type, so wait for it once here.
        worker.evaluate("() => chrome.storage.managed.get(null).catch(() => null)")
        context.extension_worker = worker
        yield context
    finally:
        context.close()
        shutil.rmtree(profile, ignore_errors=True)
