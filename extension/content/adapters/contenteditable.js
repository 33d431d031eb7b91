// Any other contenteditable element: the reader's defaults.
import { readHost, editingHost, replaceThroughEditor } from './dom_text.js';

export default {
  id: 'contenteditable',
  find(el) {
    return editingHost(el);
  },
  read(host) {
    return readHost(host);
  },
  replace(host, start, end, text) {
    return replaceThroughEditor(host, this.read, start, end, text);
  },
};
