// The service worker: settings, the companion connection and its offline
// fallback. It is the only part of the extension that talks to the companion.

import { Request, Broadcast, emptyStatus } from '../shared/messages.js';
import { merge, offReason, USER_KEYS, MANAGED_KEYS, normaliseUrl } from '../shared/settings.js';
import * as fallback from '../shared/fallback.js';
import * as companion from './companion.js';

const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];
const POLL_ALARM = 'second-thought-health';

let status = emptyStatus();
let packs = []; // from GET /v1/policies
let backoffStep = 0;
let pollTimer = null;
let slowFailureUntil = 0; // after a timeout, use the fallback without waiting again until then
let bundlePromise = null;

function loadBundle() {
  bundlePromise ??= fetch(chrome.runtime.getURL('rules/bundle.json'))
    .then((r) => r.json())
    .then((bundle) => ({ bundle, compiled: fallback.compile(bundle) }));
  return bundlePromise;
}

// Chromium answers the first storage.managed read of a browser session only
// after it has loaded policies (about 3 s on a fresh profile), so it is read
// once when the worker starts and again only when it changes.
let managedPromise = null;
function readManaged() {
  // Firefox throws when no managed storage manifest is installed.
  managedPromise ??= chrome.storage.managed.get(MANAGED_KEYS).catch(() => ({}));
  return managedPromise;
}

async function readSettings() {
  const [user, managed] = await Promise.all([chrome.storage.local.get(USER_KEYS), readManaged()]);
  return merge(user, managed);
}

function broadcast() {
  const message = { type: Broadcast.STATE_CHANGED, status };
  chrome.runtime.sendMessage(message).catch(() => {});
  chrome.tabs.query({}).then((tabs) => {
    for (const tab of tabs) if (tab.id !== undefined) chrome.tabs.sendMessage(tab.id, message).catch(() => {});
  });
}

function setStatus(next) {
  const changed = next.online !== status.online || next.version !== status.version || next.error !== status.error;
  status = { ...status, ...next, checkedAt: Date.now() };
  if (changed) broadcast();
}

function schedulePoll() {
  clearTimeout(pollTimer);
  const delay = status.online ? 30000 : BACKOFF_MS[Math.min(backoffStep, BACKOFF_MS.length - 1)];
  if (!status.online) backoffStep++;
  pollTimer = setTimeout(refreshHealth, delay);
}

async function refreshPacks(settings) {
  try {
    packs = companion.normalisePacks(await companion.policies(settings.companionUrl, settings.token));
  } catch {
    /* keep the old list; the health answer still names the ids */
  }
}

async function refreshHealth() {
  const { settings } = await readSettings();
  try {
    const h = await companion.health(settings.companionUrl, settings.token);
    const wasOnline = status.online;
    backoffStep = 0;
    slowFailureUntil = 0;
    if (!wasOnline || !packs.length) await refreshPacks(settings);
    setStatus({ online: true, version: h.version || null, ocr: !!h.ocr, policies: h.policies || [], error: null });
  } catch (err) {
    setStatus({ online: false, error: err.kind === 'http' ? err.message : 'offline' });
  }
  schedulePoll();
  return status;
}

function siteOf(sender, fallbackHost) {
  try {
    return new URL(sender.tab?.url || sender.url).hostname;
  } catch {
    return fallbackHost || '';
  }
}

function packNames(bundle) {
  const names = {};
  for (const p of bundle.packs || []) names[p.id] = p.name;
  for (const p of packs) names[p.id] = p.name;
  return names;
}

