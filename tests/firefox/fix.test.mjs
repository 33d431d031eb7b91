// Fix in Firefox (the Chromium twin is tests/browser/test_fix.py): the card's
// replacement goes into each editor through the editor itself, so the
// framework's own state has it, typing carries on after it, and one undo
// takes it back. Run by tests/browser/test_firefox.py. No retries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, DRAFT, NUMBER, TIMEOUT, call, overlayClick, sleep, useFirefox, waitAligned, withControl, withPage } from './_firefox.mjs';

useFirefox();

const REPLACEMENT = '[phone number]';
const FIXED = DRAFT.replace(NUMBER, REPLACEMENT);
// A person reads the card before pressing Fix; Quill and ProseMirror merge
// edits closer together than ~1 s into one undo step (see test_fix.py).
const READING_MS = 1100;

const plainText = (page) => page.evaluate(() => window.__editor.plainText());
const value = (page) => page.evaluate(() => window.__editor.value());

async function waitText(page, text, timeout = 2000) {
  await page.waitForFunction((t) => window.__editor.plainText() === t, { timeout }, text).catch(async () => {
    assert.fail(`the editor says ${JSON.stringify(await plainText(page))}, not ${JSON.stringify(text)}`);
  });
}

async function openCardAnd(page, selector, button) {
  const [mark] = await waitAligned(page, selector);
  await page.mouse.click((mark.left + mark.right) / 2, (mark.top + mark.bottom) / 2);
  await page.waitForFunction(`${call(env.js.card)} !== null`, { timeout: TIMEOUT });
  await overlayClick(page, `.card button.${button}`);
}

for (const editor of env.editors || []) {
  test(`${editor}: Fix puts the replacement into the framework's state and typing carries on after it`, () => withPage(editor, async ({ page, selector }) => {
    await page.keyboard.type(DRAFT);
    await openCardAnd(page, selector, 'fix');
    await waitText(page, FIXED);
    const fixed = await value(page);
    assert.ok(fixed.includes(REPLACEMENT) && !fixed.includes(NUMBER), 'the framework state does not have the replacement');
    await page.keyboard.type('abcde');
    await waitText(page, FIXED + 'abcde');
    assert.ok((await value(page)).includes(`${REPLACEMENT}abcde`));
    await sleep(700); // the next check answers for the fixed text
    assert.equal(await plainText(page), FIXED + 'abcde');
    assert.deepEqual(await page.evaluate(call(env.js.marks)), [], 'the fixed number is still underlined');
  }));

  test(`${editor}: one undo after Fix brings the number back`, () => withPage(editor, async ({ page, selector }) => {
    await page.keyboard.type(DRAFT);
    await waitAligned(page, selector);
    await sleep(READING_MS);
    await openCardAnd(page, selector, 'fix');
    await waitText(page, FIXED);
    await withControl(page, 'z');
    await waitText(page, DRAFT);
    const undone = await value(page);
    assert.ok(undone.includes(NUMBER) && !undone.includes(REPLACEMENT));
    await waitAligned(page, selector); // and the warning is back with it
  }));
}
