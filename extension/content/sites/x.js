// X (Twitter): Draft.js editors tagged data-testid="tweetTextarea_N" (posts
// and replies, public) and "dmComposerTextInput" (direct messages, private).
import { composeBox, nearestButton } from './_common.js';

const DM = '[data-testid="dmComposerTextInput"]';

export default {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    if (el.closest(DM)) return nearestButton(el, /dmComposerSendButton/, { levels: 12 });
    return nearestButton(el, /^tweetButton(Inline)?$/, { levels: 20 });
  },
  /** Enter is a new line in a post; in direct messages it sends. */
  enterSends(el) {
    return !!el.closest(DM);
  },
  audience(el) {
    return el.closest(DM) ? 'private' : 'public';
  },
};
