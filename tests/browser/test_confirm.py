"""Confirm before posting: a draft with a high-risk warning is held at the
send button and at Enter-to-send, with a dialog that says what is about to
go out; "Post anyway" lets it out once, "Edit" does not. Runs in every
editor page, against a real companion.

The pages' own send (tests/browser/pages/template.html) logs the framework's
text into #sent, so "sent" here means the page's handler really ran.
"""

from __future__ import annotations

import pytest

from conftest import SCREENSHOTS
from editor_page import DRAFT, OVERLAY, EditorPage
from harness import EDITORS

PASSWORD_DRAFT = "my password is Hunter2!"

DIALOG_JS = f"""() => {{
  const d = {OVERLAY}?.querySelector('.confirm');
  if (!d) return null;
  const focused = {OVERLAY}.activeElement;
  return {{role: d.getAttribute('role'), modal: d.getAttribute('aria-modal'), labelledby: d.getAttribute('aria-labelledby'),
           text: d.textContent, focused: focused ? focused.textContent : null}};
}}"""
SENT_JS = "() => [...document.querySelectorAll('#sent li')].map(li => li.textContent)"
EDITOR_FOCUSED_JS = """s => { const h = document.querySelector(s), a = document.activeElement;
  return !!a && (a === h || h.contains(a)); }"""


@pytest.fixture()
def chat_editor(request, browser_page, pages_url, companion_running):
    """An editor page where plain Enter sends, as in a chat box."""
    name = request.param
    browser_page.goto(f"{pages_url}/{name}.html?send=enter")
    browser_page.wait_for_function(
        "() => window.__editor && document.querySelector(window.__editor.selector)?.getAttribute('enterkeyhint') === 'send'")
    page = EditorPage(browser_page, name)
    page.selector = browser_page.evaluate("() => window.__editor.selector")
    page.focus()
    return page


def dialog(editor):
    return editor.page.evaluate(DIALOG_JS)


def wait_dialog(editor, timeout: float = 1.0) -> dict:
    editor.page.wait_for_function(f"() => ({DIALOG_JS})() !== null", timeout=timeout * 1000)
    return dialog(editor)


def sent(editor) -> list[str]:
    return editor.page.evaluate(SENT_JS)


def type_risky_and_wait(editor) -> None:
    editor.type(PASSWORD_DRAFT)
    editor.wait_marks("marks => marks.some(m => m.severity === 'high')", timeout=2.0)


def test_the_post_button_is_held_and_post_anyway_sends_once(editor):
    type_risky_and_wait(editor)
    editor.page.click("#send")
    d = wait_dialog(editor)
    assert d["role"] == "dialog" and d["modal"] == "true" and d["labelledby"]
    assert "Password" in d["text"] and "Hunter2!" in d["text"], d["text"]  # says what is about to go out
    assert d["focused"] == "Edit"
    assert sent(editor) == []
    editor.page.screenshot(path=str(SCREENSHOTS / f"{editor.editor}-confirm.png"))
    editor.overlay_click(".confirm button.post")
    editor.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert sent(editor) == [PASSWORD_DRAFT]
    assert dialog(editor) is None


def test_edit_keeps_the_post_and_goes_back_to_the_draft(editor):
    type_risky_and_wait(editor)
    editor.page.click("#send")
    wait_dialog(editor)
    editor.overlay_click(".confirm button.edit")
    assert dialog(editor) is None
    assert editor.page.evaluate(EDITOR_FOCUSED_JS, editor.selector), "focus did not go back to the draft"
    editor.page.wait_for_timeout(300)
    assert sent(editor) == []
    # Still held next time: Edit is not a pass.
    editor.page.click("#send")
    wait_dialog(editor)
    editor.page.keyboard.press("Escape")  # Escape is Edit
    assert dialog(editor) is None and sent(editor) == []
    assert editor.plain_text() == PASSWORD_DRAFT


def test_the_dialog_keeps_the_keyboard_focus(editor):
    type_risky_and_wait(editor)
    editor.page.click("#send")
    wait_dialog(editor)
    focused = []
    for _ in range(3):
        editor.page.keyboard.press("Tab")
        focused.append(dialog(editor)["focused"])
    assert focused == ["Post anyway", "Edit", "Post anyway"]
    editor.page.keyboard.press("Shift+Tab")
    assert dialog(editor)["focused"] == "Edit"
    editor.page.keyboard.press("Enter")  # on Edit
    assert dialog(editor) is None and sent(editor) == []


