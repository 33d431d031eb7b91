// Slate with slate-react and history, as Discord and others use it.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node } from 'slate';
import { Slate, Editable, withReact } from 'slate-react';
import { withHistory } from 'slate-history';

const editor = withHistory(withReact(createEditor()));
const initial = [{ type: 'paragraph', children: [{ text: '' }] }];
const renderElement = ({ attributes, children }) => React.createElement('p', attributes, children);
function App() {
  return React.createElement(Slate, { editor, initialValue: initial },
    React.createElement(Editable, { renderElement, placeholder: 'Message #general', 'aria-label': 'Compose' }));
}
createRoot(document.getElementById('mount')).render(React.createElement(App));
window.__editor = {
  selector: '#mount [data-slate-editor="true"]',
  value: () => JSON.stringify(editor.children),
  plainText: () => editor.children.map((n) => Node.string(n)).join('\n'),
};
