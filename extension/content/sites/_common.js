// What every site profile shares: which boxes are never compose boxes
// (search fields, login and sign-up forms) and how to find a button by its
// label. Profiles are pure DOM logic: no chrome.*, no editing.

const SEARCH_WORDS = /search|\b(find|filter|look ?up)\b|^(q|query)$/i;
const LOGIN_AUTOCOMPLETE = /\b(username|current-password|new-password|one-time-code|email|tel)\b/i;

function describedAs(el) {
  return [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('name'), el.getAttribute('title'),
    el.id, el.getAttribute('data-testid')].filter(Boolean).join(' ');
}

/** The element the person types into: an <input>, a <textarea> or a contenteditable editing host. */
export function editable(el) {
  if (!el || el.nodeType !== 1) return null;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return el;
  let host = null;
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    if (n.isContentEditable && (!n.parentElement || !n.parentElement.isContentEditable)) host = n;
  }
  return host;
}

/** A search box: role=search landmarks, search inputs, boxes labelled "Search…". */
export function isSearch(el) {
  if (el.getAttribute('type') === 'search' || el.getAttribute('role') === 'searchbox') return true;
  if (el.closest('[role="search"], search, form[action*="search" i]')) return true;
  const label = describedAs(el);
  if (SEARCH_WORDS.test(label)) return true;
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    const text = labelledby.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent || '').join(' ');
    if (/\bsearch\b/i.test(text)) return true;
  }
  return false;
}

/** A login, sign-up or account form field (or any field of a form that asks for a password). */
export function isLogin(el) {
  if (el.tagName === 'INPUT' && /^(password|email|tel)$/i.test(el.type)) return true;
  if (LOGIN_AUTOCOMPLETE.test(el.getAttribute('autocomplete') || '')) return true;
  const form = el.closest('form');
  if (form && form.querySelector('input[type="password"]')) return true;
  return /\b(log ?in|sign ?in|sign ?up|password|username|e-?mail)\b/i.test(describedAs(el));
}

/** Somewhere one writes a post or message: a textarea or rich editor that is not search or login. */
export function isWritable(el) {
  const host = editable(el);
  if (!host || host.tagName === 'INPUT') return false; // one-line inputs are search, names, codes
  if (host.tagName === 'TEXTAREA' && (host.readOnly || host.disabled)) return false;
  return !isSearch(host) && !isLogin(host);
}

/**
 * A site's compose box: any box one can write in that is not search or
 * login (so a renamed test id on the site does not switch the checks off),
 * except inside `exclude`, the site's own non-compose editors.
 */
export function composeBox(el, exclude = '') {
  const host = editable(el);
  return !!host && isWritable(host) && !(exclude && host.closest(exclude));
}

const visible = (el) => !el.hidden && el.getAttribute('aria-hidden') !== 'true' && (el.getClientRects?.().length ?? 1) > 0;

/**
 * The nearest button around `from` (walking up `levels` ancestors) whose
 * label, text or test id (data-testid, data-tid, data-e2e) matches `pattern`.
 */
export function nearestButton(from, pattern, { levels = 8, selector = 'button, [role="button"], input[type="submit"]' } = {}) {
  let scope = from;
  for (let i = 0; scope && i < levels; i++, scope = scope.parentElement) {
    for (const b of scope.querySelectorAll(selector)) {
      if (from.contains(b) || !visible(b)) continue;
      const labels = [b.getAttribute('aria-label'), b.getAttribute('data-testid'), b.getAttribute('data-tid'),
        b.getAttribute('data-e2e'), b.tagName === 'INPUT' ? b.value : b.textContent.trim()];
      if (labels.some((label) => label && pattern.test(label))) return b;
    }
  }
  return null;
}

/** The submit button of the form the box is in, if any. */
export function formSubmit(el) {
  const form = el.closest('form');
  if (!form) return null;
  return form.querySelector('button[type="submit"], input[type="submit"], button:not([type])');
}

/** The page's path, for sites whose URL says whether a box is a chat. */
export function pathOf(el) {
  try {
    return el.ownerDocument.defaultView.location.pathname;
  } catch {
    return '';
  }
}
