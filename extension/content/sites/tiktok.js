// TikTok: comments are a Draft.js editor in [data-e2e="comment-input"]
// (public); direct messages (/messages) are private.
import { editable, isWritable, nearestButton, pathOf } from './_common.js';

const isMessage = (el) => pathOf(el).startsWith('/messages') || !!el.closest('[data-e2e="message-input-area"]');

export default {
  id: 'tiktok',
  hosts: ['tiktok.com'],
  isCompose(el) {
    const host = editable(el);
    return !!host && isWritable(host) && !!host.closest('[data-e2e="comment-input"], [data-e2e="message-input-area"], [data-e2e="comment-text"]');
  },
  sendButton(el) {
    if (isMessage(el)) return nearestButton(el, /^(message-send|Send)$/i, { levels: 10 });
    return nearestButton(el, /^(comment-post|Post)$/i, { levels: 10 });
  },
  audience(el) {
    return isMessage(el) ? 'private' : 'public';
  },
};
