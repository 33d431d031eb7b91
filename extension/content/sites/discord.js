// Discord: the message box is a Slate editor labelled "Message #channel" on
// a server or "Message @person" in direct messages; it sends on Enter and
// has no send button. Server channels count as public (anyone who joins
// reads them), direct messages as private.
import { composeBox, editable, pathOf } from './_common.js';

export default {
  id: 'discord',
  hosts: ['discord.com', 'discordapp.com'],
  isCompose(el) {
    return composeBox(el, '[class*="search" i], [role="search"]');
  },
  sendButton() {
    return null; // Enter sends
  },
  enterSends() {
    return true;
  },
  audience(el) {
    const label = editable(el)?.getAttribute('aria-label') || '';
    if (pathOf(el).startsWith('/channels/@me') || /^message @/i.test(label)) return 'private';
    return 'public';
  },
};
