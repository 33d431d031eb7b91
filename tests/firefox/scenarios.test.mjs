// The shared scenarios in Firefox ESR: Debian's /usr/bin/firefox-esr driven
// by puppeteer-core over WebDriver BiDi (no geckodriver, no downloaded
// browser), with the Firefox package of the extension installed, against the
// same local editor and site pages as the Chromium tests and a real companion.
//
// Run by tests/browser/test_firefox.py, which starts the companion (behind
// tests/browser/recorder.py, so the tests can see the context it was sent)
// and the page server and passes (as JSON in $SECOND_THOUGHT_FIREFOX):
//   {pages, companion, token, extension, editors, sites, js: {marks, textRects, card, badge}}
// The measuring snippets are the Python page object's own (editor_page.py),
// so both browsers are measured the same way. No retries.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';

const env = JSON.parse(process.env.SECOND_THOUGHT_FIREFOX || '{}');
const FIREFOX = process.env.SECOND_THOUGHT_FIREFOX_BIN || '/usr/bin/firefox-esr';
const ADDON_ID = 'second-thought@second-thought.invalid';
// Fixed so the test can open the options page; Firefox picks a random one per profile otherwise.
const UUID = '5e7c0a4e-2d1b-4c3f-9a8b-5ec0d7700123';
const NUMBER = '07700 900123';
const DRAFT = `call me on ${NUMBER}`;
const TIMEOUT = 3000;

let browser;

before(async () => {
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
});

after(async () => {
  await browser?.close();
});

/** Point the extension at the test companion with its token, through the options page. */
async function configure() {
  const page = await browser.newPage();
  // BiDi reports no load event for extension pages; wait for the form instead.
  await page.goto(`moz-extension://${UUID}/options/options.html`, { timeout: 2000 }).catch(() => {});
  await page.waitForFunction(() => document.getElementById('companionUrl') && document.title === 'Second Thought settings', { timeout: 10000 });
  await page.evaluate(() => { document.getElementById('companionUrl').value = ''; });
  await page.type('#companionUrl', env.companion);
  await page.type('#token', env.token);
  await page.click('#form button[type="submit"]');
  await page.waitForFunction(() => document.getElementById('status').dataset.online === 'true', { timeout: 10000 });
  await page.close();
}

const call = (fn, ...args) => `(${fn})(${args.map((a) => JSON.stringify(a)).join(', ')})`;

async function open(path) {
  const page = await browser.newPage();
  await page.goto(`${env.pages}/${path}.html`);
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
function misaligned(marks, rects, tol = 1.5) {
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

async function waitAligned(page, selector, timeout = TIMEOUT) {
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

async function underlineAndCard(path) {
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

const marks = (page) => page.evaluate(call(env.js.marks));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

async function withPage(path, fn) {
  const opened = await open(path);
  try {
    await fn(opened);
  } finally {
    await opened.page.close();
  }
}

/** Typing before the number moves its underline with it at once, and the next answer keeps it there. */
const followsTyping = (path) => withPage(path, async ({ page, selector }) => {
  await page.keyboard.type(DRAFT);
  const [before] = await waitAligned(page, selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  await page.keyboard.type('Hi! ');
  // Moved with the text at once, before the companion has answered again (debounce 300 ms).
  const [after] = await waitAligned(page, selector, 300);
  assert.ok(after.left > before.left + 5, 'the underline did not move with the number');
  await sleep(700); // the companion's answer for the new text
  assert.equal(misaligned(await marks(page), await page.evaluate(call(env.js.textRects, [selector, NUMBER]))), '');
});

/** Deleting the number takes the underline and the badge away, and the next answer does not bring them back. */
const goesWithTheNumber = (path) => withPage(path, async ({ page, selector }) => {
  await page.keyboard.type(DRAFT);
  await waitAligned(page, selector);
  await press(page, 'Backspace', NUMBER.length);
  await page.waitForFunction(`${call(env.js.marks)}.length === 0`, { timeout: TIMEOUT });
  await sleep(700);
  assert.deepEqual(await marks(page), []);
  assert.equal(await page.evaluate(call(env.js.badge)), null);
});

/** The site's search box and login fields are never checked; its compose box is. */
const leavesSearchAndLogin = (path) => withPage(path, async ({ page, selector }) => {
  const site = await page.evaluate(() => window.__site);
  for (const field of [site.search, ...site.login]) {
    await page.click(field);
    await page.keyboard.type(DRAFT);
  }
  await sleep(900);
  assert.deepEqual(await marks(page), [], 'a search or login field was checked');
  await page.click(selector);
  await page.keyboard.type(DRAFT);
  await waitAligned(page, selector);
});

for (const editor of env.editors || []) {
  test(`${editor}: a phone number is underlined exactly and its card names the clause`, () => underlineAndCard(editor));
  test(`${editor}: the underline follows the number when typing before it`, () => followsTyping(editor));
  test(`${editor}: the underline goes when the number is deleted`, () => goesWithTheNumber(editor));
}

for (const site of env.sites || []) {
  test(`site ${site}: a phone number is underlined exactly and its card names the clause`, () => underlineAndCard(`sites/${site}`));
  test(`site ${site}: search and login fields are not checked`, () => leavesSearchAndLogin(`sites/${site}`));
}

test('the companion refuses the Firefox extension without the token', async () => {
  // The moz-extension origin is not an allow-listed id: only the token lets it in.
  const res = await fetch(`${env.companion}/v1/check`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Origin: `moz-extension://${UUID}` }, body: JSON.stringify({ text: 'hello' }),
  });
  assert.equal(res.status, 401);
});
