// YouTube comments: a plain contenteditable (#contenteditable-root) inside
// ytd-commentbox, sent with #submit-button; live chat has its own input.
// Both public.
import { composeBox, nearestButton } from './_common.js';

export default {
  id: 'youtube',
  hosts: ['youtube.com'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    const box = el.closest('ytd-commentbox, ytd-comment-simplebox-renderer');
    const submit = box && (box.querySelector('#submit-button button') || box.querySelector('#submit-button'));
    return submit || nearestButton(el, /^(Comment|Reply|Send)$/i, { levels: 12 });
  },
  /** Live chat sends on Enter; a comment takes new lines. */
  enterSends(el) {
    return !!el.closest('yt-live-chat-text-input-field-renderer');
  },
  audience() {
    return 'public';
  },
};
