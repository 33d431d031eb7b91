// What the Firefox tests share: Debian's /usr/bin/firefox-esr driven by
// puppeteer-core over WebDriver BiDi (no geckodriver, no downloaded browser),
// with the Firefox package of the extension installed, against the same local
// editor and site pages as the Chromium tests and a real companion.
// `useFirefox()` in a test file starts one browser for that file.
//
// Run by tests/browser/test_firefox.py, which starts the companion (behind
// tests/browser/recorder.py, so the tests can see the context it was sent)
// and the page server and passes (as JSON in $SECOND_THOUGHT_FIREFOX):
//   {pages, companion, token, extension, editors, sites, js: {marks, textRects, card, badge}}
// The measuring snippets are the Python page object's own (editor_page.py),
// so both browsers are measured the same way. No retries.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';

export const env = JSON.parse(process.env.SECOND_THOUGHT_FIREFOX || '{}');
const FIREFOX = process.env.SECOND_THOUGHT_FIREFOX_BIN || '/usr/bin/firefox-esr';
const ADDON_ID = 'second-thought@second-thought.invalid';
// Fixed so the test can open the options page; Firefox picks a random one per profile otherwise.
export const UUID = '5e7c0a4e-2d1b-4c3f-9a8b-5ec0d7700123';
export const NUMBER = '07700 900123';
export const DRAFT = `call me on ${NUMBER}`;
export const TIMEOUT = 3000;

let browser;

export function useFirefox() {
  before(launch);
  after(async () => {
    await browser?.close();
  });
}

async function launch() {
  assert.ok(env.pages && env.companion && env.token && env.extension, 'run me through tests/browser/test_firefox.py');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    // Lets the test open the extension's own options page, as a person would.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 900, height: 700 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'font.name.sans-serif.x-western': 'DejaVu Sans',
    },
  });
  const id = await browser.installExtension(env.extension);
  assert.equal(id, ADDON_ID);
  await configure();
}

/** Point the extension at the test companion with its token, through the options page. */
async function configure() {
  const page = await browser.newPage();
  const step = (what, promise) => promise.catch((err) => assert.fail(`options page: ${what}: ${err.message}`));
  // BiDi reports no load event for extension pages; wait for the form instead.
  await page.goto(`moz-extension://${UUID}/options/options.html`, { timeout: 2000 }).catch(() => {});
  // The page fills the form from the extension's state when that answers; typing before then would be overwritten.
  await step('did not show the settings', page.waitForFunction(() => document.title === 'Second Thought settings' &&
    document.getElementById('companionUrl')?.value !== '' && document.getElementById('status').textContent !== 'checking…', { timeout: 10000 }));
  await step('companion address', page.evaluate(() => { document.getElementById('companionUrl').value = ''; }));
  await step('companion address', page.type('#companionUrl', env.companion));
  await step('token', page.type('#token', env.token));
  assert.equal(await page.$eval('#companionUrl', (el) => el.value), env.companion, 'the companion address was overwritten');
  await step('save', page.click('#form button[type="submit"]'));
  await step('not saved', page.waitForFunction(() => document.getElementById('saved').textContent === 'Saved.', { timeout: 5000 }));
  await step('the companion is not shown online', page.waitForFunction(() => document.getElementById('status').dataset.online === 'true', { timeout: 10000 }));
  await page.close();
}

export const call = (fn, ...args) => `(${fn})(${args.map((a) => JSON.stringify(a)).join(', ')})`;

export async function open(path, query = '') {
  const page = await browser.newPage();
  await page.goto(`${env.pages}/${path}.html${query}`);
  await page.waitForFunction(() => window.__editor && document.querySelector(window.__editor.selector));
  const selector = await page.evaluate(() => window.__editor.selector);
  await page.click(selector);
  return { page, selector };
}

/** Merge boxes on one line (as editor_page._lines does). */
function lines(boxes) {
  const out = [];
  for (const b of [...boxes].sort((x, y) => x.top - y.top || x.left - y.left)) {
    const last = out.at(-1);
    if (last && Math.abs(last.top - b.top) < 3 && Math.abs(b.left - last.right) < 1.5) {
      last.right = Math.max(last.right, b.right);
      last.bottom = Math.max(last.bottom, b.bottom);
    } else out.push({ ...b });
  }
  return out;
}