def test_a_draft_without_a_high_risk_warning_is_not_held(editor):
    editor.type(DRAFT)  # a phone number: a warning, not a high-risk one
    editor.wait_marks()
    editor.page.click("#send")
    editor.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert dialog(editor) is None and sent(editor) == [DRAFT]


def test_a_draft_changed_since_its_last_check_is_not_held(editor):
    type_risky_and_wait(editor)
    editor.type(" ok")
    editor.page.click("#send")  # before the changed draft has been checked again
    editor.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert dialog(editor) is None


@pytest.mark.parametrize("chat_editor", EDITORS, indirect=True)
def test_enter_to_send_is_held_and_post_anyway_sends(chat_editor):
    editor = chat_editor
    type_risky_and_wait(editor)
    editor.press("Enter")
    d = wait_dialog(editor)
    assert "Password" in d["text"]
    assert sent(editor) == [] and editor.plain_text() == PASSWORD_DRAFT
    editor.page.keyboard.press("Escape")
    assert dialog(editor) is None
    assert editor.page.evaluate(EDITOR_FOCUSED_JS, editor.selector)
    editor.page.wait_for_timeout(300)
    assert sent(editor) == [] and editor.plain_text() == PASSWORD_DRAFT
    editor.press("Enter")
    wait_dialog(editor)
    editor.overlay_click(".confirm button.post")
    editor.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert sent(editor) == [PASSWORD_DRAFT]


@pytest.mark.parametrize("chat_editor", EDITORS, indirect=True)
def test_shift_enter_is_never_held(chat_editor):
    editor = chat_editor
    type_risky_and_wait(editor)
    # The page (its capture listener on document, after the extension's on window) sees the key.
    editor.page.evaluate("""() => { window.__shiftEnters = 0; document.addEventListener('keydown', e => {
      if (e.key === 'Enter' && e.shiftKey) window.__shiftEnters++; }, true); }""")
    editor.press("Shift+Enter")
    editor.page.wait_for_timeout(200)
    assert dialog(editor) is None
    assert sent(editor) == []
    assert editor.page.evaluate("() => window.__shiftEnters") == 1


def test_a_form_submit_is_held_and_post_anyway_submits_once(browser_page, pages_url, companion_running):
    editor = EditorPage.open(browser_page, pages_url, "textarea")
    # The compose box inside a form the page submits itself (as on a site whose script posts on its own shortcut).
    editor.page.evaluate("""() => {
      const box = document.getElementById('box'), form = document.createElement('form');
      box.before(form);
      form.append(box);
      form.addEventListener('submit', e => {
        e.preventDefault();
        const li = document.createElement('li');
        li.textContent = window.__editor.plainText();
        document.getElementById('sent').append(li);
      });
    }""")
    editor.focus()
    type_risky_and_wait(editor)
    editor.page.evaluate("() => document.querySelector('form').requestSubmit()")
    d = wait_dialog(editor)
    assert "Password" in d["text"] and sent(editor) == []
    editor.overlay_click(".confirm button.post")
    editor.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert sent(editor) == [PASSWORD_DRAFT]


@pytest.mark.parametrize("chat_editor", EDITORS, indirect=True)
def test_enter_during_ime_composition_is_never_held(chat_editor):
    editor = chat_editor
    type_risky_and_wait(editor)
    editor.page.evaluate("""() => { window.__enters = []; document.addEventListener('keydown', e => {
      if (e.key === 'Enter') window.__enters.push(e.isComposing); }, true); }""")
    cdp = editor.page.context.new_cdp_session(editor.page)
    try:
        cdp.send("Input.imeSetComposition", {"text": "か", "selectionStart": 1, "selectionEnd": 1})
        editor.press("Enter")  # confirms the composition
    finally:
        cdp.detach()
    editor.page.wait_for_timeout(200)
    assert dialog(editor) is None
    assert editor.page.evaluate("() => window.__enters") == [True], "the page did not get the composing Enter"


def test_an_ignored_warning_does_not_hold_the_post(editor):
    type_risky_and_wait(editor)
    editor.click_mark()
    editor.wait_card()
    editor.overlay_click(".card button.ignore")
    editor.wait_no_marks()
    editor.page.click("#send")
    editor.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert dialog(editor) is None and sent(editor) == [PASSWORD_DRAFT]


def test_ctrl_enter_is_held_where_the_box_has_a_send_button(editor):
    type_risky_and_wait(editor)
    editor.press("Control+Enter")
    wait_dialog(editor)
    assert sent(editor) == []
    editor.overlay_click(".confirm button.post")
    editor.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert sent(editor) == [PASSWORD_DRAFT]
