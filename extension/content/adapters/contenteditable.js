// Any other contenteditable element: the reader's defaults.
import { readHost, editingHost } from './dom_text.js';

export default {
  id: 'contenteditable',
  find(el) {
    return editingHost(el);
  },
  read(host) {
    return readHost(host);
  },
};
