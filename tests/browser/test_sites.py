"""Site profiles (extension/content/sites/) against local copies of each
site's compose box (pages/sites/<site>.html) built with the editor framework
the site really uses.

Without network the real sites cannot be loaded; each page is served from
127.0.0.1 with <html data-second-thought-site="<site>">, which profileFor
honours only on loopback. The profiles are checked twice: directly (the
module imported into the page) and through the whole extension with a real
companion behind a recorder that sees the `context` it was sent.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading

import pytest

from editor_page import DRAFT, NUMBER, EditorPage
from harness import DIST, EDITORS, EXTENSION, PAGES, SITES, build_pages
from recorder import recording
from test_js_units import run_js

SITES_DIR = EXTENSION / "content" / "sites"
HELPERS = {"index.js", "_common.js", "generic.js"}


# -- meta-tests ---------------------------------------------------------------

def test_every_site_profile_is_registered_and_has_a_local_page():
    index = (SITES_DIR / "index.js").read_text()
    imported = set(re.findall(r"^import \w+ from '\./([\w-]+)\.js';", index, re.M))
    files = {p.stem for p in SITES_DIR.glob("*.js") if p.name not in HELPERS}
    assert files == imported - {"generic"}, f"not imported by index.js: {files - imported}"
    listed = re.search(r"export const SITES = \[([^\]]*)\]", index).group(1)
    assert {s.strip() for s in listed.split(",")} == files, "every profile file must be in SITES"
    for site in files:
        assert (PAGES / "sites" / f"{site}.html").is_file(), f"{site} has no local page"
        assert (PAGES / "sites" / f"{site}.js").is_file(), f"{site} has no page script"
        assert f"id: '{site}'" in (SITES_DIR / f"{site}.js").read_text(), f"{site}.js: the id must be the file name"
    assert sorted(files) == SITES


def test_profiles_are_chosen_by_host_name_and_the_test_attribute_only_on_loopback():
    result = run_js("""
      import { profileFor } from './extension/content/sites/index.js';
      const doc = (site) => ({ documentElement: { getAttribute: () => site }, querySelector: () => null });
      const id = (host, site = null) => profileFor({ hostname: host }, doc(site)).id;
      print({
        x: id('x.com'), twitter: id('mobile.twitter.com'), fb: id('www.facebook.com'), ig: id('www.instagram.com'),
        li: id('www.linkedin.com'), rd: id('old.reddit.com'), wa: id('web.whatsapp.com'), dc: id('discord.com'),
        teams: id('teams.microsoft.com'), bsky: id('bsky.app'), masto: id('mastodon.social'), threads: id('www.threads.net'),
        tt: id('www.tiktok.com'), yt: id('www.youtube.com'), other: id('example.org'),
        lookalike: id('notx.com'), lookalike2: id('facebook.com.evil.example'),
        loopback: id('127.0.0.1', 'whatsapp'), localhost: id('localhost', 'teams'),
        notLoopback: id('evil.example', 'whatsapp'), unknownName: id('127.0.0.1', 'nope'),
      });
    """)
    assert result == {
        "x": "x", "twitter": "x", "fb": "facebook", "ig": "instagram", "li": "linkedin", "rd": "reddit", "wa": "whatsapp",
        "dc": "discord", "teams": "teams", "bsky": "bluesky", "masto": "mastodon", "threads": "threads", "tt": "tiktok",
        "yt": "youtube", "other": "generic", "lookalike": "generic", "lookalike2": "generic",
        "loopback": "whatsapp", "localhost": "teams", "notLoopback": "generic", "unknownName": "generic",
    }


# -- the pages ---------------------------------------------------------------

class _Handler(http.server.SimpleHTTPRequestHandler):
    """dist/ at /, and the extension's own files at /extension/ (to import a profile into a page)."""

    def translate_path(self, path):
        if path.startswith("/extension/"):
            return str(EXTENSION / path[len("/extension/"):].split("?")[0])
        return super().translate_path(path)

    def end_headers(self):
        if self.path.endswith(".js"):
            self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def guess_type(self, path):
        return "text/javascript" if str(path).endswith(".js") else super().guess_type(path)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def sites_url():
    build_pages()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(DIST)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def recorder(browser_context, companion):
    """The test browser's extension talks to the companion through a recorder for this module."""
    worker = browser_context.extension_worker
    with recording(companion.url) as (url, rec):
        worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", url)
        yield rec
        worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", companion.url)


