"""Shared scenarios, run in every editor's test page against a real companion.

Each editor page (pages/src/<editor>.js) is discovered automatically; every
scenario below runs in each of them. No retries: a flaky test is a bug.
"""

from __future__ import annotations

from conftest import SCREENSHOTS
from editor_page import DRAFT, NUMBER, assert_under


def test_typing_a_phone_number_underlines_exactly_the_number_within_a_second(editor):
    editor.type(DRAFT)
    took = editor.wait_aligned(NUMBER, timeout=1.0)
    assert took <= 1.0
    [mark] = editor.marks()
    badge = editor.badge()
    assert badge and badge["text"] == "1" and "1 warning" in badge["label"]
    assert mark["severity"] in ("high", "medium", "low") and badge["severity"] == mark["severity"]


def test_the_card_names_the_clause_and_quotes_the_policy(editor):
    editor.type(DRAFT)
    editor.wait_marks()
    editor.click_mark()
    card = editor.wait_card()
    assert card["role"] == "dialog" and card["labelledby"]
    assert "phone number" in card["message"].lower()
    assert card["quote"].strip("“”"), "the card quotes no policy clause"
    assert "clause" in card["clause"], card
    assert not card["offline"]
    editor.screenshot(SCREENSHOTS / f"{editor.editor}-warning-card.png")


def test_the_underline_follows_the_number_when_typing_before_it(editor):
    editor.type(DRAFT)
    editor.wait_marks()
    before = editor.marks()[0]
    editor.to_start()
    editor.type("Hi! ")
    # Moved with the text at once, before the companion has answered again.
    editor.wait_aligned(NUMBER, timeout=0.25)
    assert editor.marks()[0]["left"] > before["left"] + 5
    # And still right once the companion has answered for the new text.
    editor.page.wait_for_timeout(600)
    assert_under(editor.marks(), editor.text_rects(NUMBER))


def test_the_underline_goes_when_the_number_is_deleted(editor):
    editor.type(DRAFT)
    editor.wait_marks()
    editor.to_end()
    editor.press("Backspace", len(NUMBER))
    editor.wait_no_marks(timeout=1.0)
    assert editor.badge() is None
    editor.page.wait_for_timeout(600)  # the next answer must not bring it back
    assert editor.marks() == []


def test_ignore_hides_the_warning_for_this_draft(editor):
    editor.type(DRAFT)
    editor.wait_marks()
    editor.click_mark()
    editor.wait_card()
    editor.overlay_click(".card button.ignore")
    editor.wait_no_marks(timeout=0.5)
    assert editor.card() is None and editor.badge() is None
    editor.focus()
    editor.to_end()
    editor.type(" thanks")
    editor.page.wait_for_timeout(700)
    assert editor.marks() == [], "an ignored warning came back while writing the same draft"


def test_the_editor_state_is_unchanged_by_warnings(editor):
    editor.type(DRAFT)
    assert editor.marks() == [], "warnings were drawn before the state could be read"
    before = editor.value()
    editor.wait_marks()
    editor.click_mark()
    editor.wait_card()
    editor.page.keyboard.press("Escape")
    assert editor.value() == before
    assert editor.plain_text() == DRAFT


def test_offsets_hold_across_paragraphs_and_emoji(editor):
    editor.type("Party 🎉 tonight!")
    editor.press("Enter")
    editor.type(f"ring {NUMBER} for the address")
    editor.wait_aligned(NUMBER)
    assert editor.plain_text() == f"Party 🎉 tonight!\nring {NUMBER} for the address"


def test_the_underline_stays_aligned_when_the_page_scrolls_and_the_box_resizes(editor):
    editor.type(DRAFT)
    editor.wait_marks()
    editor.page.mouse.wheel(0, 120)
    editor.page.wait_for_function("() => window.scrollY > 0")
    editor.wait_aligned(NUMBER, timeout=0.25)
    # Narrow the box so the line wraps inside the number.
    editor.page.evaluate("() => { document.getElementById('box').style.width = '190px'; }")
    editor.wait_aligned(NUMBER, timeout=0.25)
    assert len({round(r["top"]) for r in editor.text_rects(NUMBER)}) == 2, "the number should now wrap"
