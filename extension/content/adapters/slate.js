// Slate: empty leaves render <span data-slate-zero-width> with U+FEFF and a
// <br>, and the placeholder is a contenteditable=false span; neither is text.
import { readHost, editingHost } from './dom_text.js';

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
};
