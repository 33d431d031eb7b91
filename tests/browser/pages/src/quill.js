// Quill 2 (core theme), as LinkedIn-style composers use it.
import Quill from 'quill';
import 'quill/dist/quill.core.css';

const quill = new Quill('#mount', { placeholder: 'Start a post' });
quill.root.setAttribute('aria-label', 'Compose');
window.__editor = {
  selector: '#mount .ql-editor',
  value: () => JSON.stringify(quill.getContents()),
  // Quill always ends its text with "\n"; the visible draft does not.
  plainText: () => quill.getText().replace(/\n$/, ''),
};
