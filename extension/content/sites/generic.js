// Any other site: a textarea or rich editor that is not a search or login
// field is a compose box; the send button is its form's submit button or a
// nearby "Post"/"Send"/"Reply" button; who will read it is unknown.
import { composeBox, nearestButton, formSubmit } from './_common.js';

export default {
  id: 'generic',
  hosts: [],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    return formSubmit(el) || nearestButton(el, /^(post|send|reply|comment|publish|share|tweet)$/i, { levels: 6 });
  },
  audience() {
    return 'unknown';
  },
};
