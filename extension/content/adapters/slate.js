// Slate: empty leaves render <span data-slate-zero-width> with U+FEFF and a
// <br>, and the placeholder is a contenteditable=false span; neither is text.
import { readHost, editingHost, replaceThroughEditor, insertByBeforeInput } from './dom_text.js';

const skip = (el) => el.hasAttribute('data-slate-zero-width') || el.hasAttribute('data-slate-placeholder');

export default {
  id: 'slate',
  find(el) {
    const host = editingHost(el);
    return host && host.matches('[data-slate-editor="true"]') ? host : null;
  },
  read(host) {
    return readHost(host, skip);
  },
  // execCommand's DOM edit is reverted by Slate; its model changes only through beforeinput.
  replace(host, start, end, text) {
    return replaceThroughEditor(host, this.read, start, end, text, insertByBeforeInput);
  },
};
