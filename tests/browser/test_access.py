"""Keyboard, screen readers and dark mode; the options page."""

from __future__ import annotations

from editor_page import DRAFT, NUMBER, EditorPage

ACTIVE = """() => {
  const host = document.querySelector('[data-second-thought=overlay]');
  const el = document.activeElement === host ? host.shadowRoot.activeElement : null;
  return el ? el.className : (document.activeElement?.tagName || '');
}"""
LIVE = "() => document.querySelector('[data-second-thought=overlay]').shadowRoot.querySelector('[aria-live]').textContent"


def test_the_warning_is_announced_and_reachable_from_the_keyboard(browser_page, pages_url, companion_running):
    editor = EditorPage.open(browser_page, pages_url, "textarea")
    editor.focus()
    editor.type(DRAFT)
    editor.wait_aligned(NUMBER)
    assert "1 warning" in editor.page.evaluate(LIVE)
    # The badge comes after the page's own controls in the tab order.
    for _ in range(10):
        editor.press("Tab")
        if editor.page.evaluate(ACTIVE) == "badge":
            break
    assert editor.page.evaluate(ACTIVE) == "badge", "the badge cannot be reached with Tab"
    editor.press("Enter")
    card = editor.wait_card()
    assert card["role"] == "dialog" and card["quote"]
    assert editor.page.evaluate(ACTIVE) == "ignore"
    editor.press("Escape")
    assert editor.card() is None
    assert editor.page.evaluate(ACTIVE) == "badge"
    editor.press("Enter")
    editor.wait_card()
    editor.press("Enter")  # Ignore has the focus
    editor.wait_no_marks()
    assert editor.value() == DRAFT


def test_the_card_follows_dark_mode(browser_page, pages_url, companion_running):
    browser_page.emulate_media(color_scheme="dark")
    editor = EditorPage.open(browser_page, pages_url, "contenteditable")
    editor.focus()
    editor.type(DRAFT)
    editor.wait_aligned(NUMBER)
    editor.click_mark()
    editor.wait_card()
    background = editor.page.evaluate(
        "() => getComputedStyle(document.querySelector('[data-second-thought=overlay]').shadowRoot.querySelector('.card')).backgroundColor"
    )
    r, g, b = (int(x) for x in background[background.index("(") + 1 : background.index(")")].split(",")[:3])
    assert r + g + b < 200, f"card background {background} is not dark"


def test_the_options_page_changes_the_role_the_checks_use(browser_context, popup, companion_running):
    from harness import EXTENSION_ID

    page = browser_context.new_page()
    try:
        page.goto(f"chrome-extension://{EXTENSION_ID}/options/options.html")
        page.wait_for_function("() => document.getElementById('pack').options.length > 1")
        names = page.eval_on_selector_all("#pack option", "os => os.map(o => o.textContent)")
        assert any("DMU" in n for n in names), names
        page.select_option("#role", "staff")
        page.click("button[type=submit]")
        page.wait_for_function("() => document.getElementById('saved').textContent === 'Saved.'")
        assert popup().field("role") == "staff"
        page.fill("#companionUrl", "ftp://nowhere")
        page.click("button[type=submit]")
        page.wait_for_function("() => document.getElementById('saved').textContent.startsWith('Not saved')")
    finally:
        browser_context.extension_worker.evaluate("() => chrome.storage.local.remove('role')")
        page.close()
    assert popup().field("role") == "student"


def test_hovering_an_underline_opens_the_card_and_moving_away_closes_it(browser_page, pages_url, companion_running):
    editor = EditorPage.open(browser_page, pages_url, "lexical")
    editor.focus()
    editor.type(DRAFT)
    editor.wait_aligned(NUMBER)
    m = editor.marks()[0]
    editor.page.mouse.move((m["left"] + m["right"]) / 2, (m["top"] + m["bottom"]) / 2, steps=3)
    card = editor.wait_card(timeout=1.0)
    assert card["clause"]
    editor.page.mouse.move(800, 650, steps=3)
    editor.page.wait_for_function(
        "() => !document.querySelector('[data-second-thought=overlay]').shadowRoot.querySelector('.card')", timeout=1000
    )
