"""The popup: connection, version, pack and role; pausing on a site."""

from __future__ import annotations

import json

from editor_page import DRAFT, NUMBER
from harness import EXTENSION


def test_the_popup_shows_the_connected_companion_its_version_the_pack_and_the_role(popup, companion_running):
    p = popup()
    status = p.wait_status("connected")
    health = companion_running.health()
    assert health["version"] in status
    version = json.loads((EXTENSION / "manifest.json").read_text())["version"]
    assert p.field("version") == f"extension {version}"
    # The pack in use is the companion's default, shown by its name, not its id.
    assert p.field("pack") and p.field("pack") != health["policies"][0]
    assert p.field("role") == "student"
    assert p.field("site") == "127.0.0.1"


def test_pausing_on_a_site_stops_the_warnings_there_and_resuming_brings_them_back(editor, popup):
    p = popup()
    p.wait_status("connected")
    p.page.check("#pause")
    p.page.wait_for_function("() => document.getElementById('pause').checked")
    try:
        editor.page.bring_to_front()
        editor.focus()
        editor.type(DRAFT)
        editor.page.wait_for_timeout(800)
        assert editor.marks() == [] and editor.badge() is None
    finally:
        p.page.uncheck("#pause")
    # Settings changes reach open tabs: the draft is checked again at once.
    editor.wait_aligned(NUMBER, timeout=1.0)
