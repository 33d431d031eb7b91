// Reddit: posts and comments are public (a Slate rich-text editor, or the
// markdown textarea); chat (/chat) is private.
import { composeBox, nearestButton, formSubmit, pathOf } from './_common.js';

const isChat = (el) => pathOf(el).startsWith('/chat') || !!el.closest('[data-testid="chat-composer"], rs-message-composer');

export default {
  id: 'reddit',
  hosts: ['reddit.com'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    return nearestButton(el, /^(Comment|Post|Reply|Send|Save)$/i, { levels: 12 }) || formSubmit(el);
  },
  /** Chat sends on Enter; posts and comments take new lines. */
  enterSends(el) {
    return isChat(el);
  },
  audience(el) {
    return isChat(el) ? 'private' : 'public';
  },
};
