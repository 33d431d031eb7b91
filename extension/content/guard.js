// Holds a post while its draft has a high-risk warning: the send button's
// click, Enter-to-send and form submits are caught in the capture phase on
// the window (so before the page's own handlers; nothing here needs the
// document to be loaded, so it works from document_start), and the person is
// asked first. "Post anyway" lets the same action through once: the button
// is clicked again, the key re-dispatched, the form re-submitted. Events we
// dispatch are untrusted, and some sites ignore them; a second press of the
// real button with the same draft is then let through without asking.
//
// Never held: IME composition, Shift+Enter, events the page itself
// dispatches (untrusted), and drafts whose last check is stale.

const SEND_WORDS = /^\s*(post|send|tweet|reply|publish|comment|share|submit|toot|skeet)\b/i;

/** The page's own label for a control: aria-label, else its text or value. */
function labelOf(el) {
  return (el.getAttribute('aria-label') || el.textContent || el.value || '').trim();
}

function usable(el) {
  return el && !el.disabled && el.getAttribute('aria-disabled') !== 'true';
}

/**
 * The send button for a compose box when no site profile knows it: a submit
 * button of the box's form, else the nearest button called Post, Send,
 * Tweet, Reply… within a few ancestors of the box.
 */
export function genericSendButton(host) {
  const form = host.closest('form');
  if (form) {
    const submit = form.querySelector('button[type=submit], input[type=submit], button:not([type])');
    if (submit) return submit;
  }
  let scope = host.parentElement;
  for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
    for (const el of scope.querySelectorAll('button, [role=button], input[type=submit], input[type=button]')) {
      if (!host.contains(el) && SEND_WORDS.test(labelOf(el))) return el;
    }
  }
  return null;
}

/**
 * Does plain Enter send from this box? Site profiles know; otherwise a box
 * that says so: `enterkeyhint="send"` (what chat boxes tell on-screen
 * keyboards) or a single-line field (an <input>, aria-multiline="false").
 */
export function genericEnterSends(host) {
  const hint = (host.getAttribute('enterkeyhint') || '').toLowerCase();
  return hint === 'send' || host.tagName === 'INPUT' || host.getAttribute('aria-multiline') === 'false';
}

/**
 * Install the capture-phase listeners on `win`.
 *
 * options:
 *   sessions(): the live compose sessions, each with
 *     {host, risky(): items[] (empty when nothing to hold), signature(): string,
 *      sendButton(): Element|null, enterSends(): boolean, onSend(), restoreFocus()}
 *   ask(session, items): Promise<'post'|'edit'>
 * Returns a function that removes the listeners.
 */
export function installGuard(win, { sessions, ask }) {
  let passing = false; // our own re-dispatch is going through
  let asking = false;
  const allowed = new WeakMap(); // session → signature the person chose to post anyway

  const sessionFor = (path) => {
    for (const s of sessions()) if (path.includes(s.host)) return s;
    return null;
  };

  /** Hold `event` if the session's draft is risky; `again()` repeats the action after "Post anyway". */
  const hold = (event, session, again) => {
    if (asking) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const items = session.risky();
    if (!items.length || allowed.get(session) === session.signature()) {
      session.onSend();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    asking = true;
    ask(session, items).then((answer) => {
      asking = false;
      if (answer !== 'post') {
        session.restoreFocus();
        return;
      }
      allowed.set(session, session.signature());
      session.onSend();
      passing = true;
      try {
        again();
      } finally {
        passing = false;
      }
    });
  };

  const onKeyDown = (event) => {
    if (passing || !event.isTrusted || event.key !== 'Enter') return;
    if (event.isComposing || event.keyCode === 229 || event.shiftKey || event.altKey) return;
    const path = event.composedPath();
    const session = sessionFor(path);
    if (!session) return;
    // Ctrl/Cmd+Enter sends on most sites that have a send button, and in chats where Enter sends.
    const shortcut = event.ctrlKey || event.metaKey;
    if (!session.enterSends() && !(shortcut && session.sendButton())) return;
    const target = path[0];
    const init = {
      key: event.key, code: event.code, keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true,
      ctrlKey: event.ctrlKey, metaKey: event.metaKey,
    };
    hold(event, session, () => {
      session.host.focus({ preventScroll: true });
      const el = target.isConnected ? target : session.host;
      el.dispatchEvent(new KeyboardEvent('keydown', init));
      el.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 }));
      el.dispatchEvent(new KeyboardEvent('keyup', init));
    });
  };

  const onClick = (event) => {
    if (passing || !event.isTrusted || event.button !== 0) return;
    const path = event.composedPath();
    for (const session of sessions()) {
      const button = session.sendButton();
      if (!button || !usable(button) || !path.includes(button)) continue;
      hold(event, session, () => button.click());
      return;
    }
  };

  const onSubmit = (event) => {
    if (passing || !event.isTrusted) return;
    const form = event.target;
    const session = [...sessions()].find((s) => form.contains?.(s.host));
    if (!session) return;
    const submitter = event.submitter;
    hold(event, session, () => {
      if (form.requestSubmit) form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined);
      else form.submit();
    });
  };

  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('submit', onSubmit, true);
  return () => {
    win.removeEventListener('keydown', onKeyDown, true);
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('submit', onSubmit, true);
  };
}
