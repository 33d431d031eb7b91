// Confirm before posting in Firefox (the Chromium twin is
// tests/browser/test_confirm.py): a draft with a high-risk warning is held at
// the page's Post button and at Enter-to-send; "Post anyway" lets it out once,
// "Edit" does not and puts the focus back in the draft. The pages' own send
// logs the framework's text into #sent. Run by tests/browser/test_firefox.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, OVERLAY, call, overlayClick, sent, sleep, useFirefox, waitSent, withPage } from './_firefox.mjs';

useFirefox();

const PASSWORD_DRAFT = 'my password is Hunter2!';
const DIALOG = `() => { const d = ${OVERLAY}?.querySelector('.confirm'); return d ? d.textContent : null; }`;

async function typeRiskyAndWait(page) {
  await page.keyboard.type(PASSWORD_DRAFT);
  await page.waitForFunction(`${call(env.js.marks)}.some((m) => m.severity === 'high')`, { timeout: 3000 });
}

async function waitDialog(page) {
  await page.waitForFunction(`(${DIALOG})() !== null`, { timeout: 1500 });
  return page.evaluate(`(${DIALOG})()`);
}

const editorFocused = (page, selector) => page.evaluate((s) => {
  const h = document.querySelector(s), a = document.activeElement;
  return !!a && (a === h || h.contains(a));
}, selector);

for (const editor of env.editors || []) {
  test(`${editor}: the Post button is held and Post anyway sends once`, () => withPage(editor, async ({ page }) => {
    await typeRiskyAndWait(page);
    await page.click('#send');
    const text = await waitDialog(page);
    assert.match(text, /Password/);
    assert.ok(text.includes('Hunter2!'), 'the dialog does not say what is about to go out');
    assert.deepEqual(await sent(page), []);
    await overlayClick(page, '.confirm button.post');
    await waitSent(page, 1);
    assert.deepEqual(await sent(page), [PASSWORD_DRAFT]);
    assert.equal(await page.evaluate(`(${DIALOG})()`), null);
  }));

  test(`${editor}: Edit keeps the post and goes back to the draft`, () => withPage(editor, async ({ page, selector }) => {
    await typeRiskyAndWait(page);
    await page.click('#send');
    await waitDialog(page);
    await overlayClick(page, '.confirm button.edit');
    assert.equal(await page.evaluate(`(${DIALOG})()`), null);
    assert.ok(await editorFocused(page, selector), 'focus did not go back to the draft');
    await sleep(300);
    assert.deepEqual(await sent(page), []);
    await page.click('#send'); // still held: Edit is not a pass
    await waitDialog(page);
    await page.keyboard.press('Escape');
    assert.deepEqual(await sent(page), []);
    assert.equal(await page.evaluate(() => window.__editor.plainText()), PASSWORD_DRAFT);
  }));

  test(`${editor}: Enter-to-send is held and Post anyway sends`, () => withPage(editor, async ({ page }) => {
    await page.waitForFunction(() => document.querySelector(window.__editor.selector).getAttribute('enterkeyhint') === 'send');
    await typeRiskyAndWait(page);
    await page.keyboard.press('Enter');
    assert.match(await waitDialog(page), /Password/);
    assert.deepEqual(await sent(page), []);
    assert.equal(await page.evaluate(() => window.__editor.plainText()), PASSWORD_DRAFT, 'Enter reached the editor');
    await overlayClick(page, '.confirm button.post');
    await waitSent(page, 1);
    assert.deepEqual(await sent(page), [PASSWORD_DRAFT]);
  }, '?send=enter'));
}