@pytest.fixture(params=SITES)
def site(request, browser_page, sites_url, companion_running, recorder):
    page = EditorPage.open(browser_page, sites_url, f"sites/{request.param}")
    page.site = page.page.evaluate("() => window.__site")
    page.recorder = recorder
    recorder.clear()
    return page


PROFILE_JS = """async () => {
  const { profileFor } = await import('/extension/content/sites/index.js');
  const profile = profileFor(location);
  const s = window.__site;
  const box = document.querySelector(window.__editor.selector);
  const send = profile.sendButton(box);
  return {
    id: profile.id,
    compose: profile.isCompose(box),
    composeInner: profile.isCompose(box.querySelector('*') || box),
    search: profile.isCompose(document.querySelector(s.search)),
    login: s.login.map((sel) => profile.isCompose(document.querySelector(sel))),
    sendIsTheButton: s.send === null ? send === null : send === document.querySelector(s.send),
    audience: profile.audience(box),
    enterSends: profile.enterSends(box),
  };
}"""


def test_the_profile_finds_the_compose_box_its_send_button_and_audience_and_not_search_or_login(site):
    name = site.editor.split("/")[1]
    got = site.page.evaluate(PROFILE_JS)
    assert got["id"] == name
    assert got["compose"] and got["composeInner"], "the compose box is not recognised"
    assert not got["search"], "the search box is taken for a compose box"
    assert not any(got["login"]), "a login field is taken for a compose box"
    assert got["sendIsTheButton"], "the send button is not found"
    assert got["audience"] == site.site["audience"]
    assert got["enterSends"] is site.site["enterSends"]


def test_a_phone_number_is_underlined_exactly_and_its_card_names_the_clause(site):
    site.focus()
    site.type(DRAFT)
    site.wait_aligned(NUMBER, timeout=1.5)
    assert site.plain_text() == DRAFT
    site.click_mark()
    card = site.wait_card()
    assert "phone number" in card["message"].lower()
    assert "clause" in card["clause"], card


def test_the_companion_is_told_who_will_read_the_post(site):
    site.focus()
    site.type(DRAFT)
    site.wait_marks(timeout=1.5)
    contexts = site.recorder.contexts_for(DRAFT)
    assert contexts, "the draft never reached the companion"
    assert {c.get("audience") for c in contexts} == {site.site["audience"]}
    assert {c.get("site") for c in contexts} == {"127.0.0.1"}


def test_search_and_login_fields_are_not_checked(site):
    for selector in [site.site["search"], *site.site["login"]]:
        site.page.click(selector)
        site.page.keyboard.type(DRAFT)
    site.page.wait_for_timeout(900)  # debounce (300 ms) and a companion answer
    assert site.marks() == [] and site.badge() is None
    assert site.recorder.contexts_for(DRAFT) == [], "a search or login field was sent to the companion"
    # The page's compose box on the same page still is.
    site.focus()
    site.type(DRAFT)
    site.wait_marks(timeout=1.5)


# -- the other branches of each profile, on fragments of each site's markup ----

