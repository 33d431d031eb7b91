// Tiptap (on ProseMirror) with the starter kit, as many newer sites use it.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const editor = new Editor({ element: document.getElementById('mount'), extensions: [StarterKit], editorProps: { attributes: { 'aria-label': 'Compose' } } });
window.__editor = {
  selector: '#mount .ProseMirror',
  value: () => JSON.stringify(editor.getJSON()),
  plainText: () => editor.getText({ blockSeparator: '\n' }),
};
