// The "about to post" dialog, shown when a post with a high-risk warning is
// held. Modal in the overlay's shadow root: focus stays inside it (Tab
// cycles), Escape means Edit. It is handed data and two callbacks and never
// calls chrome.* (see STYLE.md habit 6).
//
// items: [{title, excerpt?: the risky words, thumbnail?: image URL, imageName?}]

import { overlayRoot } from './overlay.js';

let open = null; // {backdrop, finish}

/** Show the dialog; resolves 'post' or 'edit'. A second call while open answers 'edit' to the first. */
export function confirmPost(doc, { items, where = 'this post' }) {
  if (open) open.finish('edit');
  const { root, layer } = overlayRoot(doc);
  const make = (tag, props = {}, ...children) => {
    const node = doc.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  };
  const n = items.length;
  const title = make('h2', { id: 'second-thought-confirm-title' }, 'Post this anyway?');
  const intro = make('p', { id: 'second-thought-confirm-desc' },
    `${where[0].toUpperCase()}${where.slice(1)} is about to go out with ${n === 1 ? 'a high-risk warning' : `${n} high-risk warnings`}:`);
  const list = make('ul');
  for (const item of items) {
    const li = make('li', {}, make('strong', {}, item.title));
    if (item.excerpt) li.append(' — ', make('span', { className: 'excerpt' }, item.excerpt));
    if (item.thumbnail) li.append(make('img', { className: 'thumb', src: item.thumbnail, alt: `The attached image ${item.imageName || ''}`.trim() }));
    list.append(li);
  }
  const hint = make('p', {}, 'Once posted, it can be copied or screenshotted even if you delete it later.');
  const edit = make('button', { type: 'button', className: 'edit', textContent: 'Edit' });
  const post = make('button', { type: 'button', className: 'post', textContent: 'Post anyway' });
  const dialog = make('div', { className: 'confirm' }, title, intro, list, hint, make('div', { className: 'actions' }, post, edit));
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.setAttribute('aria-describedby', intro.id);
  const backdrop = make('div', { className: 'backdrop' }, dialog);
  layer.append(backdrop);

  return new Promise((resolve) => {
    const buttons = [post, edit];
    const finish = (answer) => {
      if (!open || open.backdrop !== backdrop) return;
      open = null;
      backdrop.remove();
      doc.removeEventListener('focusin', keepFocus, true);
      resolve(answer);
    };
    // Focus that leaves the dialog (a click on the page behind it, a script) comes back.
    const keepFocus = (e) => {
      if (!e.composedPath().includes(dialog)) edit.focus();
    };
    dialog.addEventListener('keydown', (e) => {
      e.stopPropagation(); // the page's own shortcuts must not act on the dialog's keys
      if (e.key === 'Escape') {
        e.preventDefault();
        finish('edit');
      } else if (e.key === 'Tab') {
        e.preventDefault();
        const at = buttons.indexOf(root.activeElement);
        buttons[(at + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length].focus();
      }
    });
    for (const type of ['keyup', 'keypress']) dialog.addEventListener(type, (e) => e.stopPropagation());
    backdrop.addEventListener('mousedown', (e) => {
      if (e.target === backdrop) e.preventDefault(); // a click outside keeps the focus in the dialog
    });
    edit.addEventListener('click', () => finish('edit'));
    post.addEventListener('click', () => finish('post'));
    open = { backdrop, finish };
    doc.addEventListener('focusin', keepFocus, true);
    edit.focus();
  });
}

/** Is the dialog showing? */
export function confirming() {
  return !!open;
}
