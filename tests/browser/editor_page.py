"""A page object for one editor test page, shared by every scenario.

Measurements of where text is come from the page itself (Range rectangles
of the editor's text nodes, or canvas text metrics for a textarea), never
from the extension's code, so the tests check the extension against the
browser rather than against itself.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from playwright.sync_api import Page

NUMBER = "07700 900123"
DRAFT = f"call me on {NUMBER}"

OVERLAY = "document.querySelector('[data-second-thought=overlay]')?.shadowRoot"

# Rectangles of the extension's underlines (visible ones only).
MARKS_JS = f"""() => {{
  const root = {OVERLAY};
  if (!root) return [];
  return [...root.querySelectorAll('.mark:not([hidden])')].map(m => {{
    const r = m.getBoundingClientRect();
    return {{left: r.left, top: r.top, right: r.right, bottom: r.bottom, severity: m.dataset.severity}};
  }});
}}"""

BADGE_JS = f"""() => {{
  const b = {OVERLAY}?.querySelector('.badge');
  return b && !b.hidden ? {{text: b.textContent, label: b.getAttribute('aria-label'), severity: b.dataset.severity,
                             offline: b.dataset.offline === 'true'}} : null;
}}"""

CARD_JS = f"""() => {{
  const c = {OVERLAY}?.querySelector('.card');
  if (!c) return null;
  const q = s => c.querySelector(s)?.textContent || '';
  return {{title: q('h2'), message: q('.message'), quote: q('.quote'), clause: q('.clause'), offline: q('.offline'),
           role: c.getAttribute('role'), labelledby: c.getAttribute('aria-labelledby')}};
}}"""

# Where `needle` is drawn, measured independently of the extension.
TEXT_RECTS_JS = """([selector, needle]) => {
  const host = document.querySelector(selector);
  if (host.tagName === 'TEXTAREA') {
    const cs = getComputedStyle(host);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const value = host.value, at = value.indexOf(needle);
    if (at < 0) return [];
    // Lay the value out in lines as pre-wrap does: break at spaces, a space
    // at the end of a line hangs on that line. [lineStart, lineEnd) per line.
    const width = host.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const w = (a, b) => ctx.measureText(value.slice(a, b)).width;
    const lines = [];
    let start = 0;
    for (const para of value.split('\\n')) {
      const end = start + para.length;
      let lineStart = start, lastBreak = -1;
      for (let i = start; i <= end; i++) {
        if (i === end || value[i] === ' ') {
          if (w(lineStart, i) > width && lastBreak > lineStart) {
            lines.push([lineStart, lastBreak]);
            lineStart = lastBreak;
          }
          lastBreak = i + 1;
        }
      }
      lines.push([lineStart, end]);
      start = end + 1;
    }
    const lh = parseFloat(cs.lineHeight);
    const box = host.getBoundingClientRect();
    const x0 = box.left + host.clientLeft + parseFloat(cs.paddingLeft) - host.scrollLeft;
    const y0 = box.top + host.clientTop + parseFloat(cs.paddingTop) - host.scrollTop;
    const out = [];
    lines.forEach(([a, b], n) => {
      const s = Math.max(a, at), e = Math.min(b, at + needle.length);
      if (s >= e) return;
      const left = x0 + w(a, s);
      out.push({left, top: y0 + n * lh, right: left + w(s, e), bottom: y0 + (n + 1) * lh, line_box: true});
    });
    return out;
  }
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + needle.length);
    return [...range.getClientRects()].map(r => ({left: r.left, top: r.top, right: r.right, bottom: r.bottom}));
  }
  return [];
}"""


@dataclass
class EditorPage:
    page: Page
    editor: str

    @classmethod
    def open(cls, page: Page, base_url: str, editor: str) -> "EditorPage":
        page.goto(f"{base_url}/{editor}.html")
        page.wait_for_function("() => window.__editor && document.querySelector(window.__editor.selector)")
        self = cls(page, editor)
        self.selector = page.evaluate("() => window.__editor.selector")
        return self

    # -- acting like a person -------------------------------------------------
    def focus(self) -> None:
        self.page.click(self.selector)

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def press(self, key: str, times: int = 1) -> None:
        for _ in range(times):
            self.page.keyboard.press(key)

    def to_start(self) -> None:
        self.press("Control+Home")

    def to_end(self) -> None:
        self.press("Control+End")

    # -- what the framework says ---------------------------------------------
    def value(self) -> str:
        return self.page.evaluate("() => window.__editor.value()")

    def plain_text(self) -> str:
        return self.page.evaluate("() => window.__editor.plainText()")

    # -- what the extension shows ----------------------------------------------
    def marks(self) -> list[dict]:
        return self.page.evaluate(MARKS_JS)

    def badge(self) -> dict | None:
        return self.page.evaluate(BADGE_JS)

    def card(self) -> dict | None:
        return self.page.evaluate(CARD_JS)

    def text_rects(self, needle: str) -> list[dict]:
        return self.page.evaluate(TEXT_RECTS_JS, [self.selector, needle])

    def wait_marks(self, predicate="marks => marks.length > 0", timeout: float = 1.0) -> float:
        """Wait until the underlines satisfy a JS predicate; returns the seconds it took."""
        t0 = time.monotonic()
        self.page.wait_for_function(f"() => ({predicate})(({MARKS_JS})())", timeout=timeout * 1000, polling="raf")
        return time.monotonic() - t0

    def wait_no_marks(self, timeout: float = 1.0) -> None:
        self.wait_marks("marks => marks.length === 0", timeout)

    def wait_card(self, predicate="card => card !== null", timeout: float = 1.0) -> dict:
        self.page.wait_for_function(f"() => ({predicate})(({CARD_JS})())", timeout=timeout * 1000, polling="raf")
        return self.card()

    def wait_aligned(self, needle: str, timeout: float = 1.0) -> float:
        """Wait until the underlines lie exactly under `needle` (see assert_under); returns the seconds it took.

        The overlay redraws at the next animation frame after the editor
        changes its DOM, so a sample taken between the two can differ.
        """
        t0 = time.monotonic()
        while True:
            try:
                assert_under(self.marks(), self.text_rects(needle))
                return time.monotonic() - t0
            except AssertionError:
                if time.monotonic() - t0 > timeout:
                    raise
            self.page.wait_for_timeout(10)

    def click_mark(self, index: int = 0) -> None:
        m = self.marks()[index]
        self.page.mouse.click((m["left"] + m["right"]) / 2, (m["top"] + m["bottom"]) / 2)

    def overlay_click(self, css: str) -> None:
        self.page.locator(f"[data-second-thought=overlay] >> css={css}").click()

    def screenshot(self, path) -> None:
        """The compose box with the card, whatever their size."""
        box = self.page.evaluate(f"""() => {{
          const rects = [document.getElementById('box').getBoundingClientRect()];
          const card = {OVERLAY}?.querySelector('.card');
          if (card) rects.push(card.getBoundingClientRect());
          return {{right: Math.max(...rects.map(r => r.right)), bottom: Math.max(...rects.map(r => r.bottom))}};
        }}""")
        self.page.screenshot(path=str(path), clip={"x": 0, "y": 0, "width": box["right"] + 24, "height": box["bottom"] + 24})


class Popup:
    """The extension's popup, opened as a page (the toolbar popup cannot be driven headless)."""

    def __init__(self, page: Page):
        self.page = page

    @classmethod
    def open(cls, page: Page, extension_id: str, site: str) -> "Popup":
        page.goto(f"chrome-extension://{extension_id}/popup/popup.html?site={site}")
        page.wait_for_function("() => document.getElementById('version').textContent !== ''")
        return cls(page)

    def status(self) -> str:
        return self.page.inner_text("#status")

    def wait_status(self, word: str, timeout: float = 5.0) -> str:
        self.page.wait_for_function(
            "word => document.getElementById('status').textContent.startsWith(word)", arg=word, timeout=timeout * 1000
        )
        return self.status()

    def field(self, name: str) -> str:
        return self.page.inner_text(f"#{name}")


