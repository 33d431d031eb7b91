"""The shared scenarios in Firefox ESR (tests/firefox/*.test.mjs, node's test
runner with puppeteer-core over WebDriver BiDi), with the Firefox package of
the extension, the same pages and a real companion that needs its token."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import editor_page
from harness import EDITORS, ROOT, SITES
from recorder import recording

ID_CARD = ROOT.parent / "shared" / "eval" / "samples" / "images" / "img_s001_idcard_round.jpg"
FIREFOX = os.environ.get("SECOND_THOUGHT_FIREFOX_BIN", "/usr/bin/firefox-esr")
sys.path.insert(0, str(ROOT / "scripts"))
import package  # noqa: E402


def test_the_shared_scenarios_pass_in_firefox_esr(companion_running, pages_url, tmp_path):
    if not Path(FIREFOX).exists():
        pytest.fail(f"{FIREFOX} is missing: apt-get install firefox-esr", pytrace=False)
    if not (ROOT / "node_modules" / "puppeteer-core").exists():
        pytest.fail("puppeteer-core is missing: run `npm ci` at the repository root", pytrace=False)
    token = (Path(companion_running.env["XDG_CONFIG_HOME"]) / "second-thought" / "token").read_text().strip()
    with recording(companion_running.url) as (companion_url, _):
        result = _run_node(pages_url, companion_url, token, tmp_path)
    summary = [line for line in result.stdout.splitlines() if line.startswith(("# pass", "# fail", "not ok"))]
    assert result.returncode == 0, "\n".join(summary) + "\n\n" + result.stdout[-12000:] + result.stderr[-3000:]
    # Every scenario ran, in every page.
    counts = {k: int(v) for k, v in re.findall(r"^# (tests|pass|skipped|todo|cancelled) (\d+)$", result.stdout, re.M)}
    assert counts["tests"] == counts["pass"] and not (counts["skipped"] or counts["todo"] or counts["cancelled"]), counts
    ran = re.findall(r"^ok \d+ - (?:site )?(\w+): ", result.stdout, re.M)
    assert {name: ran.count(name) for name in EDITORS} == {name: 9 for name in EDITORS}, "scenarios per editor page"
    assert {name: ran.count(name) for name in SITES} == {name: 3 for name in SITES}, "scenarios per site page"


def _run_node(pages_url: str, companion_url: str, token: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """node --test tests/firefox/ against a companion reached through a recorder (the sites' audience is checked there)."""
    config = {
        "pages": pages_url,
        "companion": companion_url,
        "token": token,
        "extension": str(package.unpack_firefox(tmp_path / "firefox")),
        "editors": EDITORS,
        "sites": SITES,
        "idCard": str(ID_CARD),
        "js": {"marks": editor_page.MARKS_JS, "textRects": editor_page.TEXT_RECTS_JS, "card": editor_page.CARD_JS,
               "badge": editor_page.BADGE_JS},
    }
    env = {**os.environ, "SECOND_THOUGHT_FIREFOX": json.dumps(config), "PUPPETEER_SKIP_DOWNLOAD": "1",
           "HOME": str(tmp_path)}  # Firefox writes caches under $HOME
    try:
        return subprocess.run(["node", "--test", "--test-concurrency=1", str(ROOT / "tests" / "firefox")],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    finally:
        shutil.rmtree(tmp_path / "firefox", ignore_errors=True)
