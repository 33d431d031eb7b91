"""Images: an attachment chosen with the page's file input, pasted or dropped
into the compose box goes to the real companion; the box says it is being
checked, then the card shows the image's warning with a thumbnail, and a
post with it is held like a risky text. Runs in every editor page.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from conftest import SCREENSHOTS
from editor_page import OVERLAY
from harness import EDITORS

SAMPLE = Path("/work/shared/eval/samples/images/img_s001_idcard_round.jpg")
if not SAMPLE.exists():  # the shared samples live next to the repository elsewhere
    SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "samples" / "images" / SAMPLE.name

# Records every state the status pill showed, from before the attachment on.
WATCH_PILL_JS = f"""() => {{
  const root = {OVERLAY};
  window.__pill = [];
  const look = () => {{
    const p = root.querySelector('.pill');
    const t = p && !p.hidden ? p.textContent : '';
    if (window.__pill[window.__pill.length - 1] !== t) window.__pill.push(t);
  }};
  look();
  new MutationObserver(look).observe(root, {{subtree: true, childList: true, characterData: true, attributes: true}});
}}"""

IMAGE_CARD_JS = f"""() => {{
  const c = {OVERLAY}?.querySelector('.card');
  if (!c) return null;
  const img = c.querySelector('img.thumb');
  return {{category: c.dataset.category, title: c.querySelector('h2')?.textContent || '', message: c.querySelector('.message')?.textContent || '',
           thumb: img ? {{src: img.src.slice(0, 23), alt: img.alt, loaded: img.complete && img.naturalWidth > 0}} : null}};
}}"""

SENT_JS = "() => [...document.querySelectorAll('#sent li')].map(li => li.textContent)"


def wait_image_warnings(editor) -> dict:
    # The first image check of a fresh companion also loads its image models.
    editor.page.wait_for_function(f"() => {{ const b = {OVERLAY}?.querySelector('.badge'); return b && !b.hidden; }}", timeout=20000)
    return editor.badge()


def open_badge_card(editor) -> dict:
    editor.overlay_click(".badge")
    editor.page.wait_for_function(f"() => ({IMAGE_CARD_JS})() !== null", timeout=1000)
    return editor.page.evaluate(IMAGE_CARD_JS)


def test_an_id_card_chosen_with_the_file_input_is_checked_and_shown_with_its_thumbnail(editor):
    editor.page.evaluate(WATCH_PILL_JS)
    editor.page.set_input_files("#attach", str(SAMPLE))
    badge = wait_image_warnings(editor)
    editor.page.wait_for_function(f"() => {{ const p = {OVERLAY}.querySelector('.pill'); return p.hidden; }}", timeout=1000)
    states = editor.page.evaluate("() => window.__pill")
    assert "Checking image…" in states, states
    assert states[-1] == "", "the checking state did not go away"
    assert badge["severity"] == "high"
    card = open_badge_card(editor)
    assert card["category"] == "id_document", card
    assert "ID card" in card["title"]
    assert card["thumb"] and card["thumb"]["src"] == "data:image/jpeg;base64," and card["thumb"]["loaded"]
    assert editor.marks() == [], "an image warning underlined text"
    editor.screenshot(SCREENSHOTS / f"{editor.editor}-image-card.png")


def test_a_post_with_the_id_card_is_held_until_post_anyway(editor):
    editor.type("first day on campus!")
    editor.page.set_input_files("#attach", str(SAMPLE))
    wait_image_warnings(editor)
    editor.page.click("#send")
    editor.page.wait_for_function(f"() => !!{OVERLAY}?.querySelector('.confirm')", timeout=1000)
    text = editor.page.evaluate(f"() => {OVERLAY}.querySelector('.confirm').textContent")
    assert "ID card" in text
    assert editor.page.evaluate(f"() => !!{OVERLAY}.querySelector('.confirm img.thumb')")
    assert editor.page.evaluate(SENT_JS) == []
    editor.overlay_click(".confirm button.post")
    editor.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert editor.page.evaluate(SENT_JS) == ["first day on campus!"]


@pytest.mark.parametrize("how", ["paste", "drop"])
@pytest.mark.parametrize("name", [e for e in EDITORS if e in ("textarea", "lexical", "slate")])
def test_an_id_card_pasted_or_dropped_into_the_box_is_checked(browser_page, pages_url, companion_running, name, how):
    from editor_page import EditorPage

    editor = EditorPage.open(browser_page, pages_url, name)
    editor.focus()
    editor.page.evaluate(WATCH_PILL_JS)
    data = base64.b64encode(SAMPLE.read_bytes()).decode()
    editor.page.evaluate(
        """([selector, data, how]) => {
          const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
          const dt = new DataTransfer();
          dt.items.add(new File([bytes], 'card.jpg', {type: 'image/jpeg'}));
          const target = document.querySelector(selector);
          const event = how === 'paste'
            ? new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})
            : new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true});
          target.dispatchEvent(event);
        }""",
        [editor.selector, data, how],
    )
    wait_image_warnings(editor)
    assert "Checking image…" in editor.page.evaluate("() => window.__pill")
    card = open_badge_card(editor)
    assert card["category"] == "id_document"


def test_without_the_companion_the_box_says_the_image_was_not_checked(browser_page, pages_url, companion):
    from editor_page import EditorPage

    if not companion.running:
        companion.start()
    editor = EditorPage.open(browser_page, pages_url, "textarea")
    editor.focus()
    companion.stop()
    try:
        editor.page.set_input_files("#attach", str(SAMPLE))
        editor.page.wait_for_function(
            f"() => {{ const p = {OVERLAY}.querySelector('.pill'); return !p.hidden && /not checked/.test(p.textContent); }}",
            timeout=10000)
        assert editor.badge() is None
    finally:
        companion.start()
