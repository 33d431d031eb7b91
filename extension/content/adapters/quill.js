// Quill: empty lines are <p><br></p>; its cursor blot holds U+FEFF, which the reader drops.
import { readHost, editingHost, replaceThroughEditor } from './dom_text.js';

export default {
  id: 'quill',
  find(el) {
    const host = editingHost(el);
    return host && host.matches('.ql-editor') ? host : null;
  },
  read(host) {
    return readHost(host);
  },
  replace(host, start, end, text) {
    return replaceThroughEditor(host, this.read, start, end, text);
  },
};
