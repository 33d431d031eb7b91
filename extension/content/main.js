// Thin glue: finds the editor being typed in, asks the service worker to
// check its text (debounced, stale answers dropped, unchanged text not
// re-sent) and hands the findings to the overlay with a way to measure them.

import { Request, Broadcast, send } from '../shared/messages.js';
import { findEditor } from './adapters/index.js';
import { EditorOverlay } from './overlay/overlay.js';
import { codePointToUtf16, remap } from './offsets.js';

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
    this.findings = []; // {id, key, start, end (UTF-16), severity, title, message, citations}
    this.ignored = new Set();
    this.lastSent = null;
    this.seq = 0;
    this.offline = false;
    this.timer = 0;
    this.frame = 0;
    this.nextId = 0;
    this.ids = new Map(); // finding identity (rule, text, occurrence) → stable id
    this.overlay = new EditorOverlay(host, { onIgnore: (id) => this.ignore(id), clip: () => paddingBox(host) });
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
    const visible = this.findings.filter((f) => !this.ignored.has(f.key));
    this.overlay.setWarnings(
      visible.map((f) => ({ ...f, rects: () => this.rects(f) })),
      { offline: this.offline },
    );
  }

  async check() {
    clearTimeout(this.timer);
    if (!this.host.isConnected) return this.destroy();
    const text = this.adapter.read(this.host).text;
    if (text === this.lastSent) return;
    this.lastSent = text;
    if (!text.trim()) {
      this.seq++; // an answer still on its way is for text that is gone
      this.findings = [];
      return this.render();
    }
    const seq = ++this.seq;
    let answer;
    try {
      answer = await send(Request.CHECK, { text, site: location.hostname });
    } catch {
      // The extension was reloaded or removed: this page's copy is orphaned.
      return shutdown();
    }
    if (seq !== this.seq || !answer || !answer.ok) return; // a newer check is on its way
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
          rule: f.rule,
          severity: f.severity,
          title: f.title || titleFor(f),
          message: f.message || '',
          citations: (f.policy || []).map((p) => ({ packName: names[p.pack] || p.pack, clause: p.clause, quote: p.quote })),
        };
      });
    const current = this.adapter.read(this.host).text;
    findings = remap(findings, checkedText, current);
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
  sessions.set(found.host, new Session(found.adapter, found.host));
}

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
  try {
    chrome.runtime.onMessage.removeListener(onMessage);
  } catch {
    /* already gone */
  }
  for (const s of [...sessions.values()]) s.destroy();
}

document.addEventListener('focusin', onFocusIn, true);
chrome.runtime.onMessage.addListener(onMessage);
const active = deepActiveElement();
if (active && active !== document.body) attach(active);
