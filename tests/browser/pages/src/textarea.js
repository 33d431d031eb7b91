// A plain <textarea>.
const mount = document.getElementById('mount');
const ta = document.createElement('textarea');
ta.rows = 4;
ta.setAttribute('aria-label', 'Compose');
mount.append(ta);
window.__editor = {
  selector: '#mount textarea',
  value: () => ta.value,
  plainText: () => ta.value,
};
