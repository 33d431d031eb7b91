// The editor adapters, most specific first. Each one: {id, find(el) → host
// or null, read(host) → snapshot {text, rects(start, end), valid()},
// replace(host, start, end, text) → Promise<boolean> (a fix the editor accepts)}.
// A meta-test (tests/browser/test_extension_layout.py) checks that every
// file in this folder is listed here.
import textarea from './textarea.js';
import lexical from './lexical.js';
import draftjs from './draftjs.js';
import slate from './slate.js';
import prosemirror from './prosemirror.js';
import quill from './quill.js';
import contenteditable from './contenteditable.js';

export const ADAPTERS = [textarea, lexical, draftjs, slate, prosemirror, quill, contenteditable];

/** {adapter, host} for the editor containing `el`, or null. */
export function findEditor(el) {
  for (const adapter of ADAPTERS) {
    const host = adapter.find(el);
    if (host) return { adapter, host };
  }
  return null;
}
