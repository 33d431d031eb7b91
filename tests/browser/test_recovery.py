"""The extension notices by itself that the companion is back: no typing,
no popup; the open draft gets the companion's full warnings."""

from __future__ import annotations

from editor_page import DRAFT, NUMBER, EditorPage

BADGE_STATE = """() => {
  const b = document.querySelector('[data-second-thought=overlay]')?.shadowRoot.querySelector('.badge');
  return b && !b.hidden ? b.dataset.offline : 'none';
}"""


def test_warnings_turn_full_by_themselves_when_the_companion_returns(browser_page, pages_url, companion_running):
    companion = companion_running
    editor = EditorPage.open(browser_page, pages_url, "textarea")
    editor.focus()
    companion.stop()
    editor.type(DRAFT)
    editor.wait_aligned(NUMBER)
    assert editor.page.evaluate(BADGE_STATE) == "true"
    companion.start()
    # Health polling backs off 1, 2, 4, 8 s while offline: the answer comes within one step of it.
    editor.page.wait_for_function(f"() => ({BADGE_STATE})() === 'false'", timeout=12000)
    editor.wait_aligned(NUMBER)
