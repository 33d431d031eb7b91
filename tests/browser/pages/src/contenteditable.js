// A plain contenteditable element, as the browser edits it.
const mount = document.getElementById('mount');
const el = document.createElement('div');
el.contentEditable = 'true';
el.setAttribute('role', 'textbox');
el.setAttribute('aria-label', 'Compose');
mount.append(el);
window.__editor = {
  selector: '#mount [contenteditable]',
  value: () => el.innerHTML,
  plainText: () => el.innerText.replace(/\n$/, ''),
};
