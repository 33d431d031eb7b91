// Instagram: Lexical for captions and direct messages, a textarea for
// comments. Direct messages (/direct/, the "Message…" box) are private.
import { composeBox, editable, nearestButton, pathOf } from './_common.js';

const isDirect = (el) => pathOf(el).startsWith('/direct/') || /^message\b/i.test(editable(el)?.getAttribute('aria-label') || '');

export default {
  id: 'instagram',
  hosts: ['instagram.com'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    return nearestButton(el, /^(Share|Post|Send)$/i, { levels: 14 });
  },
  /** Comments and direct messages send on Enter; a caption takes new lines. */
  enterSends(el) {
    return !/caption/i.test(editable(el)?.getAttribute('aria-label') || '');
  },
  audience(el) {
    return isDirect(el) ? 'private' : 'public';
  },
};
