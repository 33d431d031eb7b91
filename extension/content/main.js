// Thin glue: finds the editor being typed in, asks the service worker to
// check its text (debounced, stale answers dropped, unchanged text not
// re-sent) and hands the findings to the overlay with a way to measure them.
// Also: applies fixes through the adapter, sends attached images for a
// check, and holds a risky post until the person confirms (guard.js).

import { Request, Broadcast, send } from '../shared/messages.js';
import { findEditor } from './adapters/index.js';
import { EditorOverlay } from './overlay/overlay.js';
import { confirmPost } from './overlay/confirm.js';
import { installGuard, genericSendButton, genericEnterSends } from './guard.js';
import { codePointToUtf16, remap } from './offsets.js';
import { profileFor } from './sites/index.js';

// The site's profile (content/sites/, one file per site): which boxes are
// compose boxes, where the send button is, whether Enter sends, who a post
// reaches. Unknown sites get the generic profile.
const profile = profileFor(location, document);

const MAX_IMAGES = 4; // the companion's limit per check (API.md)
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const DEBOUNCE_MS = 300;
const sessions = new Map(); // host → Session

// `make bench` sets this attribute to time every piece of work done here.
const BENCH_ATTR = 'data-second-thought-bench';
function timed(name, fn) {
  return function (...args) {
    if (!document.documentElement.hasAttribute(BENCH_ATTR)) return fn.apply(this, args);
    const t0 = performance.now();
    try {
      return fn.apply(this, args);
    } finally {
      performance.measure(`second-thought:${name}`, { start: t0, end: performance.now() });
    }
  };
}

function paddingBox(host) {
  const r = host.getBoundingClientRect();
  const left = r.left + host.clientLeft;
  const top = r.top + host.clientTop;
  // clientWidth is 0 for inline hosts; fall back to the border box.
  if (!host.clientWidth && !host.clientHeight) return r;
  return new DOMRect(left, top, host.clientWidth, host.clientHeight);
}

class Session {
  constructor(adapter, host) {
    this.adapter = adapter;
    this.host = host;
    this.snapshot = adapter.read(host);
    this.text = this.snapshot.text;
    this.findings = []; // {id, key, start, end (UTF-16), severity, title, message, citations, fix, original}
    this.checkedText = null; // the text the current findings were answered for
    this.images = []; // {name, type, data (base64), url (data: URL for the thumbnail)}
    this.imageFindings = [];
    this.imageSeq = 0;
    this.imagesChecking = false;
    this.ignored = new Set();
    this.lastSent = null;
    this.seq = 0;
    this.offline = false;
    this.timer = 0;
    this.frame = 0;
    this.nextId = 0;
    this.ids = new Map(); // finding identity (rule, text, occurrence) → stable id
    this.overlay = new EditorOverlay(host, {
      onIgnore: (id) => this.ignore(id),
      onFix: (ids) => this.fix(ids),
      clip: () => paddingBox(host),
    });
    this.onChange = timed('input', () => this.changed());
    for (const type of ['beforeinput', 'input', 'compositionend']) host.addEventListener(type, this.onChange, true);
    this.observer = new MutationObserver(timed('mutation', () => this.changed()));
    if (adapter.id !== 'textarea') this.observer.observe(host, { subtree: true, childList: true, characterData: true });
    if (this.text) this.check();
  }

  changed() {
    if (!this.frame) this.frame = requestAnimationFrame(timed('frame', () => {
      this.frame = 0;
      this.refresh();
    }));
    clearTimeout(this.timer);
    this.timer = setTimeout(timed('debounce', () => this.check()), DEBOUNCE_MS);
  }

  /** Re-read the text; move the underlines with the edit until the next answer. */
  refresh() {
    if (!this.host.isConnected) return this.destroy();
    const snapshot = this.adapter.read(this.host);
    if (snapshot.text !== this.text) {
      this.findings = remap(this.findings, this.text, snapshot.text);
      this.checkedText = null; // the warnings are stale until the next answer
      if (!snapshot.text.trim()) {
        this.ignored.clear(); // a new draft
        this.ids.clear();
      }
      this.text = snapshot.text;
    }
    this.snapshot = snapshot;
    this.render();
  }

  rects(finding) {
    if (!this.snapshot.valid()) {
      const snapshot = this.adapter.read(this.host);
      if (snapshot.text !== this.text) {
        this.changed();
        return [];
      }
      this.snapshot = snapshot;
    }
    return this.snapshot.rects(finding.start, finding.end);
  }

