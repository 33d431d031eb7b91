// <textarea>: the text is its value. A textarea has no DOM for its text, so
// rectangles come from a hidden mirror element styled like it (same font,
// padding, width and wrapping), measured with a Range over the mirror's text.

const COPIED = [
  'direction', 'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontVariant', 'fontWeight',
  'fontStretch', 'fontKerning', 'fontFeatureSettings', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textTransform', 'textIndent', 'textAlign', 'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom',
  'paddingLeft', 'whiteSpace', 'wordBreak', 'overflowWrap',
];

let mirrorHost = null;
let mirror = null;

function ensureMirror(doc) {
  if (mirror && mirrorHost.isConnected) return mirror;
  mirrorHost = doc.createElement('div');
  mirrorHost.setAttribute('data-second-thought', 'mirror');
  mirrorHost.style.cssText = 'position:fixed;left:-100000px;top:0;width:0;height:0;overflow:hidden;visibility:hidden;pointer-events:none;contain:strict;';
  const root = mirrorHost.attachShadow({ mode: 'closed' });
  mirror = doc.createElement('div');
  mirror.style.cssText = 'position:absolute;left:0;top:0;border:0;margin:0;overflow:hidden;visibility:hidden;';
  mirror.append(doc.createTextNode(''));
  root.append(mirror);
  doc.documentElement.append(mirrorHost);
  return mirror;
}

class TextareaSnapshot {
  constructor(host) {
    this.host = host;
    this.text = host.value;
  }

  /** Lay the mirror out like the textarea; returns the mirror's text node. */
  sync() {
    const ta = this.host;
    const m = ensureMirror(ta.ownerDocument);
    const cs = getComputedStyle(ta);
    for (const prop of COPIED) m.style[prop] = cs[prop];
    m.style.boxSizing = 'content-box';
    m.style.whiteSpace = cs.whiteSpace === 'nowrap' || cs.whiteSpace === 'pre' ? cs.whiteSpace : 'pre-wrap';
    if (m.style.whiteSpace === 'pre-wrap') m.style.overflowWrap = 'break-word';
    // clientWidth excludes borders and a scrollbar, which is what the text wraps in.
    const width = ta.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    m.style.width = `${Math.max(0, width)}px`;
    const node = m.firstChild;
    // A trailing newline still makes a line in a textarea; a space keeps it in the mirror.
    const value = this.text + ' ';
    if (node.data !== value) node.data = value;
    return { node, cs, m };
  }

  rects(start, end) {
    const ta = this.host;
    if (!ta.isConnected || ta.value !== this.text) return [];
    const { node, cs, m } = this.sync();
    const range = ta.ownerDocument.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const origin = m.getBoundingClientRect();
    const box = ta.getBoundingClientRect();
    const dx = box.left + parseFloat(cs.borderLeftWidth) - ta.scrollLeft - origin.left;
    const dy = box.top + parseFloat(cs.borderTopWidth) - ta.scrollTop - origin.top;
    const out = [];
    for (const r of range.getClientRects()) {
      if (r.width > 0 && r.height > 0) out.push(new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
    }
    return out;
  }

  valid() {
    return this.host.isConnected && this.host.value === this.text;
  }
}

export default {
  id: 'textarea',
  find(el) {
    return el && el.tagName === 'TEXTAREA' && !el.readOnly && !el.disabled ? el : null;
  },
  read(host) {
    return new TextareaSnapshot(host);
  },
  /**
   * execCommand keeps the browser's undo stack (one Ctrl+Z brings the old
   * text back) and fires input as typing does; setRangeText is the fallback
   * where it is refused. A React-controlled textarea loses undo either way.
   */
  async replace(host, start, end, text) {
    if (host.value.length < end) return false;
    const expected = host.value.slice(0, start) + text + host.value.slice(end);
    host.focus({ preventScroll: true });
    host.setSelectionRange(start, end);
    host.ownerDocument.execCommand('insertText', false, text);
    if (host.value !== expected) {
      host.setRangeText(text, start, end, 'end');
      host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
    return host.value === expected;
  },
};
