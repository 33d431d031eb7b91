// Lexical: decorators are contenteditable=false, which the reader skips already.
import { readHost, editingHost, replaceThroughEditor } from './dom_text.js';

export default {
  id: 'lexical',
  find(el) {
    const host = editingHost(el);
    return host && host.matches('[data-lexical-editor="true"]') ? host : null;
  },
  read(host) {
    return readHost(host);
  },
  replace(host, start, end, text) {
    return replaceThroughEditor(host, this.read, start, end, text);
  },
};
