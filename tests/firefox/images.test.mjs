// Images in Firefox (the Chromium twin is tests/browser/test_images.py): an ID
// card chosen with the page's file input goes to the companion, the box says
// it is being checked, then the card shows the id_document warning with a
// thumbnail, and a post with it is held. Run by tests/browser/test_firefox.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, OVERLAY, overlayClick, sent, useFirefox, waitSent, withPage } from './_firefox.mjs';

useFirefox();

const WATCH_PILL = `() => {
  const root = ${OVERLAY};
  window.__pill = [];
  const look = () => {
    const p = root.querySelector('.pill');
    const t = p && !p.hidden ? p.textContent : '';
    if (window.__pill[window.__pill.length - 1] !== t) window.__pill.push(t);
  };
  look();
  new MutationObserver(look).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
}`;
const IMAGE_CARD = `() => {
  const c = ${OVERLAY}?.querySelector('.card');
  if (!c) return null;
  const img = c.querySelector('img.thumb');
  return { category: c.dataset.category, title: c.querySelector('h2')?.textContent || '',
           thumb: img ? { src: img.src.slice(0, 23), loaded: img.complete && img.naturalWidth > 0 } : null };
}`;
const BADGE_SHOWN = `(() => { const b = ${OVERLAY}?.querySelector('.badge'); return !!b && !b.hidden; })()`;

async function attach(page) {
  const input = await page.$('#attach');
  await input.uploadFile(env.idCard);
  // The first image check of a fresh companion also loads its image models.
  await page.waitForFunction(BADGE_SHOWN, { timeout: 20000 });
}

for (const editor of env.editors || []) {
  test(`${editor}: an ID card chosen with the file input is checked and shown with its thumbnail`, () => withPage(editor, async ({ page }) => {
    await page.evaluate(`(${WATCH_PILL})()`);
    await attach(page);
    await page.waitForFunction(`${OVERLAY}.querySelector('.pill').hidden`, { timeout: 1000 });
    const states = await page.evaluate(() => window.__pill);
    assert.ok(states.includes('Checking image…'), JSON.stringify(states));
    assert.equal(states.at(-1), '', 'the checking state did not go away');
    await overlayClick(page, '.badge');
    await page.waitForFunction(`(${IMAGE_CARD})() !== null`, { timeout: 1000 });
    const card = await page.evaluate(`(${IMAGE_CARD})()`);
    assert.equal(card.category, 'id_document', JSON.stringify(card));
    assert.ok(card.thumb && card.thumb.src === 'data:image/jpeg;base64,' && card.thumb.loaded, JSON.stringify(card.thumb));
  }));
}

test('a post with the ID card is held until Post anyway', () => withPage((env.editors || ['textarea'])[0], async ({ page }) => {
  await page.keyboard.type('first day on campus!');
  await attach(page);
  await page.click('#send');
  await page.waitForFunction(`!!${OVERLAY}?.querySelector('.confirm')`, { timeout: 1500 });
  assert.match(await page.evaluate(`${OVERLAY}.querySelector('.confirm').textContent`), /ID card/);
  assert.deepEqual(await sent(page), []);
  await overlayClick(page, '.confirm button.post');
  await waitSent(page, 1);
  assert.deepEqual(await sent(page), ['first day on campus!']);
}));
