"""IT presets the extension by browser policy: Chromium reads
/etc/chromium/policies/managed/, the extension gets the companion address,
pack and role from managed storage, and shows them locked.

Writing to /etc needs root, so the test runs only as root, and always removes
its policy file again.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from conftest import EXTENSION_ID, SCREENSHOTS
from harness import free_port, launch

POLICY_DIR = Path("/etc/chromium/policies/managed")
POLICY_FILE = POLICY_DIR / "second-thought-test.json"

pytestmark = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="writes Chromium's managed policy in /etc/chromium/policies/managed (needs root)")


def in_own_thread(fn):
    """Runs `fn` in a thread of its own: the session's browser may already hold
    Playwright's sync API in this thread, and this test needs a second Chromium
    started after its policy file exists."""
    result: dict = {}

    def target():
        try:
            result["value"] = fn()
        except BaseException as exc:  # re-raised in the test's thread
            result["error"] = exc

    t = threading.Thread(target=target)
    t.start()
    t.join(timeout=180)
    assert not t.is_alive(), "Chromium did not finish within 180 s"
    if "error" in result:
        raise result["error"]
    return result["value"]


def test_policy_sets_the_companion_address_pack_and_role_and_the_popup_shows_them_locked(companion_running):
    from playwright.sync_api import sync_playwright

    from editor_page import Popup

    companion = companion_running
    packs = {p: None for p in companion.health()["policies"]}
    assert "derby-student" in packs
    managed = {"companionUrl": companion.url, "pack": "derby-student", "role": "staff", "allowPause": False}
    # The person's own setting points at a port where nothing listens: only
    # the managed address can connect the extension.
    own_url = f"http://127.0.0.1:{free_port()}"
    existed = POLICY_DIR.exists()
    POLICY_DIR.mkdir(parents=True, exist_ok=True)
    try:
        POLICY_FILE.write_text(json.dumps({"3rdparty": {"extensions": {EXTENSION_ID: managed}}}))

        def drive():
            SCREENSHOTS.mkdir(exist_ok=True)
            with sync_playwright() as p, launch(p, own_url) as context:
                seen = context.extension_worker.evaluate("() => chrome.storage.managed.get(null)")

                page = context.new_page()
                popup = Popup.open(page, EXTENSION_ID, "127.0.0.1")
                status = popup.wait_status("connected", timeout=10)
                shown = page.evaluate("""() => {
                  const el = id => document.getElementById(id);
                  return {pack: el('pack').textContent, packLocked: el('pack').classList.contains('locked'),
                          role: el('role').textContent, roleLocked: el('role').classList.contains('locked'),
                          pauseDisabled: el('pause').disabled, pauseNote: el('pause-note').hidden ? '' : el('pause-note').textContent};
                }""")
                page.screenshot(path=str(SCREENSHOTS / "managed-popup.png"))

                page.goto(f"chrome-extension://{EXTENSION_ID}/options/options.html")
                page.wait_for_function("() => document.getElementById('status').textContent.startsWith('connected')", timeout=10_000)
                page.wait_for_function("() => document.getElementById('pack').value === 'derby-student'", timeout=5_000)
                options = page.evaluate("""() => Object.fromEntries(['companionUrl', 'pack', 'role'].map(k => [k, {
                  value: document.getElementById(k).value, disabled: document.getElementById(k).disabled,
                  locked: document.getElementById(k + '-label').classList.contains('locked')}]))""")
                page.screenshot(path=str(SCREENSHOTS / "managed-options.png"), full_page=True)

                page.set_viewport_size({"width": 900, "height": 1150})
                page.goto("chrome://policy")
                # The extension's section is filled in after the page loads.
                page.get_by_text("companionUrl").first.wait_for(timeout=5_000)
                policy_page = page.evaluate("""() => {
                  const walk = n => (n.shadowRoot ? walk(n.shadowRoot) : '') + [...n.childNodes].map(c =>
                    c.nodeType === 3 ? c.data : c.nodeType === 1 || c.nodeType === 11 ? walk(c) : '').join(' ');
                  return walk(document.body);
                }""")
                page.screenshot(path=str(SCREENSHOTS / "chrome-policy.png"))
                return seen, status, shown, options, policy_page

        seen, status, shown, options, policy_page = in_own_thread(drive)
    finally:
        POLICY_FILE.unlink(missing_ok=True)
        if not existed:
            for d in (POLICY_DIR, POLICY_DIR.parent):
                try:
                    d.rmdir()
                except OSError:
                    break
    assert not POLICY_FILE.exists()

    # Chromium read the folder and handed the extension exactly the policy.
    assert seen == managed
    # Connected through the managed address, i.e. the test companion's port.
    assert status.startswith("connected") and companion.health()["version"] in status
    assert shown["pack"] == "University of Derby Student Social Media Guidance" and shown["packLocked"]
    assert shown["role"] == "staff" and shown["roleLocked"]
    assert shown["pauseDisabled"] and shown["pauseNote"] == "Pausing is turned off by your IT team."
    # The settings page shows the address with the port, and nothing IT set can be changed.
    assert options["companionUrl"]["value"] == companion.url and str(companion.port) in options["companionUrl"]["value"]
    assert options["pack"]["value"] == "derby-student" and options["role"]["value"] == "staff"
    assert all(o["disabled"] and o["locked"] for o in options.values()), options
    # chrome://policy lists the extension's policy, which is how IT verifies a rollout.
    text = " ".join(policy_page.split())
    assert f"Second Thought {EXTENSION_ID}" in text
    for key, value in managed.items():
        shown_value = json.dumps(value) if isinstance(value, bool) else value
        assert f"{key} {shown_value} Platform Machine Mandatory OK" in text, f"{key} is not listed as applied in chrome://policy"
