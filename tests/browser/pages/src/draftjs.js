// Draft.js 0.11 with React 18, as X (Twitter) uses it.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState, convertToRaw } from 'draft-js';
import 'draft-js/dist/Draft.css';

let current = EditorState.createEmpty();
function App() {
  const [state, setState] = React.useState(current);
  current = state;
  return React.createElement(Editor, { editorState: state, onChange: (s) => { current = s; setState(s); }, ariaLabel: 'Compose', placeholder: "What's happening?" });
}
createRoot(document.getElementById('mount')).render(React.createElement(App));
window.__editor = {
  selector: '#mount .public-DraftEditor-content',
  value: () => JSON.stringify(convertToRaw(current.getCurrentContent())),
  plainText: () => current.getCurrentContent().getPlainText('\n'),
};
