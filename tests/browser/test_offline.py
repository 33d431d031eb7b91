"""Companion down → offline warnings from the exported rules and an offline
popup; companion back → full warnings again. The companion is a real
process, stopped and started by these tests."""

from __future__ import annotations

from editor_page import DRAFT, NUMBER


def test_companion_down_gives_the_offline_warning_and_status_and_back_gives_full_warnings(editor, companion, popup):
    companion.stop()
    editor.type(DRAFT)
    assert editor.wait_aligned(NUMBER, timeout=1.0) <= 1.0
    assert editor.badge()["offline"] is True
    editor.click_mark()
    card = editor.wait_card()
    assert card["offline"], "the card should say the check ran without the companion"
    assert "phone number" in card["message"].lower()
    assert popup().wait_status("offline", timeout=2.0)

    companion.start()
    editor.page.bring_to_front()  # a background tab gets no animation frames
    # Back to writing the way a person does: a click just past the end of the
    # text, which also closes the card. (The centre of the compose box, where
    # editor.focus() clicks, lies under the open card.)
    end = editor.text_rects(NUMBER)[-1]
    editor.page.mouse.click(end["right"] + 24, (end["top"] + end["bottom"]) / 2)
    editor.wait_card("card => card === null")
    editor.to_end()
    editor.type(" please")  # the next check reaches the companion again
    assert editor.plain_text().endswith(f"{NUMBER} please"), editor.plain_text()
    editor.page.wait_for_function(
        "() => { const b = document.querySelector('[data-second-thought=overlay]').shadowRoot.querySelector('.badge');"
        " return b && !b.hidden && b.dataset.offline === 'false'; }",
        timeout=1500,
    )
    editor.wait_aligned(NUMBER)
    editor.click_mark()
    card = editor.wait_card()
    assert not card["offline"] and "clause" in card["clause"]
    assert popup().wait_status("connected", timeout=2.0)