  render() {
    const visible = [...this.findings, ...this.imageFindings].filter((f) => !this.ignored.has(f.key));
    this.overlay.setWarnings(
      visible.map((f) => ({ ...f, rects: () => this.rects(f) })),
      { offline: this.offline },
    );
  }

  async check() {
    clearTimeout(this.timer);
    if (!this.host.isConnected) return this.destroy();
    const text = this.adapter.read(this.host).text;
    if (text === this.lastSent) {
      // Back to the text of the last answer (an undo right after a fix): its warnings come back.
      if (this.lastAnswer && this.lastAnswer.text === text && this.checkedText !== text) this.apply(text, this.lastAnswer.answer);
      return;
    }
    this.lastSent = text;
    if (!text.trim()) {
      this.seq++; // an answer still on its way is for text that is gone
      this.findings = [];
      this.checkedText = text;
      this.lastAnswer = null;
      return this.render();
    }
    const seq = ++this.seq;
    let answer;
    try {
      answer = await send(Request.CHECK, { text, site: location.hostname, audience: this.audience() });
    } catch {
      // The extension was reloaded or removed: this page's copy is orphaned.
      return shutdown();
    }
    if (seq !== this.seq || !answer || !answer.ok) return; // a newer check is on its way
    this.lastAnswer = { text, answer };
    this.apply(text, answer);
  }