FRAGMENTS = [
    # (profile, markup with the box as #box and the send button as #send, expected audience, Enter sends)
    ("x", '<div data-testid="dmComposerTextInput"><div id="box" contenteditable="true" role="textbox"></div></div>'
          '<button id="send" data-testid="dmComposerSendButton">Send</button>', "private", True),
    ("facebook", '<div role="dialog"><div role="button" aria-label="Edit privacy. Sharing with Friends.">Friends</div>'
                 '<div id="box" contenteditable="true" role="textbox" aria-label="What\'s on your mind?"></div>'
                 '<div id="send" role="button" aria-label="Post">Post</div></div>', "private", False),
    ("facebook", '<div><div id="box" contenteditable="true" role="textbox" aria-label="Message"></div>'
                 '<div id="send" role="button" aria-label="Press enter to send"></div></div>', "private", True),
    ("instagram", '<form><textarea id="box" aria-label="Add a comment…"></textarea><div id="send" role="button">Post</div></form>',
     "public", True),
    ("linkedin", '<form class="msg-form"><div id="box" class="msg-form__contenteditable" contenteditable="true" role="textbox"></div>'
                 '<button id="send" type="submit">Send</button></form>', "private", True),
    ("linkedin", '<div><button class="share-unified-settings-entry-button">Connections only</button>'
                 '<div class="ql-editor" id="box" contenteditable="true"></div><button id="send">Post</button></div>', "private", False),
    ("reddit", '<div data-testid="chat-composer"><textarea id="box" placeholder="Message"></textarea>'
               '<button id="send" aria-label="Send">Send</button></div>', "private", True),
    ("discord", '<form><div id="box" data-slate-editor="true" contenteditable="true" role="textbox" aria-label="Message @sam"></div></form>',
     "private", True),
    ("bluesky", '<div><textarea id="box" data-testid="messageInput" placeholder="Write a message"></textarea>'
                '<button id="send" aria-label="Send message">➤</button></div>', "private", True),
    ("mastodon", '<form class="compose-form"><textarea id="box" class="autosuggest-textarea__textarea"></textarea>'
                 '<div class="privacy-dropdown"><button type="button" title="Change post privacy">Public</button></div>'
                 '<div class="compose-form__publish"><button id="send" type="submit">Post</button></div></form>', "public", False),
    ("mastodon", '<form class="compose-form"><textarea id="box" class="autosuggest-textarea__textarea"></textarea>'
                 '<div class="privacy-dropdown"><button type="button" title="Change post privacy">Specific people</button></div>'
                 '<div class="compose-form__publish"><button id="send" type="submit">Post</button></div></form>', "private", False),
    ("tiktok", '<div data-e2e="message-input-area"><div id="box" contenteditable="true" role="textbox"></div>'
               '<div id="send" data-e2e="message-send" role="button"></div></div>', "private", True),
    ("youtube", '<yt-live-chat-text-input-field-renderer><div id="box" contenteditable="true"></div>'
                '<button id="send" aria-label="Send">➤</button></yt-live-chat-text-input-field-renderer>', "public", True),
    ("generic", '<form><textarea id="box" name="comment"></textarea><button id="send" type="submit">Post comment</button></form>', "unknown", None),
]

NOT_COMPOSE = [
    # (profile, markup whose #box is not a compose box)
    ("x", '<div data-testid="tweetTextarea_0"><input id="box" type="text"></div>'),
    ("generic", '<form role="search"><textarea id="box"></textarea></form>'),
    ("generic", '<form><input type="password"><textarea id="box" aria-label="Notes"></textarea></form>'),
    ("generic", '<div id="box" contenteditable="true" role="searchbox"></div>'),
    ("generic", '<textarea id="box" readonly></textarea>'),
    ("whatsapp", '<div id="side"><div id="box" contenteditable="true" role="textbox" aria-label="Search input textbox"></div></div>'),
    ("discord", '<div id="box" contenteditable="true" role="textbox" aria-label="Search"></div>'),
]

FRAGMENT_JS = """async ([id, html]) => {
  const { SITES, GENERIC } = await import('/extension/content/sites/index.js');
  const profile = id === 'generic' ? GENERIC : SITES.find((s) => s.id === id);
  const stage = document.createElement('div');
  stage.innerHTML = html;
  document.body.append(stage);
  const box = stage.querySelector('#box');
  const send = profile.sendButton(box);
  const result = {compose: profile.isCompose(box), send: send ? send.id || send.outerHTML : null, audience: profile.audience(box),
                  enterSends: profile.enterSends ? profile.enterSends(box) : null};
  stage.remove();
  return result;
}"""


