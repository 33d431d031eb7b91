// HTTP client for the companion (../../shared/API.md). Only the service
// worker imports this: it is the one part of the extension that talks to it.

export class CompanionError extends Error {
  /** kind: 'unreachable' (no answer), 'timeout', or 'http' (an answer with an error status). */
  constructor(kind, message, status = 0, code = '') {
    super(message);
    this.kind = kind;
    this.status = status;
    this.code = code;
  }
}

async function request(baseUrl, path, { token = '', method = 'GET', body = undefined, timeoutMs = 4000 } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (err) {
    // Never include the request body in an error: it is the person's draft.
    if (controller.signal.aborted) throw new CompanionError('timeout', `no answer within ${timeoutMs} ms`);
    throw new CompanionError('unreachable', 'companion not reachable');
  } finally {
    clearTimeout(timer);
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = data && data.error ? data.error : {};
    throw new CompanionError('http', error.message || `HTTP ${response.status}`, response.status, error.code || '');
  }
  return data;
}

export function health(baseUrl, token, timeoutMs = 2500) {
  return request(baseUrl, '/v1/health', { token, timeoutMs });
}

export function policies(baseUrl, token, timeoutMs = 4000) {
  return request(baseUrl, '/v1/policies', { token, timeoutMs });
}

/** POST /v1/check with {text, context} and, when there are attachments, images: [{name, type, data}]. */
export function check(baseUrl, token, text, context, timeoutMs = 5000, images = []) {
  const body = images.length ? { text, images, context } : { text, context };
  return request(baseUrl, '/v1/check', { token, method: 'POST', body, timeoutMs });
}

/** Normalise GET /v1/policies to [{id, name, clauses:[{id, quote, title?}]}]. */
export function normalisePacks(data) {
  const list = Array.isArray(data) ? data : (data && (data.policies || data.packs)) || [];
  return list
    .filter((p) => p && typeof p.id === 'string')
    .map((p) => ({ id: p.id, name: p.name || p.title || p.id, role: p.role || '', clauses: Array.isArray(p.clauses) ? p.clauses : [] }));
}