def assert_under(marks: list[dict], rects: list[dict], tolerance: float = 1.5) -> None:
    """Every text rectangle has an underline exactly on it, and nothing else is underlined.

    Horizontally the edges must match. Vertically a Range box is the font's
    glyph box while canvas metrics (used for textareas) give the line box, so
    there the underline must lie within the line.
    """
    assert rects, "the risky text is not on the page"
    marks, rects = _lines(marks), _lines(rects)
    assert len(marks) == len(rects), f"{len(marks)} underline boxes for {len(rects)} text boxes: {marks} vs {rects}"
    for m, r in zip(sorted(marks, key=lambda x: (x["top"], x["left"])), sorted(rects, key=lambda x: (x["top"], x["left"]))):
        for side in ("left", "right"):
            assert abs(m[side] - r[side]) <= tolerance, f"underline {side} {m[side]:.1f} is not at text {side} {r[side]:.1f}"
        if r.get("line_box"):
            assert r["top"] - tolerance <= m["top"] < m["bottom"] <= r["bottom"] + tolerance, f"underline {m} outside line {r}"
        else:
            for side in ("top", "bottom"):
                assert abs(m[side] - r[side]) <= tolerance, f"underline {side} {m[side]:.1f} is not at text {side} {r[side]:.1f}"


def _lines(boxes: list[dict]) -> list[dict]:
    """Merge boxes on the same line (Chromium gives a space hanging at a wrap its own box)."""
    out: list[dict] = []
    for b in sorted(boxes, key=lambda x: (x["top"], x["left"])):
        last = out[-1] if out else None
        if last and abs(last["top"] - b["top"]) < 3 and abs(b["left"] - last["right"]) < 1.5:
            last["right"] = max(last["right"], b["right"])
            last["bottom"] = max(last["bottom"], b["bottom"])
        else:
            out.append(dict(b))
    return out
