// Read the text of a rich editing host the way the companion expects it
// (text nodes in order, blocks joined with "\n", a <br> is a line break
// unless it only props up an empty or finished line) and map offsets in
// that text back to DOM ranges. Editor adapters pass what their framework
// renders that is not text (placeholders, zero-width markers).

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'svg', 'VIDEO', 'AUDIO', 'CANVAS']);
// Editors put U+FEFF in empty text to keep the caret somewhere; it is not text.
const INVISIBLE = '\uFEFF';

/**
 * Walk `host` and return a snapshot: {text, segments, rangesFor(start, end)}.
 * `skip(el)` says whether an element (and its subtree) renders no text.
 * Offsets are UTF-16 indices into `text`.
 */
export function readHost(host, skip = () => false) {
  const segments = []; // {node, start, length, dom: null | number[]}
  let text = '';
  let lineHasContent = false;
  let needBreak = false; // a block ended: the next content starts a new line
  let pendingBr = false; // a <br> that counts only if content follows in the block

  const newline = () => {
    text += '\n';
    lineHasContent = false;
  };
  const beforeContent = () => {
    if (pendingBr) {
      newline();
      pendingBr = false;
    }
    if (needBreak) {
      newline();
      needBreak = false;
    }
  };

  const visit = (node) => {
    if (node.nodeType === 3) {
      const data = node.data;
      if (!data) return;
      let kept = data;
      let dom = null;
      if (data.includes(INVISIBLE)) {
        dom = [];
        kept = '';
        for (let i = 0; i < data.length; i++) {
          if (data[i] !== INVISIBLE) {
            kept += data[i];
            dom.push(i);
          }
        }
        dom.push(dom.length ? dom[dom.length - 1] + 1 : 0);
        if (!kept) return;
      }
      beforeContent();
      segments.push({ node, start: text.length, length: kept.length, dom });
      text += kept;
      lineHasContent = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node;
    if (SKIP_TAGS.has(el.tagName) || (el !== host && (el.getAttribute('contenteditable') === 'false' || skip(el)))) return;
    if (el.tagName === 'BR') {
      if (pendingBr || needBreak) beforeContent();
      pendingBr = true;
      return;
    }
    const block = el !== host && BLOCKS.has(el.tagName);
    if (block) {
      pendingBr = false;
      if (lineHasContent || needBreak) {
        newline();
        needBreak = false;
      }
    }
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) {
      pendingBr = false;
      needBreak = true;
    }
  };
  visit(host);
  return new DomSnapshot(host, text, segments);
}

function domOffset(seg, k) {
  return seg.dom ? seg.dom[k] : k;
}

export class DomSnapshot {
  constructor(host, text, segments) {
    this.host = host;
    this.text = text;
    this.segments = segments;
  }

  /** DOM Ranges covering [start, end), one per text node (never whole blocks). */
  rangesFor(start, end) {
    const ranges = [];
    const doc = this.host.ownerDocument;
    for (const seg of this.segments) {
      const segEnd = seg.start + seg.length;
      if (segEnd <= start) continue;
      if (seg.start >= end) break;
      if (!seg.node.isConnected) return [];
      const range = doc.createRange();
      range.setStart(seg.node, domOffset(seg, Math.max(start, seg.start) - seg.start));
      range.setEnd(seg.node, domOffset(seg, Math.min(end, segEnd) - seg.start));
      ranges.push(range);
    }
    return ranges;
  }

  /** Viewport rectangles of the text in [start, end). */
  rects(start, end) {
    const out = [];
    for (const range of this.rangesFor(start, end)) {
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) out.push(r);
    }
    return out;
  }

  /** Still describes the DOM? (the editor may have re-rendered its nodes) */
  valid() {
    return this.host.isConnected && this.segments.every((s) => s.node.isConnected);
  }
}

/** The outermost contenteditable element containing `el` (the editing host). */
export function editingHost(el) {
  if (!el || el.nodeType !== 1 || !el.isContentEditable) return null;
  let host = el;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}

// -- applying a fix -----------------------------------------------------------
// Every editor keeps its own model of the text; a change it did not make
// itself is either reverted (Slate) or corrupts its state (Lexical). So a fix
// selects the span in the DOM and asks for the insertion the way typing does:
// `execCommand('insertText')` fires the same beforeinput/input events as a
// keystroke (and joins the browser's own undo stack), and Slate, which only
// listens to `beforeinput`, gets a cancelable one with the span as its target
// range. See ../../../shared/NOTES.md ("Replacing a span").

/** Resolves at the next `selectionchange` (editors sync their model on it), or after `ms`. */
export function selectionSettled(doc, ms = 60) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Select [start, end) of the host's text in the DOM; returns the Range, or null. */
export function selectText(host, snapshot, start, end) {
  const ranges = snapshot.rangesFor(start, end);
  if (!ranges.length) return null;
  const range = host.ownerDocument.createRange();
  range.setStart(ranges[0].startContainer, ranges[0].startOffset);
  const last = ranges[ranges.length - 1];
  range.setEnd(last.endContainer, last.endOffset);
  const selection = host.ownerDocument.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

/**
 * Replace [start, end) of `read(host).text` with `text` through the editor.
 * `insert(host, range, text)` performs the insertion once the span is
 * selected. Resolves true once the editor shows the new text.
 */
export async function replaceThroughEditor(host, read, start, end, text, insert = insertByCommand) {
  const doc = host.ownerDocument;
  const before = read(host).text;
  const expected = before.slice(0, start) + text + before.slice(end);
  if (doc.activeElement !== host && !host.contains(doc.activeElement)) host.focus({ preventScroll: true });
  const settled = selectionSettled(doc);
  const range = selectText(host, read(host), start, end);
  if (!range) return false;
  await settled; // the editor has read the new selection into its model
  insert(host, range, text);
  // Frameworks render their new state asynchronously (React, Lexical's microtasks).
  for (let i = 0; i < 10; i++) {
    if (read(host).text === expected) return true;
    await frame();
  }
  return read(host).text === expected;
}

export function insertByCommand(host, range, text) {
  return host.ownerDocument.execCommand('insertText', false, text);
}

/**
 * An editor we do not know: one that keeps a model (CKEditor 5, as in Teams)
 * takes a cancelable beforeinput and cancels it; one that does not (a plain
 * contenteditable) leaves it, and gets execCommand, which fires no
 * beforeinput of its own and keeps the browser's undo.
 */
export function insertByBeforeInputOrCommand(host, range, text) {
  return insertByBeforeInput(host, range, text) || insertByCommand(host, range, text);
}

/** Slate listens only to beforeinput and takes the span from its target range. */
export function insertByBeforeInput(host, range, text) {
  const target = new StaticRange({
    startContainer: range.startContainer, startOffset: range.startOffset,
    endContainer: range.endContainer, endOffset: range.endOffset,
  });
  const event = new InputEvent('beforeinput', {
    inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true, targetRanges: [target],
  });
  host.dispatchEvent(event);
  return event.defaultPrevented;
}
