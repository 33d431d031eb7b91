// TikTok: comments are a Draft.js editor in [data-e2e="comment-input"]
// (public); direct messages (/messages) are private.
import { composeBox, nearestButton, pathOf } from './_common.js';

const isMessage = (el) => pathOf(el).startsWith('/messages') || !!el.closest('[data-e2e="message-input-area"]');

export default {
  id: 'tiktok',
  hosts: ['tiktok.com'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    if (isMessage(el)) return nearestButton(el, /^(message-send|Send)$/i, { levels: 10 });
    return nearestButton(el, /^(comment-post|Post)$/i, { levels: 10 });
  },
  /** Comments and messages send on Enter. */
  enterSends() {
    return true;
  },
  audience(el) {
    return isMessage(el) ? 'private' : 'public';
  },
};
