// Facebook: Lexical editors (div[role=textbox][data-lexical-editor]) for
// posts, comments and Messenger. A post's audience is the privacy button of
// the composer ("Edit privacy. Sharing with Public"); Messenger is private.
import { composeBox, editable, nearestButton, pathOf } from './_common.js';

const MESSENGER = /^\/(messages|t)\//;

function privacyLabel(el) {
  const button = nearestButton(el, /privacy|sharing with/i, { levels: 14 });
  return button ? `${button.getAttribute('aria-label') || ''} ${button.textContent}` : '';
}

export default {
  id: 'facebook',
  hosts: ['facebook.com', 'messenger.com'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    return nearestButton(el, /^(Post|Comment|Press enter to send|Send|Reply)$/i, { levels: 14 });
  },
  /** Messenger and comments send on Enter; the post composer takes new lines. */
  enterSends(el) {
    const label = (editable(el) || el).getAttribute('aria-label') || '';
    return MESSENGER.test(pathOf(el)) || /^(message|write a comment|comment as|write a reply|reply to)\b/i.test(label);
  },
  audience(el) {
    const host = editable(el) || el;
    if (MESSENGER.test(pathOf(el)) || /^message\b/i.test(host.getAttribute('aria-label') || '')) return 'private';
    const privacy = privacyLabel(el);
    if (/\bpublic\b/i.test(privacy)) return 'public';
    if (/\b(friends|only me|specific|close friends)\b/i.test(privacy)) return 'private';
    return 'public'; // comments and group posts are seen by people one does not choose
  },
};
