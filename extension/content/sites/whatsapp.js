// WhatsApp Web: the message box is a Lexical editor in the chat's footer;
// its chat-list search is a Lexical editor too and must not be checked.
// Chats are private (a channel update is public).
import { composeBox, nearestButton } from './_common.js';

export default {
  id: 'whatsapp',
  hosts: ['web.whatsapp.com'],
  isCompose(el) {
    return composeBox(el, '#side');
  },
  sendButton(el) {
    return nearestButton(el, /^Send$/i, { levels: 10, selector: 'button, [role="button"], [data-icon="send"]' });
  },
  enterSends() {
    return true;
  },
  audience(el) {
    return el.closest('[data-testid="channel-composer"]') ? 'public' : 'private';
  },
};