  apply(checkedText, answer) {
    const toUtf16 = codePointToUtf16(checkedText);
    const names = answer.packNames || {};
    const seen = new Map();
    let findings = (answer.findings || [])
      .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.end > f.start)
      .map((f) => {
        const start = toUtf16(f.start);
        const end = toUtf16(f.end);
        const key = `${f.rule}\u0000${checkedText.slice(start, end)}`;
        const nth = (seen.get(key) || 0) + 1;
        seen.set(key, nth);
        return {
          id: this.idFor(`${key}\u0000${nth}`),
          key,
          start,
          end,
          original: checkedText.slice(start, end),
          fix: f.fix && typeof f.fix.replacement === 'string' ? f.fix.replacement : null,
          category: f.category,
          rule: f.rule,
          severity: f.severity,
          title: f.title || titleFor(f),
          message: f.message || '',
          citations: (f.policy || []).map((p) => ({ packName: names[p.pack] || p.pack, clause: p.clause, quote: p.quote })),
        };
      });
    const current = this.adapter.read(this.host).text;
    findings = remap(findings, checkedText, current);
    this.checkedText = checkedText;
    this.text = current;
    this.offline = answer.mode === 'offline';
    this.findings = findings;
    this.render();
  }

  /** The same finding keeps its id across checks, so an open card stays open. */
  idFor(identity) {
    let id = this.ids.get(identity);
    if (!id) this.ids.set(identity, (id = `w${++this.nextId}`));
    return id;
  }

  ignore(id) {
    const f = this.findings.find((x) => x.id === id);
    if (f) this.ignored.add(f.key);
    this.render();
  }

  recheck() {
    this.lastSent = null;
    this.check();
    if (this.images.length) this.checkImages();
  }

  /** Apply the fixes of these warnings, last first so earlier offsets hold. */
  async fix(ids) {
    const chosen = this.findings.filter((f) => ids.includes(f.id) && f.fix != null).sort((a, b) => b.start - a.start);
    let limit = Infinity;
    for (const f of chosen) {
      if (f.end > limit) continue; // overlaps one already replaced
      if (this.adapter.read(this.host).text.slice(f.start, f.end) !== f.original) continue; // edited since
      if (await this.adapter.replace(this.host, f.start, f.end, f.fix)) limit = f.start;
    }
    this.changed();
  }

  audience() {
    try {
      return (profile && profile.audience && profile.audience(this.host)) || 'unknown';
    } catch {
      return 'unknown';
    }
  }

  // -- images ---------------------------------------------------------------
  async addImages(files) {
    const read = await Promise.all(files.slice(0, MAX_IMAGES).map(readImage));
    for (const img of read) {
      if (!img) continue;
      const taken = new Set(this.images.map((i) => i.name));
      for (let n = 2; taken.has(img.name); n++) img.name = img.name.replace(/( \(\d+\))?(\.[^.]*)?$/, ` (${n})$2`);
      this.images.push(img);
    }
    this.images = this.images.slice(-MAX_IMAGES);
    if (this.images.length) this.checkImages();
  }

  async checkImages() {
    const seq = ++this.imageSeq;
    const images = this.images;
    this.imagesChecking = true;
    this.overlay.setStatus(images.length > 1 ? 'Checking images…' : 'Checking image…');
    let answer;
    try {
      answer = await send(Request.CHECK, {
        text: this.adapter.read(this.host).text,
        site: location.hostname,
        audience: this.audience(),
        images: images.map(({ name, type, data }) => ({ name, type, data })),
      });
    } catch {
      return shutdown();
    }
    if (seq !== this.imageSeq) return;
    this.imagesChecking = false;
    this.overlay.setStatus(answer && answer.ok && !answer.imagesUnchecked ? null : 'Image not checked: the companion is not running');
    if (!answer || !answer.ok) return;
    const names = answer.packNames || {};
    const byName = new Map(images.map((i) => [`image:${i.name}`, i]));
    this.imageFindings = (answer.findings || [])
      .filter((f) => byName.has(f.source))
      .map((f) => {
        const key = `${f.rule}\u0000${f.source}`;
        const img = byName.get(f.source);
        return {
          id: this.idFor(key),
          key,
          rule: f.rule,
          category: f.category,
          severity: f.severity,
          title: f.title || titleFor(f),
          message: f.message || '',
          citations: (f.policy || []).map((p) => ({ packName: names[p.pack] || p.pack, clause: p.clause, quote: p.quote })),
          fix: null,
          thumbnail: img.url,
          imageName: img.name,
          rects: () => [],
        };
      })
      .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3));
    this.render();
  }

  clearImages() {
    this.imageSeq++;
    this.images = [];
    this.imageFindings = [];
    this.imagesChecking = false;
    this.overlay.setStatus(null);
    this.render();
  }

  // -- what the post guard asks ----------------------------------------------
  /** High-risk warnings that would go out now; none while the last check is stale. */
  risky() {
    const current = this.adapter.read(this.host).text;
    const items = [];
    if (current === this.checkedText) {
      for (const f of this.findings) {
        if (f.severity === 'high' && !this.ignored.has(f.key)) items.push({ title: f.title, excerpt: current.slice(f.start, f.end) });
      }
    }
    if (!this.imagesChecking) {
      for (const f of this.imageFindings) {
        if (f.severity === 'high' && !this.ignored.has(f.key)) items.push({ title: f.title, thumbnail: f.thumbnail, imageName: f.imageName });
      }
    }
    return items;
  }

  signature() {
    return `${this.adapter.read(this.host).text}\u0000${this.images.map((i) => i.name).join('\u0000')}`;
  }

  sendButton() {
    try {
      const button = profile && profile.sendButton && profile.sendButton(this.host);
      if (button) return button;
    } catch {
      /* a profile that throws falls back to the generic rule */
    }
    return genericSendButton(this.host);
  }

  /**
   * A profile may say (`enterSends(composeEl)`); a known site's box with no
   * send button can only be sent with Enter (Discord); else the box's own hints.
   */
  enterSends() {
    try {
      if (profile && typeof profile.enterSends === 'function') return !!profile.enterSends(this.host);
      if (profile && profile.id !== 'generic' && profile.sendButton && !profile.sendButton(this.host)) return true;
    } catch {
      /* a profile that throws falls back to the generic rule */
    }
    return genericEnterSends(this.host);
  }

  /** A post went out (or was let through): attachments go with it. */
  onSend() {
    setTimeout(() => {
      if (!this.host.isConnected || !this.adapter.read(this.host).text.trim()) this.clearImages();
    }, 1500);
  }

  saveSelection() {
    const h = this.host;
    if (h.tagName === 'TEXTAREA' || h.tagName === 'INPUT') this.savedSelection = [h.selectionStart, h.selectionEnd];
    else {
      const sel = h.ownerDocument.getSelection();
      this.savedSelection = sel.rangeCount && h.contains(sel.anchorNode) ? sel.getRangeAt(0).cloneRange() : null;
    }
  }

  /** "Edit": back to the draft, the caret where it was. */
  restoreFocus() {
    const h = this.host;
    h.focus({ preventScroll: true });
    const saved = this.savedSelection;
    if (Array.isArray(saved)) h.setSelectionRange(saved[0], saved[1]);
    else if (saved && saved.startContainer.isConnected) {
      const sel = h.ownerDocument.getSelection();
      sel.removeAllRanges();
      sel.addRange(saved);
    }
  }

  destroy() {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    for (const type of ['beforeinput', 'input', 'compositionend']) this.host.removeEventListener(type, this.onChange, true);
    this.overlay.destroy();
    sessions.delete(this.host);
  }
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 };

