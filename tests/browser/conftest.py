"""Fixtures for the browser tests: the editor pages, a real companion
process, and Debian's Chromium with the unpacked extension loaded.

No retries anywhere: a flaky test is a bug (see ../../shared/STYLE.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import EDITORS, EXTENSION_ID, ROOT, Companion, HarnessError, free_port, launch, serve_pages

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
__all__ = ["EDITORS", "EXTENSION_ID", "ROOT", "SCREENSHOTS"]


@pytest.fixture(scope="session")
def pages_url():
    """Base URL of a local server for tests/browser/pages/dist/."""
    try:
        with serve_pages() as url:
            yield url
    except HarnessError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def companion(tmp_path_factory):
    """The real companion process for the whole session (tests may stop and restart it)."""
    server = Companion(free_port(), tmp_path_factory.mktemp("companion-home"))
    try:
        server.start()
    except HarnessError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture()
def companion_running(companion):
    """A test that needs the companion up gets it up, even after an offline test."""
    if not companion.running:
        try:
            companion.start()
        except HarnessError as exc:
            pytest.fail(str(exc), pytrace=False)
    return companion


@pytest.fixture(scope="session")
def browser_context(companion):
    """Chromium with the extension, pointed at the test companion."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p, launch(p, companion.url) as context:
        yield context


@pytest.fixture()
def browser_page(browser_context):
    page = browser_context.new_page()
    yield page
    page.close()


@pytest.fixture(params=EDITORS)
def editor(request, browser_page, pages_url, companion_running):
    """One editor's test page, focused, with the companion running."""
    from editor_page import EditorPage

    page = EditorPage.open(browser_page, pages_url, request.param)
    page.focus()
    return page


@pytest.fixture()
def popup(browser_context):
    """Opens the extension's popup as a page, for the site of the test pages."""
    from editor_page import Popup

    pages = []

    def open_popup():
        page = browser_context.new_page()
        pages.append(page)
        return Popup.open(page, EXTENSION_ID, "127.0.0.1")

    yield open_popup
    for page in pages:
        page.close()
