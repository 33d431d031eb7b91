// X (Twitter): Draft.js editors tagged data-testid="tweetTextarea_N" (posts
// and replies, public) and "dmComposerTextInput" (direct messages, private).
import { editable, isWritable, nearestButton } from './_common.js';

const POST = '[data-testid^="tweetTextarea_"]';
const DM = '[data-testid="dmComposerTextInput"]';

export default {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  isCompose(el) {
    const host = editable(el);
    return !!host && isWritable(host) && !!host.closest(`${POST}, ${DM}`);
  },
  sendButton(el) {
    if (el.closest(DM)) return nearestButton(el, /dmComposerSendButton/, { levels: 12 });
    return nearestButton(el, /^tweetButton(Inline)?$/, { levels: 20 });
  },
  audience(el) {
    return el.closest(DM) ? 'private' : 'public';
  },
};
