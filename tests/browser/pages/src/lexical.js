// Lexical with rich text and history, as Facebook, Instagram and WhatsApp Web use it.
import { createEditor, $getRoot } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

const mount = document.getElementById('mount');
const el = document.createElement('div');
el.contentEditable = 'true';
el.setAttribute('aria-label', 'Compose');
mount.append(el);
const editor = createEditor({ namespace: 'test', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
editor.setRootElement(el);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
window.__editor = {
  selector: '#mount [data-lexical-editor="true"]',
  value: () => JSON.stringify(editor.getEditorState().toJSON()),
  // Lexical joins paragraphs with "\n\n" in getTextContent(); blocks with "\n" is what people see.
  plainText: () => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()).join('\n')),
};