function isCompose(host) {
  try {
    return !profile || !profile.isCompose || profile.isCompose(host);
  } catch {
    return true; // a profile that throws must not switch the checks off
  }
}

/** {name, type, data (base64), url} for an image File, or null. */
function readImage(file) {
  if (!file || !/^image\//.test(file.type) || file.size > MAX_IMAGE_BYTES) return Promise.resolve(null);
  return new Promise((resolve) => {
    const reader = new FileReader(); // typed arrays from content scripts throw in Firefox; data URLs do not
    reader.onload = () => {
      const url = String(reader.result);
      const comma = url.indexOf(',');
      resolve(comma > 0 ? { name: file.name || 'image', type: file.type, data: url.slice(comma + 1), url } : null);
    };
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(file);
  });
}

const CATEGORY_TITLES = {
  personal_data: 'Personal details', credentials: 'Password or login details', id_document: 'ID document',
  assessment_material: 'Assessment material', academic_misconduct: 'Academic misconduct', abuse: 'Abusive content',
  defamation: 'Possibly defamatory', confidential: 'Confidential information', complaint_or_legal: 'Complaint or legal matter',
  speaking_for_university: 'Speaking for the university', consent_media: 'Consent for media', location: 'Location',
  impersonation: 'Impersonation', copyright: 'Copyright', professional_conduct: 'Professional conduct',
};
function titleFor(f) {
  return CATEGORY_TITLES[f.category] || 'Check this before posting';
}

function deepActiveElement() {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function attach(target) {
  const found = findEditor(target);
  if (!found || sessions.has(found.host)) return;
  if (!isCompose(found.host)) return; // search fields, login forms
  sessions.set(found.host, new Session(found.adapter, found.host));
}

/** The compose session an attachment near `el` belongs to (attaching to an editor not yet focused). */
function sessionNear(el) {
  let scope = el && el.nodeType === 1 ? el : el && el.parentElement;
  for (let depth = 0; scope && depth < 8; depth++) {
    for (const s of sessions.values()) if (scope.contains(s.host)) return s;
    for (const candidate of scope.querySelectorAll('textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) {
      const found = findEditor(candidate);
      if (found) {
        attach(found.host);
        return sessions.get(found.host) || null;
      }
    }
    scope = scope.parentElement || (scope.getRootNode() instanceof ShadowRoot ? scope.getRootNode().host : null);
  }
  return null;
}

function imagesIn(list) {
  return [...(list || [])].filter((f) => f && /^image\//.test(f.type));
}

const onAttach = (event) => {
  let files = [];
  const target = event.composedPath()[0];
  if (event.type === 'change') {
    if (!(target instanceof HTMLInputElement) || target.type !== 'file') return;
    files = imagesIn(target.files);
  } else if (event.type === 'paste') {
    files = imagesIn(event.clipboardData && event.clipboardData.files);
  } else if (event.type === 'drop') {
    files = imagesIn(event.dataTransfer && event.dataTransfer.files);
  }
  if (!files.length) return;
  const session = [...sessions.values()].find((s) => event.composedPath().includes(s.host)) || sessionNear(target);
  if (session) session.addImages(files);
};

function sweep() {
  for (const session of [...sessions.values()]) if (!session.host.isConnected) session.destroy();
}

const onFocusIn = timed('focusin', (event) => {
  sweep();
  attach(event.composedPath()[0]);
});

function onMessage(message) {
  if (message && message.type === Broadcast.STATE_CHANGED) for (const s of sessions.values()) s.recheck();
}

function shutdown() {
  document.removeEventListener('focusin', onFocusIn, true);
  removeGuard();
  for (const type of ['change', 'paste', 'drop']) window.removeEventListener(type, onAttach, true);
  try {
    chrome.runtime.onMessage.removeListener(onMessage);
  } catch {
    /* already gone */
  }
  for (const s of [...sessions.values()]) s.destroy();
}

document.addEventListener('focusin', onFocusIn, true);
for (const type of ['change', 'paste', 'drop']) window.addEventListener(type, onAttach, true);
const removeGuard = installGuard(window, {
  sessions: () => sessions.values(),
  ask: (session, items) => {
    session.saveSelection();
    const where = { public: 'this public post', private: 'this private message' }[session.audience()] || 'this post';
    return confirmPost(document, { items, where });
  },
});
chrome.runtime.onMessage.addListener(onMessage);
const active = deepActiveElement();
if (active && active !== document.body) attach(active);
