// The popup: is the companion connected, which pack and role are in use,
// and pause on this site. All state comes from the service worker.
import { Request, Broadcast, send } from '../shared/messages.js';

const $ = (id) => document.getElementById(id);

async function currentSite() {
  // Tests open the popup as a page and name the site in the query string.
  const fromQuery = new URLSearchParams(location.search).get('site');
  if (fromQuery) return fromQuery;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  try {
    return new URL(tab.url).hostname;
  } catch {
    return '';
  }
}

function packName(state, id) {
  const pack = state.packs.find((p) => p.id === id);
  return pack ? pack.name : id;
}

function render(state) {
  const { status, settings, locked } = state;
  const online = status.online && !status.error;
  $('status').dataset.online = String(online);
  $('status').textContent = online
    ? `connected (companion ${status.version || '?'})`
    : status.online ? `error: ${status.error}` : 'offline';
  $('offline-note').hidden = online;
  $('version').textContent = `extension ${state.version}`;
  const activePack = settings.pack || status.policies[0] || '';
  $('pack').textContent = activePack ? packName(state, activePack) : 'companion default';
  $('pack').classList.toggle('locked', locked.includes('pack'));
  $('role').textContent = settings.role;
  $('role').classList.toggle('locked', locked.includes('role'));
  $('site').textContent = state.site || '—';
  const pause = $('pause');
  pause.checked = state.off === 'paused';
  pause.disabled = !state.site || state.off === 'disabled' || !settings.allowPause;
  const note = $('pause-note');
  note.hidden = !(state.off === 'disabled' || !settings.allowPause);
  note.textContent = state.off === 'disabled'
    ? 'Turned off on this site by your IT team.'
    : 'Pausing is turned off by your IT team.';
}

async function refresh() {
  render(await send(Request.GET_STATE, { site: await currentSite() }));
}

$('pause').addEventListener('change', async (e) => {
  await send(Request.SET_PAUSED, { site: await currentSite(), paused: e.target.checked });
  await refresh();
});

chrome.runtime.onMessage.addListener((message) => {
  if (message && message.type === Broadcast.STATE_CHANGED) refresh();
});

send(Request.RECONNECT).finally(refresh);
refresh();
