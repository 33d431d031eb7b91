// Options: pack, role, companion address and token. Keys IT sets through
// managed storage are shown locked.
import { Request, Broadcast, send } from '../shared/messages.js';

const $ = (id) => document.getElementById(id);
const FIELDS = ['pack', 'role', 'companionUrl'];
let tokenTouched = false;

function render(state) {
  const { settings, locked, status } = state;
  $('status').dataset.online = String(status.online && !status.error);
  $('status').textContent = status.online
    ? status.error ? `error: ${status.error}` : `connected (companion ${status.version || '?'})`
    : 'offline';
  const select = $('pack');
  const keep = select.value;
  select.replaceChildren(new Option("The companion's default", ''));
  for (const p of state.packs) select.append(new Option(p.name, p.id));
  if (settings.pack && !state.packs.some((p) => p.id === settings.pack)) select.append(new Option(settings.pack, settings.pack));
  select.value = keep && document.activeElement === select ? keep : settings.pack;
  $('role').value = settings.role;
  $('companionUrl').value = settings.companionUrl;
  if (!tokenTouched) $('token').placeholder = state.hasToken ? 'saved (type to replace, clear to remove)' : 'only if your companion asks for one';
  for (const key of FIELDS) {
    $(key).disabled = locked.includes(key);
    $(`${key}-label`).classList.toggle('locked', locked.includes(key));
  }
}

async function refresh() {
  render(await send(Request.GET_STATE));
}

$('token').addEventListener('input', () => {
  tokenTouched = true;
});

$('form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const changes = {};
  for (const key of FIELDS) if (!$(key).disabled) changes[key] = $(key).value;
  if (tokenTouched) changes.token = $('token').value;
  const state = await send(Request.SAVE_SETTINGS, { changes });
  tokenTouched = false;
  $('token').value = '';
  render(state);
  $('saved').textContent = state.refused.length ? `Not saved: ${state.refused.join(', ')}` : 'Saved.';
});

chrome.runtime.onMessage.addListener((message) => {
  if (message && message.type === Broadcast.STATE_CHANGED) refresh();
});

refresh();
