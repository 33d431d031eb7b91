// Threads: a Lexical editor ("Empty text field. Type to compose a new
// post."); posts and replies are public.
import { composeBox, nearestButton } from './_common.js';

export default {
  id: 'threads',
  hosts: ['threads.net', 'threads.com'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    return nearestButton(el, /^(Post|Reply)$/i, { levels: 16 });
  },
  enterSends() {
    return false;
  },
  audience() {
    return 'public';
  },
};
