// Offline fallback: the regex patterns of the mechanical rules (personal
// data, credentials) exported from shared-rules/ by tools/export_rules.py.
// Pure: no chrome.*, no DOM, so node runs it in the tests too.
// Findings have the companion's shape, offsets in code points (Python
// string indices), so the content script treats both sources alike.
//
// Scoring follows the companion's Presidio setup: a match keeps its
// pattern's score (default 0.6); a context word of the rule among the five
// words before it adds 0.35 (at least 0.4); below 0.5 it is dropped. The
// companion also judges each match in Python (organisation numbers, years,
// checksums), which is not repeated here: offline warnings can be broader.

export const SCORE_THRESHOLD = 0.5;
const CONTEXT_BOOST = 0.35;
const MIN_SCORE_WITH_CONTEXT = 0.4;
const CONTEXT_WORDS_BEFORE = 5;

function hasContext(text, index, words) {
  if (!words || !words.length) return false;
  const before = text.slice(Math.max(0, index - 200), index).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const near = before.slice(-CONTEXT_WORDS_BEFORE);
  return near.some((w) => words.some((c) => {
    const cw = c.toLowerCase();
    return w === cw || (w.endsWith('s') && w.slice(0, -1) === cw);
  }));
}

function scoreOf(pattern, rule, text, index) {
  const base = pattern.score ?? 0.6;
  if (!hasContext(text, index, rule.context)) return base;
  return Math.max(Math.min(base + CONTEXT_BOOST, 1), MIN_SCORE_WITH_CONTEXT);
}

/** Compile the bundle once: [{rule, regexes}] */
export function compile(bundle) {
  return (bundle.rules || []).map((rule) => ({
    rule,
    regexes: rule.patterns.map((p) => ({ pattern: p, re: new RegExp(p.regex, 'g' + (p.flags || '').replace(/[^imsu]/g, '')) })),
  }));
}

function digits(s) {
  return s.replace(/\D/g, '');
}

/** UTF-16 index → code-point index, for every index of `text`. */
function utf16ToCodePoint(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[++i] = cp;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

/**
 * Check `text` offline. `options`: {packId, role}. Returns findings sorted by start.
 */
export function check(compiled, bundle, text, { packId = '', role = 'student' } = {}) {
  const pack = (bundle.packs || []).find((p) => p.id === packId) || (bundle.packs || [])[0] || null;
  const orgPhones = new Set((pack?.organisation_phones || []).map(digits));
  const findings = [];
  let cpMap = null;
  for (const { rule, regexes } of compiled) {
    if (rule.roles && rule.roles.length && !rule.roles.includes(role)) continue;
    const override = pack?.overrides?.[rule.id] || {};
    if (override.enabled === false) continue;
    const seen = new Set();
    for (const { pattern, re } of regexes) {
      re.lastIndex = 0;
      let m;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        if (rule.category === 'personal_data' && orgPhones.has(digits(m[0]))) continue;
        if (scoreOf(pattern, rule, text, m.index) < SCORE_THRESHOLD) continue;
        const key = m.index + ':' + (m.index + m[0].length);
        if (seen.has(key)) continue;
        seen.add(key);
        cpMap ??= utf16ToCodePoint(text);
        findings.push({
          category: rule.category,
          severity: override.severity || rule.severity,
          rule: rule.id,
          source: 'text',
          start: cpMap[m.index],
          end: cpMap[m.index + m[0].length],
          title: rule.title,
          message: override.message || rule.message,
          policy: cite(pack, rule, override),
          ...(rule.fix ? { fix: { replacement: rule.fix } } : {}),
          offline: true,
        });
      }
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return findings;
}

function cite(pack, rule, override) {
  if (!pack) return [];
  const ids = override.clauses || pack.cite?.[rule.category] || [];
  return ids
    .map((id) => pack.clauses.find((c) => c.id === id))
    .filter(Boolean)
    .map((c) => ({ pack: pack.id, clause: c.id, quote: c.quote }));
}

/** Packs listed in the bundle: [{id, name}] */
export function packs(bundle) {
  return (bundle.packs || []).map((p) => ({ id: p.id, name: p.name }));
}
