// Settings: defaults, overridden by the user's choices (storage.local),
// overridden by what IT sets through managed storage (storage.managed, see
// ../managed_schema.json). Managed keys are "locked": shown, not editable.

export const DEFAULTS = Object.freeze({
  companionUrl: 'http://127.0.0.1:8765',
  token: '',
  pack: '',          // '' = the companion's configured pack
  role: 'student',
  disabledSites: [], // host names where the extension does nothing
  allowPause: true,  // whether the person may pause the extension on a site
  pausedSites: [],   // host names the person paused (user setting only)
});

export const ROLES = Object.freeze(['student', 'staff']);

/** Keys IT may set; must match managed_schema.json. */
export const MANAGED_KEYS = Object.freeze(['companionUrl', 'pack', 'role', 'disabledSites', 'allowPause']);

/** Keys a person may set from the options page or popup. */
export const USER_KEYS = Object.freeze(['companionUrl', 'token', 'pack', 'role', 'pausedSites']);

/** Merge defaults, user and managed values; returns {settings, locked}. */
export function merge(user = {}, managed = {}) {
  const settings = { ...DEFAULTS };
  for (const key of USER_KEYS) if (user[key] !== undefined) settings[key] = user[key];
  const locked = [];
  for (const key of MANAGED_KEYS) {
    if (managed[key] !== undefined) {
      settings[key] = managed[key];
      locked.push(key);
    }
  }
  settings.companionUrl = normaliseUrl(settings.companionUrl) || DEFAULTS.companionUrl;
  if (!ROLES.includes(settings.role)) settings.role = DEFAULTS.role;
  return { settings, locked };
}

export function normaliseUrl(url) {
  if (typeof url !== 'string') return '';
  const trimmed = url.trim().replace(/\/+$/, '');
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    return trimmed;
  } catch {
    return '';
  }
}

/** Host-name match: "example.org" also covers "www.example.org". */
export function siteListed(list, host) {
  if (!host || !Array.isArray(list)) return false;
  return list.some((entry) => {
    const e = String(entry).trim().toLowerCase();
    return e && (host === e || host.endsWith('.' + e));
  });
}

/** Why the extension is off on `host`, or '' when it is on. */
export function offReason(settings, host) {
  if (siteListed(settings.disabledSites, host)) return 'disabled';
  if (siteListed(settings.pausedSites, host)) return 'paused';
  return '';
}
