// Mastodon (any server, so matched by its compose form rather than a host
// name): a React textarea; the audience is the visibility dropdown
// ("Public", "Quiet public"/"Unlisted", "Followers", "Specific people"/"Mentioned").
import { composeBox, nearestButton } from './_common.js';

export default {
  id: 'mastodon',
  hosts: ['mastodon.social', 'mastodon.online', 'mstdn.social', 'mastodon.ac.uk'],
  /** Any Mastodon server: its web app's compose form. */
  detect(doc) {
    return !!doc.querySelector('#mastodon, .compose-form textarea.autosuggest-textarea__textarea');
  },
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    const form = el.closest('.compose-form, form');
    return (form && form.querySelector('.compose-form__publish button, button[type="submit"]')) ||
      nearestButton(el, /^(Post|Publish|Toot!?|Reply|Save)$/i);
  },
  enterSends() {
    return false; // Ctrl+Enter posts; Enter is a new line
  },
  audience(el) {
    const form = el.closest('.compose-form, form') || el.ownerDocument;
    const dropdown = form.querySelector('.privacy-dropdown button, .visibility-dropdown button, button[title*="privacy" i], button[aria-label*="privacy" i], button[title*="visibility" i]');
    const label = dropdown ? `${dropdown.getAttribute('aria-label') || ''} ${dropdown.getAttribute('title') || ''} ${dropdown.textContent}` : '';
    if (/followers|specific people|mentioned|direct|private/i.test(label.replace(/change post privacy|adjust status privacy/i, ''))) return 'private';
    return 'public';
  },
};
