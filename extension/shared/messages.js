// Every message between the content script, the service worker, the popup
// and the options page. Nothing else in the extension spells a message type.
//
// Requests go to the service worker with `send(type, payload)`; it answers
// each with a plain object. Broadcasts from the service worker to content
// scripts and the popup carry `type` only from the `Broadcast` list.

/** Requests answered by the service worker. */
export const Request = Object.freeze({
  /**
   * content → sw: {text, site, audience?, images?: [{name, type, data (base64)}]}
   *   → {ok, mode: 'companion'|'offline', findings (text ones, and `image:<name>` ones for the images sent),
   *      packNames, imagesUnchecked?: true when images were sent but the companion could not check them}
   */
  CHECK: 'check',
  /** popup/options/content → sw: {site?} → {settings, locked, paused, status} */
  GET_STATE: 'get-state',
  /** options → sw: {changes: {key: value}} → {settings, locked} (locked keys are refused) */
  SAVE_SETTINGS: 'save-settings',
  /** popup → sw: {site, paused: boolean} → {paused} (refused when IT disallows pausing) */
  SET_PAUSED: 'set-paused',
  /** popup/options → sw: {} → {status}: check the companion now */
  RECONNECT: 'reconnect',
  /** options → sw: {} → {packs: [{id, name}]} from the companion (or the offline bundle) */
  LIST_PACKS: 'list-packs',
});

/** Messages the service worker sends without being asked. */
export const Broadcast = Object.freeze({
  /** {status}: the companion went online/offline, or settings changed. Content re-checks. */
  STATE_CHANGED: 'state-changed',
});

export const ALL_TYPES = Object.freeze([...Object.values(Request), ...Object.values(Broadcast)]);

/** Send a request to the service worker and return its answer. */
export async function send(type, payload = {}) {
  if (!Object.values(Request).includes(type)) throw new Error(`unknown request type ${type}`);
  return chrome.runtime.sendMessage({ type, ...payload });
}

/** Shape of the companion status every answer carries. */
export function emptyStatus() {
  return { online: false, version: null, checkedAt: 0, policies: [], ocr: false, error: null };
}