/** Why the underlines are not exactly under the text, or '' when they are (editor_page.assert_under). */
export function misaligned(marks, rects, tol = 1.5) {
  if (!rects.length) return 'the number is not on the page';
  const m = lines(marks), r = lines(rects);
  if (m.length !== r.length) return `${m.length} underline boxes for ${r.length} text boxes`;
  for (let i = 0; i < m.length; i++) {
    for (const side of ['left', 'right']) if (Math.abs(m[i][side] - r[i][side]) > tol) return `${side}: underline ${m[i][side]} text ${r[i][side]}`;
    if (r[i].line_box) {
      if (!(r[i].top - tol <= m[i].top && m[i].top < m[i].bottom && m[i].bottom <= r[i].bottom + tol)) return 'underline outside its line';
    } else {
      for (const side of ['top', 'bottom']) if (Math.abs(m[i][side] - r[i][side]) > tol) return `${side}: underline ${m[i][side]} text ${r[i][side]}`;
    }
  }
  return '';
}

export async function waitAligned(page, selector, timeout = TIMEOUT) {
  const t0 = Date.now();
  let why = '';
  while (Date.now() - t0 < timeout) {
    const [marks, rects] = await Promise.all([page.evaluate(call(env.js.marks)), page.evaluate(call(env.js.textRects, [selector, NUMBER]))]);
    why = misaligned(marks, rects);
    if (!why) return marks;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`no underline exactly under the number within ${timeout} ms: ${why}`);
}

export async function underlineAndCard(path) {
  const { page, selector } = await open(path);
  try {
    await page.keyboard.type(DRAFT);
    const [mark] = await waitAligned(page, selector);
    assert.equal(await page.evaluate(() => window.__editor.plainText()), DRAFT);
    const badge = await page.evaluate(call(env.js.badge));
    assert.ok(badge && badge.text === '1', `badge: ${JSON.stringify(badge)}`);
    assert.ok(!badge.offline, 'the check ran offline: the companion refused or was not reached');
    await page.mouse.click((mark.left + mark.right) / 2, (mark.top + mark.bottom) / 2);
    await page.waitForFunction(`${call(env.js.card)} !== null`, { timeout: TIMEOUT });
    const card = await page.evaluate(call(env.js.card));
    assert.match(card.message.toLowerCase(), /phone number/);
    assert.match(card.clause, /clause/);
    assert.equal(card.role, 'dialog');
    if (path.startsWith('sites/')) {
      // What the companion was told (the test's companion address is a recorder in front of it).
      const site = await page.evaluate(() => window.__site);
      const { checks } = await (await fetch(`${env.companion}/__recorded`)).json();
      const last = checks.filter((c) => c.text === DRAFT).at(-1);
      assert.ok(last, 'the draft never reached the companion');
      assert.equal(last.context.audience, site.audience);
      assert.equal(last.context.site, '127.0.0.1');
    }
  } finally {
    await page.close();
  }
}

export const marks = (page) => page.evaluate(call(env.js.marks));
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

export async function withPage(path, fn, query = '') {
  const opened = await open(path, query);
  try {
    await fn(opened);
  } finally {
    await opened.page.close();
  }
}

/** Press a key with Control held (Control+Home, Control+z). */
export async function withControl(page, key) {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

/** Click a control of the extension's overlay (in its shadow root) where a person would. */
export async function overlayClick(page, css) {
  const box = await page.evaluate((sel) => {
    const el = document.querySelector('[data-second-thought=overlay]')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, css);
  assert.ok(box, `no ${css} in the overlay`);
  await page.mouse.click(box.x, box.y);
}

export const OVERLAY = "document.querySelector('[data-second-thought=overlay]')?.shadowRoot";
export const sent = (page) => page.evaluate(() => [...document.querySelectorAll('#sent li')].map((li) => li.textContent));

export async function waitSent(page, n, timeout = 1000) {
  await page.waitForFunction((k) => document.querySelectorAll('#sent li').length === k, { timeout }, n);
}