@pytest.fixture(scope="module")
def blank(browser_context, sites_url):
    page = browser_context.new_page()
    page.goto(f"{sites_url}/sites/_site.css")
    yield page
    page.close()


@pytest.mark.parametrize(("profile", "html", "audience", "enter"), FRAGMENTS, ids=lambda v: v if v in SITES or v == "generic" else "")
def test_a_profile_reads_the_audience_and_finds_the_send_button_of_other_boxes_on_its_site(blank, profile, html, audience, enter):
    got = blank.evaluate(FRAGMENT_JS, [profile, html])
    # Discord sends on Enter: it has no send button to find. The generic profile leaves Enter to the box's own hints.
    assert got == {"compose": True, "send": "send" if 'id="send"' in html else None, "audience": audience, "enterSends": enter}


@pytest.mark.parametrize(("profile", "html"), NOT_COMPOSE, ids=lambda v: v if v in SITES or v == "generic" else "")
def test_a_profile_leaves_search_login_and_read_only_boxes_alone(blank, profile, html):
    assert blank.evaluate(FRAGMENT_JS, [profile, html])["compose"] is False


@pytest.mark.parametrize("editor", EDITORS)
def test_the_generic_profile_takes_each_editor_test_page_box_for_a_compose_box(browser_page, sites_url, editor):
    page = EditorPage.open(browser_page, sites_url, editor)
    got = page.page.evaluate("""async () => {
      const { profileFor } = await import('/extension/content/sites/index.js');
      const profile = profileFor(location);
      return [profile.id, profile.isCompose(document.querySelector(window.__editor.selector)), profile.audience(document.body)];
    }""")
    assert got == ["generic", True, "unknown"]


# -- confirm before posting, at each site's own send ------------------------------

PASSWORD_DRAFT = "my password is Hunter2!"
SENT_JS = "() => [...document.querySelectorAll('#sent li')].map(li => li.textContent)"
CONFIRM_JS = "() => document.querySelector('[data-second-thought=overlay]')?.shadowRoot?.querySelector('.confirm')?.textContent ?? null"


def _page_says(site: str, key: str) -> str:
    return re.search(rf"\b{key}: ([^,\n]+)", (PAGES / "sites" / f"{site}.js").read_text()).group(1).strip()


WITH_BUTTON = [s for s in SITES if _page_says(s, "send") != "null"]
ENTER_SENDS = [s for s in SITES if _page_says(s, "enterSends") == "true"]


def _held_then_posted(site, send) -> None:
    site.focus()
    site.type(PASSWORD_DRAFT)
    site.wait_marks("marks => marks.some(m => m.severity === 'high')", timeout=2.0)
    send()
    site.page.wait_for_function(f"() => ({CONFIRM_JS})() !== null", timeout=1500)
    assert "Hunter2!" in site.page.evaluate(CONFIRM_JS), "the dialog does not say what is about to go out"
    site.page.wait_for_timeout(200)
    assert site.page.evaluate(SENT_JS) == [], "the post went out before the person chose"
    site.overlay_click(".confirm button.post")
    site.page.wait_for_function(f"() => ({SENT_JS})().length === 1", timeout=1000)
    assert site.page.evaluate(SENT_JS) == [PASSWORD_DRAFT]


@pytest.mark.parametrize("site", WITH_BUTTON, indirect=True)
def test_a_post_with_a_password_is_held_at_the_sites_send_button_until_post_anyway(site):
    _held_then_posted(site, lambda: site.page.click(site.site["send"]))


@pytest.mark.parametrize("site", ENTER_SENDS, indirect=True)
def test_a_message_with_a_password_is_held_at_enter_where_the_site_sends_on_enter(site):
    _held_then_posted(site, lambda: site.press("Enter"))
