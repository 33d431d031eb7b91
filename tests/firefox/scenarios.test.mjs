// The shared scenarios in Firefox ESR (see _firefox.mjs): the underline
// exactly under the number, the card naming the clause, the underline moving
// with the text and going with it, in every editor page; in every site page
// also the audience the companion is told, search/login fields left alone and
// a risky post held at the site's own send.
// Run by tests/browser/test_firefox.py. No retries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, DRAFT, NUMBER, OVERLAY, TIMEOUT, UUID, call, marks, misaligned, overlayClick, press, sent, sleep, underlineAndCard, useFirefox, waitAligned, waitSent, withControl, withPage } from './_firefox.mjs';

useFirefox();

/** Typing before the number moves its underline with it at once, and the next answer keeps it there. */
const followsTyping = (path) => withPage(path, async ({ page, selector }) => {
  await page.keyboard.type(DRAFT);
  const [before] = await waitAligned(page, selector);
  await withControl(page, 'Home');
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
  // Let the page's editor finish mounting first: Slate (Reddit's page) can
  // take the focus back while it settles, and the typing would land in it.
  await sleep(400);
  for (const field of [site.search, ...site.login]) {
    await page.click(field);
    await page.focus(field);
    await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), { timeout: TIMEOUT }, field);
    await page.keyboard.type(DRAFT);
  }
  await sleep(900);
  assert.deepEqual(await marks(page), [], 'a search or login field was checked');
  await page.click(selector);
  await page.keyboard.type(DRAFT);
  await waitAligned(page, selector);
});

/** A post with a password is held at the site's own send (its button, else Enter) until "Post anyway". */
const heldAtTheSitesSend = (path) => withPage(path, async ({ page }) => {
  const site = await page.evaluate(() => window.__site);
  await page.keyboard.type('my password is Hunter2!');
  await page.waitForFunction(`${call(env.js.marks)}.some((m) => m.severity === 'high')`, { timeout: TIMEOUT });
  if (site.send) await page.click(site.send);
  else await page.keyboard.press('Enter');
  await page.waitForFunction(`!!${OVERLAY}?.querySelector('.confirm')`, { timeout: 1500 });
  await sleep(200);
  assert.deepEqual(await sent(page), [], 'the post went out before the person chose');
  await overlayClick(page, '.confirm button.post');
  await waitSent(page, 1);
  assert.deepEqual(await sent(page), ['my password is Hunter2!']);
});

for (const editor of env.editors || []) {
  test(`${editor}: a phone number is underlined exactly and its card names the clause`, () => underlineAndCard(editor));
  test(`${editor}: the underline follows the number when typing before it`, () => followsTyping(editor));
  test(`${editor}: the underline goes when the number is deleted`, () => goesWithTheNumber(editor));
}

for (const site of env.sites || []) {
  test(`site ${site}: a phone number is underlined exactly and its card names the clause`, () => underlineAndCard(`sites/${site}`));
  test(`site ${site}: search and login fields are not checked`, () => leavesSearchAndLogin(`sites/${site}`));
  test(`site ${site}: a post with a password is held at the site's own send until Post anyway`, () => heldAtTheSitesSend(`sites/${site}`));
}

test('the companion refuses the Firefox extension without the token', async () => {
  // The moz-extension origin is not an allow-listed id: only the token lets it in.
  const res = await fetch(`${env.companion}/v1/check`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Origin: `moz-extension://${UUID}` }, body: JSON.stringify({ text: 'hello' }),
  });
  assert.equal(res.status, 401);
});
