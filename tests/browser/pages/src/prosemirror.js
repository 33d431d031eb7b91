// Plain ProseMirror with the basic schema, history and keymaps.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import 'prosemirror-view/style/prosemirror.css';

const view = new EditorView(document.getElementById('mount'), {
  state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)] }),
  attributes: { 'aria-label': 'Compose' },
});
window.__editor = {
  selector: '#mount .ProseMirror',
  value: () => JSON.stringify(view.state.doc.toJSON()),
  plainText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
};
