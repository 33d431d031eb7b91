// The on-page UI: underlines, the count badge and the warning card, drawn in
// a shadow root above the page so the editor's DOM is never touched. It is
// handed data and callbacks and never calls chrome.* (see STYLE.md habit 6).
//
// A warning given to setWarnings():
//   {id, severity, title, message, citations: [{packName, clause, quote}],
//    rects: () => DOMRect[] (viewport coordinates, recomputed at each layout),
//    fix?: replacement text (the card offers Fix), thumbnail?: image URL (image findings)}

import { CSS } from './styles.js';

const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 350;
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 };
const SEVERITY_LABEL = { high: 'High risk', medium: 'Check this', low: 'Advice' };

let shared = null; // {host, root, layer, live}

/** The overlay's shadow root and layer for `doc` (the confirm dialog draws there too). */
export function overlayRoot(doc) {
  return ensureShared(doc);
}
const overlays = new Set();
let frame = 0;

function ensureShared(doc) {
  if (shared && shared.host.isConnected) return shared;
  const host = doc.createElement('div');
  host.setAttribute('data-second-thought', 'overlay');
  host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(style, layer, live);
  doc.documentElement.append(host);
  shared = { host, root, layer, live };
  installGlobalListeners(doc);
  return shared;
}

function scheduleLayoutAll() {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const o of overlays) o.layout();
  });
}

let listenersInstalled = false;
function installGlobalListeners(doc) {
  if (listenersInstalled) return;
  listenersInstalled = true;
  const win = doc.defaultView;
  win.addEventListener('scroll', scheduleLayoutAll, { capture: true, passive: true });
  win.addEventListener('resize', scheduleLayoutAll, { passive: true });
  win.addEventListener('mousemove', (e) => {
    for (const o of overlays) o.onPointerMove(e.clientX, e.clientY, e.composedPath());
  }, { capture: true, passive: true });
  win.addEventListener('click', (e) => {
    for (const o of overlays) o.onClick(e.clientX, e.clientY, e.composedPath());
  }, { capture: true, passive: true });
}

function inside(r, x, y, pad = 1) {
  return x >= r.left - pad && x <= r.right + pad && y >= r.top - pad && y <= r.bottom + pad;
}

