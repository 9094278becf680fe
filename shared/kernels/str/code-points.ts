// Code-point counting and indexing on JS strings that hold Python strs.
//
// The engine stores a str as a JS string: a surrogate pair is one astral code
// point, any other surrogate is a lone code point of its own. Python indexes
// by code point, JS by UTF-16 unit; the two agree exactly when the string has
// no surrogates, which is nearly always, so every kernel first asks
// hasSurrogates() and takes the UTF-16 path when it can. Only the wide path
// walks the string to convert indices.
//
// A UTF-16 search (indexOf) may match inside a surrogate pair when the needle
// starts with a lone low surrogate or ends with a lone high one; Python would
// not match there, so the searches here skip such hits (splitsPair).

const SURROGATE = /[\ud800-\udfff]/;

// Programs index the same long str again and again (a parser walking its input with s[i],
// s.startswith(x, i) and s.find(c, i)): scanning it for surrogates, or walking it to convert a
// code point index, at every call would make such loops quadratic. Strings of at least
// INDEXED_LENGTH units get their answers remembered: whether they have surrogates (the last
// such string), and for a wide one the UTF-16 index of every code point (the last few strings).
// Shorter strings are simply walked.
const INDEXED_LENGTH = 64;
const INDEX_CACHE_SIZE = 4;

let lastTested = '';
let lastTestedWide = false;

/** Does s contain any surrogate unit (so UTF-16 and code point indices may differ)? */
export function hasSurrogates(s: string): boolean {
  if (s.length < INDEXED_LENGTH) return SURROGATE.test(s);
  if (s !== lastTested) {
    lastTestedWide = SURROGATE.test(s);
    lastTested = s;
  }
  return lastTestedWide;
}

export const isHighSurrogate = (unit: number): boolean => (unit & 0xfc00) === 0xd800;
export const isLowSurrogate = (unit: number): boolean => (unit & 0xfc00) === 0xdc00;

/** For each code point index k of a wide string (and its length), the UTF-16 index where it starts. */
const indexedStrings: string[] = [];
const indexes: Int32Array[] = [];

function unitsOf(s: string): Int32Array {
  for (let k = 0; k < indexedStrings.length; k++) {
    if (indexedStrings[k] === s) return indexes[k]!;
  }
  const units = new Int32Array(walkLength(s, 0, s.length) + 1);
  let cp = 0;
  for (let i = 0; i < s.length; i++, cp++) {
    units[cp] = i;
    if (isHighSurrogate(s.charCodeAt(i)) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) i++;
  }
  units[cp] = s.length;
  if (indexedStrings.length === INDEX_CACHE_SIZE) {
    indexedStrings.pop();
    indexes.pop();
  }
  indexedStrings.unshift(s);
  indexes.unshift(units);
  return units;
}

/** Code points in s's UTF-16 range [from, to), counted by walking. */
function walkLength(s: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i + 1 < to; i++) {
    if (isHighSurrogate(s.charCodeAt(i)) && isLowSurrogate(s.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

/** len(s) in code points. */
export function cpLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  return s.length < INDEXED_LENGTH ? walkLength(s, 0, s.length) : unitsOf(s).length - 1;
}

/** UTF-16 index of code point index cp (0 <= cp <= len), walking from UTF-16 index `from` at code point `fromCp`. */
export function unitIndex(s: string, cp: number, from = 0, fromCp = 0): number {
  if (s.length >= INDEXED_LENGTH && cp - fromCp > 8) {
    if (!hasSurrogates(s)) return cp;
    const units = unitsOf(s);
    return cp < units.length ? units[cp]! : s.length + cp - (units.length - 1);
  }
  let i = from;
  for (let k = fromCp; k < cp; k++) {
    if (isHighSurrogate(s.charCodeAt(i)) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) i += 2;
    else i += 1;
  }
  return i;
}

/** The code point index of UTF-16 index `unit` of s (which must not split a pair). */
function cpIndex(s: string, unit: number): number {
  const units = unitsOf(s);
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid]! <= unit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Number of code points in s's UTF-16 range [from, to), which must not split a pair. */
export function cpCount(s: string, from: number, to: number): number {
  if (to - from < INDEXED_LENGTH || s.length < INDEXED_LENGTH) return walkLength(s, from, to);
  if (!hasSurrogates(s)) return to - from;
  return cpIndex(s, to) - cpIndex(s, from);
}

/**
 * Would a match of a needle of `len` units at UTF-16 index `at` cut a surrogate
 * pair of s in two (only possible for needles beginning with a low or ending
 * with a high surrogate)?
 */
export function splitsPair(s: string, at: number, len: number): boolean {
  if (at > 0 && isLowSurrogate(s.charCodeAt(at)) && isHighSurrogate(s.charCodeAt(at - 1))) return true;
  const end = at + len;
  return end < s.length && end > 0 && isHighSurrogate(s.charCodeAt(end - 1)) && isLowSurrogate(s.charCodeAt(end));
}

/** Can matches of needle cut a pair (does it start with a low or end with a high surrogate)? */
export function needleMaySplit(needle: string): boolean {
  return needle.length > 0 && (isLowSurrogate(needle.charCodeAt(0)) || isHighSurrogate(needle.charCodeAt(needle.length - 1)));
}

/** s.indexOf(needle, from) but never inside a surrogate pair; `careful` = needleMaySplit(needle). */
export function indexOfAligned(s: string, needle: string, from: number, careful: boolean): number {
  let at = s.indexOf(needle, from);
  if (careful) {
    while (at >= 0 && splitsPair(s, at, needle.length)) at = s.indexOf(needle, at + 1);
  }
  return at;
}

/** s.lastIndexOf(needle, from) but never inside a surrogate pair; `careful` = needleMaySplit(needle). */
export function lastIndexOfAligned(s: string, needle: string, from: number, careful: boolean): number {
  let at = s.lastIndexOf(needle, from);
  if (careful) {
    while (at > 0 && splitsPair(s, at, needle.length)) at = s.lastIndexOf(needle, at - 1);
    if (at === 0 && splitsPair(s, 0, needle.length)) at = -1;
  }
  return at;
}

/** The code point whose last UTF-16 unit is at index j - 1 (j > 0), and how many units it takes. */
export function codePointBefore(s: string, j: number): number {
  const unit = s.charCodeAt(j - 1);
  if (isLowSurrogate(unit) && j >= 2) {
    const high = s.charCodeAt(j - 2);
    if (isHighSurrogate(high)) return ((high - 0xd800) << 10) + (unit - 0xdc00) + 0x10000;
  }
  return unit;
}

/**
 * Python's slice-index adjustment for find/count/startswith (ADJUST_INDICES):
 * negative indices count from the end and both are clamped to [0, len].
 * The start is not clamped above len; callers compare it with the end.
 * Results go into SLICE (reused, so no allocation per call).
 */
export const SLICE = { start: 0, end: 0 };

export function adjustIndices(start: number | undefined, end: number | undefined, len: number): void {
  let e = end === undefined ? len : end;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  let b = start === undefined ? 0 : start;
  if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  SLICE.start = b;
  SLICE.end = e;
}
