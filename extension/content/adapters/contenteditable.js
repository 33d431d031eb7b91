// Any other contenteditable element (a plain one, CKEditor 5, others): the
// reader's defaults; a fix goes as beforeinput first, execCommand if unhandled.
import { readHost, editingHost, replaceThroughEditor, insertByBeforeInputOrCommand } from './dom_text.js';

export default {
  id: 'contenteditable',
  find(el) {
    return editingHost(el);
  },
  read(host) {
    return readHost(host);
  },
  replace(host, start, end, text) {
    return replaceThroughEditor(host, this.read, start, end, text, insertByBeforeInputOrCommand);
  },
};
