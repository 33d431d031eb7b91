// Bluesky: posts are written in a Tiptap (ProseMirror) editor and are
// public; chats (/messages) use a textarea and are private.
import { composeBox, editable, nearestButton, pathOf } from './_common.js';

const isChat = (el) => pathOf(el).startsWith('/messages') || !!el.closest('[data-testid="messageInput"]') ||
  editable(el)?.getAttribute('data-testid') === 'messageInput';

export default {
  id: 'bluesky',
  hosts: ['bsky.app'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    if (isChat(el)) return nearestButton(el, /^(Send message|Send)$/i, { levels: 10 });
    return nearestButton(el, /^(composerPublishBtn|Publish post|Publish reply|Post|Reply)$/i, { levels: 16 });
  },
  /** Chats send on Enter; posts take new lines. */
  enterSends(el) {
    return isChat(el);
  },
  audience(el) {
    return isChat(el) ? 'private' : 'public';
  },
};
