// The real editor frameworks, mounted the way each site mounts them. Every
// mount returns what the tests read: {selector, value(), plainText()}.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { Editor as DraftEditor, EditorState, convertToRaw } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { createEditor as createLexical, $getRoot } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { registerPlainText } from '@lexical/plain-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { createEditor as createSlate, Node } from 'slate';
import { Slate, Editable, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import Quill from 'quill';
import 'quill/dist/quill.core.css';
import { Editor as TiptapEditor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { InlineEditor } from '@ckeditor/ckeditor5-editor-inline';
import { Essentials } from '@ckeditor/ckeditor5-essentials';
import { Paragraph } from '@ckeditor/ckeditor5-paragraph';

/** Draft.js with React 18; `props` go to <Editor> (X tags it with webDriverTestID). */
export function draft(mount, props = {}) {
  let current = EditorState.createEmpty();
  function App() {
    const [state, setState] = React.useState(current);
    current = state;
    return React.createElement(DraftEditor, { editorState: state, onChange: (s) => { current = s; setState(s); }, ...props });
  }
  createRoot(mount).render(React.createElement(App));
  return {
    selector: `#${mount.id} .public-DraftEditor-content`,
    value: () => JSON.stringify(convertToRaw(current.getCurrentContent())),
    plainText: () => current.getCurrentContent().getPlainText('\n'),
  };
}

/** Lexical on a contenteditable the page made (Meta's sites set role, aria-label and more on it). */
export function lexical(el, { rich = true } = {}) {
  el.contentEditable = 'true';
  const editor = createLexical({ namespace: 'site', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
  editor.setRootElement(el);
  (rich ? registerRichText : registerPlainText)(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  return {
    editor,
    selector: `#${el.id}`,
    value: () => JSON.stringify(editor.getEditorState().toJSON()),
    plainText: () => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()).join('\n')),
  };
}

/** Slate with slate-react; `props` go to <Editable> (aria-label, data-* attributes). */
export function slate(mount, props = {}) {
  const editor = withHistory(withReact(createSlate()));
  const initial = [{ type: 'paragraph', children: [{ text: '' }] }];
  const renderElement = ({ attributes, children }) => React.createElement('div', attributes, children);
  function App() {
    return React.createElement(Slate, { editor, initialValue: initial }, React.createElement(Editable, { renderElement, ...props }));
  }
  createRoot(mount).render(React.createElement(App));
  return {
    selector: `#${mount.id} [data-slate-editor="true"]`,
    value: () => JSON.stringify(editor.children),
    plainText: () => editor.children.map((n) => Node.string(n)).join('\n'),
  };
}

/** Quill 2; `attributes` are set on its .ql-editor. */
export function quill(mount, { placeholder = '', attributes = {} } = {}) {
  const q = new Quill(mount, { placeholder });
  for (const [k, v] of Object.entries(attributes)) q.root.setAttribute(k, v);
  return {
    selector: `#${mount.id} .ql-editor`,
    value: () => JSON.stringify(q.getContents()),
    plainText: () => q.getText().replace(/\n$/, ''),
  };
}

/** Tiptap (ProseMirror) with the starter kit; `attributes` go on the .ProseMirror element. */
export function tiptap(mount, attributes = {}) {
  const editor = new TiptapEditor({ element: mount, extensions: [StarterKit], editorProps: { attributes } });
  return {
    selector: `#${mount.id} .ProseMirror`,
    value: () => JSON.stringify(editor.getJSON()),
    plainText: () => editor.getText({ blockSeparator: '\n' }),
  };
}

/** A React-controlled <textarea> (Mastodon, Bluesky chat). */
export function reactTextarea(mount, props = {}) {
  let current = '';
  function App() {
    const [value, setValue] = React.useState('');
    current = value;
    return React.createElement('textarea', { value, onChange: (e) => { current = e.target.value; setValue(e.target.value); }, ...props });
  }
  createRoot(mount).render(React.createElement(App));
  return { selector: `#${mount.id} textarea`, value: () => current, plainText: () => current };
}

/**
 * CKEditor 5 (inline) on an element the page made; `attributes` are set on
 * the editable through the editing view, as an integration (Teams) does.
 */
export function ckeditor(el, { label = '', attributes = {} } = {}) {
  let editor = null;
  InlineEditor.create(el, { licenseKey: 'GPL', plugins: [Essentials, Paragraph], label }).then((e) => {
    editor = e;
    e.editing.view.change((writer) => {
      for (const [k, v] of Object.entries(attributes)) writer.setAttribute(k, v, e.editing.view.document.getRoot());
    });
    el.parentElement.dataset.ready = 'true'; // CKEditor owns the editable's own attributes
  });
  const text = () => Array.from(editor.model.document.getRoot().getChildren())
    .map((block) => Array.from(block.getChildren()).map((n) => n.data || '').join('')).join('\n');
  return {
    // Ready once CKEditor has taken the element over (the tests wait for the selector).
    selector: `[data-ready="true"] > #${el.id}`,
    value: () => editor.getData(),
    plainText: text,
  };
}

/** A plain contenteditable (YouTube's comment box, Teams' editable). */
export function contenteditable(el) {
  el.contentEditable = 'true';
  return { selector: `#${el.id}`, value: () => el.innerHTML, plainText: () => el.innerText.replace(/\n$/, '') };
}

/**
 * What the tests need besides the editor: the boxes that must be ignored,
 * the send button the profile must find and the audience it must report.
 */
export function expose(editor, site) {
  window.__editor = editor;
  window.__site = site;
  // The site's own send, logging what the framework says the draft is: its
  // send button and, where the site sends on Enter, plain Enter in the box
  // (listening in the capture phase so the editor does not take the key first).
  const post = () => {
    const li = document.createElement('li');
    li.textContent = editor.plainText();
    document.getElementById('sent').append(li);
  };
  if (site.send) {
    const button = document.querySelector(site.send);
    button.addEventListener('click', post);
    // Single-page apps post with script, never by navigating.
    button.closest('form')?.addEventListener('submit', (e) => e.preventDefault());
  }
  if (site.enterSends) {
    document.addEventListener('keydown', (e) => {
      const box = document.querySelector(editor.selector);
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing || !box || !box.contains(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
      post();
    }, true);
  }
}