function intersect(a, clip) {
  const left = Math.max(a.left, clip.left);
  const top = Math.max(a.top, clip.top);
  const right = Math.min(a.right, clip.right);
  const bottom = Math.min(a.bottom, clip.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

export class EditorOverlay {
  /**
   * @param host the editor's element, for placing the badge and clipping
   * @param callbacks {onIgnore(id), onFix(ids), clip(): DOMRect} — clip defaults to the host's box
   */
  constructor(host, { onIgnore, onFix, clip } = {}) {
    this.host = host;
    this.doc = host.ownerDocument;
    this.onIgnore = onIgnore || (() => {});
    this.onFix = onFix || (() => {});
    this.status = null; // a pending state shown next to the badge ("Checking image…")
    this.clip = clip || (() => host.getBoundingClientRect());
    this.warnings = [];
    this.offline = false;
    this.placed = new Map(); // id → DOMRect[] drawn at the last layout
    this.marks = [];
    this.card = null; // {id, pinned, el}
    this.hoverTimer = 0;
    this.closeTimer = 0;
    const s = ensureShared(this.doc);
    this.layer = s.layer;
    this.live = s.live;
    this.badge = this.doc.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'badge';
    this.badge.hidden = true;
    this.badge.addEventListener('click', () => this.openCard(this.warnings[0]?.id, { pinned: true, focus: true }));
    this.pill = this.doc.createElement('div');
    this.pill.className = 'pill';
    this.pill.setAttribute('role', 'status');
    this.pill.hidden = true;
    this.layer.append(this.badge, this.pill);
    this.resizeObserver = new ResizeObserver(scheduleLayoutAll);
    this.resizeObserver.observe(host);
    overlays.add(this);
  }

  setWarnings(warnings, { offline = false } = {}) {
    const before = this.warnings.map((w) => w.id).join('|');
    this.warnings = warnings; // text order for navigation; severity only picks the badge colour
    this.offline = offline;
    const after = this.warnings.map((w) => w.id).join('|');
    if (this.card && !this.warnings.some((w) => w.id === this.card.id)) this.closeCard();
    if (before !== after) this.announce();
    this.layout();
    if (this.card) this.renderCard();
  }

  /** Show a pending state by the box (e.g. "Checking image…"), or hide it with null. */
  setStatus(text) {
    this.status = text || null;
    this.pill.textContent = this.status || '';
    this.layout();
  }

  announce() {
    const n = this.warnings.length;
    this.live.textContent = n
      ? `Second Thought: ${n} warning${n > 1 ? 's' : ''} in this post: ${this.warnings.map((w) => w.title).join(', ')}.`
      : '';
  }

  layout() {
    if (!this.host.isConnected) return;
    const clip = this.clip();
    this.placed.clear();
    let used = 0;
    for (const w of this.warnings) {
      const rects = [];
      for (const r of w.rects()) {
        const c = intersect(r, clip);
        if (!c) continue;
        rects.push(c);
        let mark = this.marks[used];
        if (!mark) {
          mark = this.doc.createElement('div');
          mark.className = 'mark';
          mark.setAttribute('aria-hidden', 'true');
          this.layer.insertBefore(mark, this.badge);
          this.marks.push(mark);
        }
        used++;
        mark.hidden = false;
        mark.dataset.severity = w.severity;
        mark.dataset.warning = w.id;
        mark.classList.toggle('active', this.card?.id === w.id);
        mark.style.left = `${c.left}px`;
        mark.style.top = `${c.top}px`;
        mark.style.width = `${c.width}px`;
        mark.style.height = `${c.height}px`;
      }
      this.placed.set(w.id, rects);
    }
    for (let i = used; i < this.marks.length; i++) this.marks[i].hidden = true;
    this.layoutBadge(clip);
    if (this.card) this.positionCard();
  }

  layoutBadge(clip) {
    const n = this.warnings.length;
    const box = this.host.getBoundingClientRect();
    const visible = intersect(box, new DOMRect(0, 0, innerWidth, innerHeight));
    this.pill.hidden = !this.status || !visible;
    if (this.status && visible) {
      const pr = Math.min(visible.right, clip.right || visible.right) - (n ? 38 : 6);
      this.pill.style.right = `${innerWidth - pr}px`;
      this.pill.style.top = `${Math.min(visible.bottom, clip.bottom || visible.bottom) - 26}px`;
    }
    if (!n || !visible) {
      this.badge.hidden = true;
      return;
    }
    this.badge.hidden = false;
    this.badge.textContent = String(n);
    this.badge.dataset.severity = this.warnings.reduce(
      (best, w) => ((SEVERITY_ORDER[w.severity] ?? 3) < (SEVERITY_ORDER[best] ?? 3) ? w.severity : best), 'low');
    this.badge.dataset.offline = String(this.offline);
    this.badge.setAttribute('aria-label', `Second Thought: ${n} warning${n > 1 ? 's' : ''} in this post${this.offline ? ' (checked offline)' : ''}. Show details.`);
    this.badge.setAttribute('aria-haspopup', 'dialog');
    this.badge.setAttribute('aria-expanded', String(!!this.card));
    const right = Math.min(visible.right, clip.right || visible.right);
    const bottom = Math.min(visible.bottom, clip.bottom || visible.bottom);
    this.badge.style.left = `${right - 30}px`;
    this.badge.style.top = `${bottom - 28}px`;
  }

  warningAt(x, y) {
    for (const [id, rects] of this.placed) if (rects.some((r) => inside(r, x, y))) return id;
    return null;
  }

  onPointerMove(x, y, path) {
    if (this.card && path.includes(this.card.el)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const id = this.warningAt(x, y);
    clearTimeout(this.hoverTimer);
    if (id && this.card?.id !== id) {
      this.hoverTimer = setTimeout(() => this.openCard(id, { pinned: false }), HOVER_OPEN_MS);
    } else if (id) {
      clearTimeout(this.closeTimer);
    } else if (this.card && !this.card.pinned) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_MS);
    }
  }

  onClick(x, y, path) {
    if (this.card && path.includes(this.card.el)) return;
    if (path.includes(this.badge)) return;
    const id = this.warningAt(x, y);
    if (id) this.openCard(id, { pinned: true });
    else if (this.card) this.closeCard();
  }

  openCard(id, { pinned = false, focus = false } = {}) {
    if (!id) return;
    clearTimeout(this.closeTimer);
    if (!this.card) {
      const el = this.doc.createElement('div');
      el.className = 'card';
      el.setAttribute('role', 'dialog');
      el.setAttribute('aria-modal', 'false');
      el.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          this.closeCard({ returnFocus: true });
        }
      });
      this.layer.append(el);
      this.card = { id, pinned, el };
    }
    this.card.id = id;
    this.card.pinned = this.card.pinned || pinned;
    this.renderCard();
    this.layout();
    if (focus) this.card.el.querySelector('button.ignore')?.focus();
  }

  renderCard() {
    const { el, id } = this.card;
    const index = this.warnings.findIndex((w) => w.id === id);
    const w = this.warnings[index];
    if (!w) return this.closeCard();
    const d = this.doc;
    const make = (tag, props = {}, ...children) => {
      const node = d.createElement(tag);
      Object.assign(node, props);
      node.append(...children);
      return node;
    };
    const titleId = `second-thought-card-title`;
    el.dataset.severity = w.severity;
    el.setAttribute('aria-labelledby', titleId);
    el.dataset.category = w.category || '';
    const parts = [
      make('h2', { id: titleId }, make('span', { className: 'sev' }, SEVERITY_LABEL[w.severity] || w.severity), w.title),
    ];
    if (w.thumbnail) {
      const img = make('img', { className: 'thumb', src: w.thumbnail, alt: `The attached image ${w.imageName || ''}`.trim() });
      parts.push(img);
    }
    parts.push(make('p', { className: 'message' }, w.message));
    // The first clause is the most specific one; one quote keeps the card short.
    for (const c of w.citations.slice(0, 1)) {
      parts.push(make('blockquote', { className: 'quote' }, `“${c.quote}”`));
      parts.push(make('cite', { className: 'clause' }, `${c.packName}, clause ${c.clause}`));
    }
    if (this.offline) {
      parts.push(make('p', { className: 'offline' },
        'Checked on this computer only: the Second Thought companion is not running, so only personal details and passwords are checked.'));
    }
    const ignore = make('button', { type: 'button', className: 'ignore', textContent: 'Ignore' });
    ignore.setAttribute('aria-label', `Ignore this warning (${w.title}) for this post`);
    ignore.addEventListener('click', () => {
      const next = this.warnings[index + 1] || this.warnings[index - 1];
      const hadFocus = el.contains(shared.root.activeElement);
      this.onIgnore(id);
      if (!hadFocus) return;
      // Keyboard users stay in the flow: on to the next warning, or back to the badge.
      if (next && this.warnings.some((x) => x.id === next.id)) this.openCard(next.id, { pinned: true, focus: true });
      else if (!this.badge.hidden) this.badge.focus();
    });
    const actions = make('div', { className: 'actions' });
    if (w.fix != null) {
      const fix = make('button', { type: 'button', className: 'fix', textContent: `Replace with ${w.fix}` });
      fix.addEventListener('click', () => this.fixWarnings([id]));
      actions.append(fix);
    }
    const fixable = this.warnings.filter((x) => x.fix != null);
    if (fixable.length > 1 && w.fix != null) {
      const all = make('button', { type: 'button', className: 'fix-all', textContent: `Fix all (${fixable.length})` });
      all.setAttribute('aria-label', `Apply all ${fixable.length} suggested replacements`);
      all.addEventListener('click', () => this.fixWarnings(fixable.map((x) => x.id)));
      actions.append(all);
    }
    actions.append(ignore);
    if (this.warnings.length > 1) {
      const prev = make('button', { type: 'button', className: 'prev', textContent: '‹' });
      prev.setAttribute('aria-label', 'Previous warning');
      prev.disabled = index === 0;
      prev.addEventListener('click', () => this.openCard(this.warnings[index - 1].id, { focus: true }));
      const next = make('button', { type: 'button', className: 'next', textContent: '›' });
      next.setAttribute('aria-label', 'Next warning');
      next.disabled = index === this.warnings.length - 1;
      next.addEventListener('click', () => this.openCard(this.warnings[index + 1].id, { focus: true }));
      actions.append(prev, next, make('span', { className: 'count' }, `${index + 1} of ${this.warnings.length}`));
    }
    const close = make('button', { type: 'button', className: 'close', textContent: '×' });
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.closeCard({ returnFocus: true }));
    parts.push(actions, close);
    el.replaceChildren(...parts);
  }

  /** The editor gets the focus and the fix; the card closes (its warning is gone). */
  fixWarnings(ids) {
    this.closeCard();
    this.onFix(ids);
  }

  positionCard() {
    const { el, id } = this.card;
    const rects = this.placed.get(id) || [];
    const anchor = rects[0] || this.badge.getBoundingClientRect();
    const width = el.offsetWidth || 340;
    const height = el.offsetHeight || 160;
    let left = Math.min(Math.max(8, anchor.left), innerWidth - width - 8);
    let top = anchor.bottom + 6;
    if (top + height > innerHeight - 8 && anchor.top - height - 6 > 8) top = anchor.top - height - 6;
    el.style.left = `${Math.max(8, left)}px`;
    el.style.top = `${Math.max(8, top)}px`;
  }

  closeCard({ returnFocus = false } = {}) {
    if (!this.card) return;
    const hadFocus = returnFocus && this.card.el.contains(shared.root.activeElement);
    this.card.el.remove();
    this.card = null;
    this.layout();
    if (hadFocus && !this.badge.hidden) this.badge.focus();
  }

  destroy() {
    clearTimeout(this.hoverTimer);
    clearTimeout(this.closeTimer);
    this.resizeObserver.disconnect();
    this.card?.el.remove();
    for (const m of this.marks) m.remove();
    this.badge.remove();
    this.pill.remove();
    overlays.delete(this);
  }
}

export { scheduleLayoutAll };
