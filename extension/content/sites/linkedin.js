// LinkedIn: the share box is a Quill editor (.ql-editor) whose audience
// button reads "Anyone" or "Connections only"; messaging is a plain
// contenteditable (.msg-form__contenteditable) and private.
import { composeBox, nearestButton } from './_common.js';

const MESSAGE = '.msg-form, .msg-form__contenteditable';

export default {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    if (el.closest(MESSAGE)) return nearestButton(el, /^Send$/i, { levels: 10 });
    return nearestButton(el, /^(Post|Comment|Reply)$/i, { levels: 14 });
  },
  /** Messaging sends on Enter (LinkedIn's default); posts and comments take new lines. */
  enterSends(el) {
    return !!el.closest(MESSAGE);
  },
  audience(el) {
    if (el.closest(MESSAGE)) return 'private';
    const who = nearestButton(el, /anyone|connections only|post to|visibility/i, { levels: 14 });
    if (who && /connections only/i.test(`${who.getAttribute('aria-label') || ''} ${who.textContent}`)) return 'private';
    return 'public';
  },
};
