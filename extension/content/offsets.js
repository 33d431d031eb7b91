// The companion counts characters as Python does (code points); the DOM
// counts UTF-16 units. An emoji before a phone number shifts one against the other.

const SURROGATE = /[\uD800-\uDFFF]/;

/** A function mapping code-point offsets in `text` to UTF-16 offsets. */
export function codePointToUtf16(text) {
  if (!SURROGATE.test(text)) return (cp) => cp;
  const table = [];
  let i = 0;
  for (const ch of text) {
    table.push(i);
    i += ch.length;
  }
  table.push(i);
  return (cp) => table[Math.min(Math.max(cp, 0), table.length - 1)];
}

/**
 * Where did the text change? {start, oldEnd, newEnd}: old[start, oldEnd)
 * became new[start, newEnd). Common prefix and suffix; one edit at a time is
 * what typing produces.
 */
export function diff(oldText, newText) {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  ) tail++;
  return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

/**
 * Move spans [start, end) of the old text to the new text; a span the edit
 * touches is dropped (the next check answers for it).
 */
export function remap(spans, oldText, newText) {
  if (oldText === newText) return spans;
  const { start, oldEnd, newEnd } = diff(oldText, newText);
  const delta = newEnd - oldEnd;
  const out = [];
  for (const s of spans) {
    if (s.end <= start) out.push(s);
    else if (s.start >= oldEnd) out.push({ ...s, start: s.start + delta, end: s.end + delta });
  }
  return out;
}
