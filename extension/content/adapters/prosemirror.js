// ProseMirror (and Tiptap, which renders through it): trailing breaks
// (br.ProseMirror-trailingBreak) and separator images are not text; widget
// decorations are contenteditable=false.
import { readHost, editingHost, replaceThroughEditor } from './dom_text.js';

const skip = (el) => el.classList.contains('ProseMirror-separator') || el.classList.contains('ProseMirror-widget');

export default {
  id: 'prosemirror',
  find(el) {
    const host = editingHost(el);
    return host && host.classList.contains('ProseMirror') ? host : null;
  },
  read(host) {
    return readHost(host, skip);
  },
  replace(host, start, end, text) {
    return replaceThroughEditor(host, this.read, start, end, text);
  },
};