async function onCheck(message, sender) {
  const { settings } = await readSettings();
  const site = siteOf(sender, message.site);
  const off = offReason(settings, site);
  const { bundle, compiled } = await loadBundle();
  if (off) return { ok: true, off, findings: [], mode: status.online ? 'companion' : 'offline', packNames: {} };
  const text = typeof message.text === 'string' ? message.text : '';
  // The content script's site profile says who will read the post (content/sites/).
  const audience = ['public', 'private'].includes(message.audience) ? message.audience : 'unknown';
  const context = { role: settings.role, site, audience };
  if (settings.pack) context.policy = settings.pack;
  const images = imagesOf(message);
  if (Date.now() >= slowFailureUntil || images.length) {
    try {
      // OCR takes longer than a text check, the first one longest (the engine warms up).
      const answer = await companion.check(settings.companionUrl, settings.token, text, context, images.length ? 30000 : undefined, images);
      if (!status.online || status.error) refreshHealth(); // back: fetch version and packs, tell every tab
      const names = new Set(images.map((i) => `image:${i.name}`));
      const findings = (answer.findings || []).filter((f) => f.source === undefined || f.source === 'text' || names.has(f.source));
      return { ok: true, mode: 'companion', findings, packNames: packNames(bundle) };
    } catch (err) {
      if (err.kind === 'timeout') slowFailureUntil = Date.now() + 15000;
      if (err.kind === 'http') {
        setStatus({ online: true, error: err.message });
      } else if (status.online || status.checkedAt === 0) {
        setStatus({ online: false, error: 'offline' });
        backoffStep = 0;
        schedulePoll();
      }
    }
  }
  const findings = fallback.check(compiled, bundle, text, { packId: settings.pack || status.policies[0] || '', role: settings.role });
  // Images need the companion (OCR, faces, barcodes); offline they go unchecked, and the page says so.
  return { ok: true, mode: 'offline', findings, packNames: packNames(bundle), imagesUnchecked: images.length > 0 };
}

/** The attachments of a CHECK message, as API.md wants them: [{name, type, data (base64)}]. */
function imagesOf(message) {
  if (!Array.isArray(message.images)) return [];
  return message.images
    .filter((i) => i && typeof i.data === 'string' && i.data && typeof i.name === 'string')
    .slice(0, 4)
    .map((i) => ({ name: i.name, type: typeof i.type === 'string' ? i.type : '', data: i.data }));
}

async function onGetState(message, sender) {
  const { settings, locked } = await readSettings();
  const site = message.site || siteOf(sender, '');
  const { bundle } = await loadBundle();
  return {
    settings: { ...settings, token: settings.token ? '••••' : '' },
    hasToken: !!settings.token,
    locked,
    status,
    site,
    off: offReason(settings, site),
    version: chrome.runtime.getManifest().version,
    packs: packs.length ? packs.map(({ id, name }) => ({ id, name })) : fallback.packs(bundle),
  };
}

async function onSaveSettings(message) {
  const { locked } = await readSettings();
  const changes = {};
  const refused = [];
  for (const [key, value] of Object.entries(message.changes || {})) {
    if (!USER_KEYS.includes(key) || locked.includes(key)) {
      refused.push(key);
      continue;
    }
    if (key === 'companionUrl') {
      const url = value === '' ? '' : normaliseUrl(value);
      if (value !== '' && !url) {
        refused.push(key);
        continue;
      }
      changes[key] = url || undefined;
    } else {
      changes[key] = value;
    }
  }
  const toRemove = Object.keys(changes).filter((k) => changes[k] === undefined);
  const toSet = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  if (toRemove.length) await chrome.storage.local.remove(toRemove);
  if (Object.keys(toSet).length) await chrome.storage.local.set(toSet);
  if ('companionUrl' in changes || 'token' in changes) {
    packs = [];
    await refreshHealth();
  }
  return { ...(await onGetState({}, {})), refused };
}

async function onSetPaused(message) {
  const { settings } = await readSettings();
  if (!settings.allowPause) return { ok: false, error: 'Pausing is turned off by your IT team.' };
  const site = String(message.site || '').toLowerCase();
  if (!site) return { ok: false, error: 'no site' };
  const list = new Set(settings.pausedSites);
  if (message.paused) list.add(site);
  else list.delete(site);
  await chrome.storage.local.set({ pausedSites: [...list] });
  return { ok: true, paused: !!message.paused };
}

const handlers = {
  [Request.CHECK]: onCheck,
  [Request.GET_STATE]: onGetState,
  [Request.SAVE_SETTINGS]: onSaveSettings,
  [Request.SET_PAUSED]: onSetPaused,
  [Request.RECONNECT]: async () => ({ status: await refreshHealth() }),
  [Request.LIST_PACKS]: async () => (await onGetState({}, {})).packs,
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && handlers[message.type];
  if (!handler) return false;
  handler(message, sender).then(sendResponse, (err) => sendResponse({ ok: false, error: String(err && err.message) }));
  return true; // answer asynchronously
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' && area !== 'managed') return;
  if (area === 'managed') managedPromise = null;
  if ('companionUrl' in changes || 'token' in changes) {
    packs = [];
    refreshHealth(); // broadcasts when the status changes
  }
  broadcast(); // settings changed: every tab checks again
});

chrome.alarms.create(POLL_ALARM, { periodInMinutes: 1 });
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === POLL_ALARM) refreshHealth();
});

refreshHealth();
