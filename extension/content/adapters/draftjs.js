// Draft.js: an empty block holds a <br data-text="true">, dropped as a trailing break.
import { readHost, editingHost, replaceThroughEditor } from './dom_text.js';

export default {
  id: 'draftjs',
  find(el) {
    const host = editingHost(el);
    return host && host.matches('.public-DraftEditor-content') ? host : null;
  },
  read(host) {
    return readHost(host);
  },
  replace(host, start, end, text) {
    return replaceThroughEditor(host, this.read, start, end, text);
  },
};
