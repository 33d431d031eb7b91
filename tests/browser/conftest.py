"""Fixtures for the browser tests: the editor pages, a real companion
process, and Debian's Chromium with the unpacked extension loaded.

No retries anywhere: a flaky test is a bug (see ../../shared/STYLE.md).
"""

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
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PAGES = Path(__file__).resolve().parent / "pages"
DIST = PAGES / "dist"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = os.environ.get("SECOND_THOUGHT_CHROMIUM", "/usr/bin/chromium")
EXTENSION_ID = "medncnfpmieajggdfngbkcnmnfihfddk"
EDITORS = sorted(p.stem for p in (PAGES / "src").glob("*.js") if not p.name.startswith("_"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_pages() -> None:
    """Bundle the editor pages when dist/ is missing or older than its sources."""
    sources = [*PAGES.glob("src/*.js"), PAGES / "template.html", PAGES / "build.mjs"]
    newest = max(p.stat().st_mtime for p in sources)
    built = [DIST / f"{e}.html" for e in EDITORS]
    if all(p.exists() and p.stat().st_mtime >= newest for p in built):
        return
    if not (ROOT / "node_modules" / "esbuild").exists():
        pytest.fail("editor packages missing: run `npm ci` at the repository root", pytrace=False)
    subprocess.run(["node", str(PAGES / "build.mjs")], cwd=ROOT, check=True, capture_output=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output readable
        pass


@pytest.fixture(scope="session")
def pages_url():
    """Base URL of a local server for tests/browser/pages/dist/."""
    build_pages()
    handler = functools.partial(_QuietHandler, directory=str(DIST))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class Companion:
    """A real `second-thought serve` process on a fixed port, stoppable and restartable."""

    def __init__(self, port: int, home: Path):
        self.port = port
        # Its own config and token file: the tests never read or write the
        # person's ~/.config/second-thought.
        self.env = {**os.environ, "OMP_THREAD_LIMIT": "1", "XDG_CONFIG_HOME": str(home),
                    "SECOND_THOUGHT_CONFIG": str(home / "config.toml")}
        (home / "config.toml").write_text(f'allowed_extension_ids = ["{EXTENSION_ID}"]\n')
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None
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
                pytest.fail(f"companion exited with {self.proc.returncode}:\n{err}", pytrace=False)
            if self.health():
                return
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"companion did not answer /v1/health within {wait} s", pytrace=False)

    def stop(self) -> None:
        if self.proc is None:
            return
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


@pytest.fixture(scope="session")
def companion(tmp_path_factory):
    """The real companion process for the whole session (tests may stop and restart it)."""
    server = Companion(free_port(), tmp_path_factory.mktemp("companion-home"))
    server.start()
    yield server
    server.stop()


@pytest.fixture()
def companion_running(companion):
    """A test that needs the companion up gets it up, even after an offline test."""
    if not companion.running:
        companion.start()
    return companion


@pytest.fixture(scope="session")
def browser_context(companion):
    """Chromium with the extension, pointed at the test companion."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(exist_ok=True)
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
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=args,
            viewport={"width": 900, "height": 700},
            color_scheme="light",
        )
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        assert worker.url.startswith(f"chrome-extension://{EXTENSION_ID}/"), worker.url
        worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", companion.url)
        # A fresh profile answers its first managed-storage read only after
        # Chromium has loaded policies (~3 s); a person's browser has done
        # that long before they type, so the tests wait for it once here.
        worker.evaluate("() => chrome.storage.managed.get(null).catch(() => null)")
        context.extension_worker = worker
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def browser_page(browser_context):
    page = browser_context.new_page()
    yield page
    page.close()


@pytest.fixture(params=EDITORS)
def editor(request, browser_page, pages_url, companion_running):
    """One editor's test page, focused, with the companion running."""
    from editor_page import EditorPage

    page = EditorPage.open(browser_page, pages_url, request.param)
    page.focus()
    return page


@pytest.fixture()
def popup(browser_context):
    """Opens the extension's popup as a page, for the site of the test pages."""
    from editor_page import Popup

    pages = []

    def open_popup():
        page = browser_context.new_page()
        pages.append(page)
        return Popup.open(page, EXTENSION_ID, "127.0.0.1")

    yield open_popup
    for page in pages:
        page.close()
