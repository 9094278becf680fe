// Code-point counting and indexing on JS strings that hold Python strs.
//
// The engine stores a str as a JS string: a surrogate pair is one astral code
// point, any other surrogate is a lone code point of its own. A str may also
// hold a lone high surrogate followed by a lone low one as two code points
// ("\ud83d\ude00" written with escapes), which UTF-16 would read as one pair:
// such a high surrogate is followed by PAIR_BREAK (U+FDD0, a noncharacter, the
// kind Unicode sets aside for a program's internal use), which is not a
// character but part of the high surrogate's code point. The break is there
// exactly when a low surrogate or a real U+FDD0 follows the high surrogate, so
// every str has one spelling and JS equality is still str equality; joining
// and slicing keep that (joinText, sliceText). Python indexes
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

/** The unit after a high surrogate that keeps it apart from a following low surrogate (see the header). */
export const PAIR_BREAK = 0xfdd0;
export const PAIR_BREAK_CHAR = '\ufdd0';

/** Is the unit after high surrogate position i a low surrogate or a pair break (so the code point takes 2 units)? */
const secondUnit = (unit: number): boolean => (unit & 0xfc00) === 0xdc00 || unit === PAIR_BREAK;

/** UTF-16 units of the code point cp (as codePointAt read it) at unit i of s: 2 for a pair or a broken high surrogate. */
export function cpWidth(s: string, i: number, cp: number): number {
  if (cp > 0xffff) return 2;
  return (cp & 0xfc00) === 0xd800 && s.charCodeAt(i + 1) === PAIR_BREAK ? 2 : 1;
}

/** UTF-16 units of the code point that ends at unit j (j > 0). */
export function widthBefore(s: string, j: number): number {
  return continuesCodePoint(s, j - 1) ? 2 : 1;
}

/** Is unit i of s the second unit of a code point (a low surrogate or a pair break after a high surrogate)? */
export function continuesCodePoint(s: string, i: number): boolean {
  return i > 0 && secondUnit(s.charCodeAt(i)) && isHighSurrogate(s.charCodeAt(i - 1));
}

/** Does s start with what would be a second unit after a high surrogate (a low surrogate or U+FDD0)? */
export function startsLikeSecondUnit(s: string): boolean {
  return secondUnit(s.charCodeAt(0));
}

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
    if (isHighSurrogate(s.charCodeAt(i)) && secondUnit(s.charCodeAt(i + 1))) i++;
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
    if (isHighSurrogate(s.charCodeAt(i)) && secondUnit(s.charCodeAt(i + 1))) {
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
    if (isHighSurrogate(s.charCodeAt(i)) && secondUnit(s.charCodeAt(i + 1))) i += 2;
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
 * pair of s in two, or start on a pair break (only possible for needles
 * beginning with a low surrogate or U+FDD0, or ending with a high surrogate)?
 */
export function splitsPair(s: string, at: number, len: number): boolean {
  if (continuesCodePoint(s, at)) return true;
  const end = at + len;
  return end < s.length && end > 0 && isHighSurrogate(s.charCodeAt(end - 1)) && isLowSurrogate(s.charCodeAt(end));
}

/** Can matches of needle cut a pair (does it start with a low surrogate or U+FDD0, or end with a high surrogate)? */
export function needleMaySplit(needle: string): boolean {
  return needle.length > 0 && (startsLikeSecondUnit(needle) || isHighSurrogate(needle.charCodeAt(needle.length - 1)));
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

/** The code point whose last UTF-16 unit is at index j - 1 (j > 0); widthBefore says how many units it takes. */
export function codePointBefore(s: string, j: number): number {
  const unit = s.charCodeAt(j - 1);
  if (j >= 2 && secondUnit(unit)) {
    const high = s.charCodeAt(j - 2);
    if (isHighSurrogate(high)) return unit === PAIR_BREAK ? high : ((high - 0xd800) << 10) + (unit - 0xdc00) + 0x10000;
  }
  return unit;
}

/** Negative, zero or positive as str a sorts before, with or after str b: code point order, not UTF-16's. */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Below the surrogates and from U+E000 up (but a pair break), a unit is its code point.
    if ((x < 0xd800 || x >= 0xe000) && (y < 0xd800 || y >= 0xe000) && x !== PAIR_BREAK && y !== PAIR_BREAK) return x - y;
    // The code points differ here, or in the one starting at a high surrogate just before.
    return compareCodePointsFrom(a, b, i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) ? i - 1 : i);
  }
  return a.length - b.length;
}

/** compareText by code points from UTF-16 index `at`, a code point boundary in both strings. */
function compareCodePointsFrom(a: string, b: string, at: number): number {
  let i = at;
  let j = at;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x - y;
    i += cpWidth(a, i, x);
    j += cpWidth(b, j, y);
  }
  return (i < a.length ? 1 : 0) - (j < b.length ? 1 : 0);
}

/** a + b as strs: a pair break goes between a high surrogate ending a and a low surrogate or U+FDD0 starting b. */
export function joinText(a: string, b: string): string {
  return needsBreak(a, b) ? a + PAIR_BREAK_CHAR + b : a + b;
}

/** s * n as strs (n >= 1): a pair break goes between copies when s ends with a high surrogate and starts with a low one. */
export function repeatText(s: string, n: number): string {
  return n > 1 && needsBreak(s, s) ? (s + PAIR_BREAK_CHAR).repeat(n - 1) + s : s.repeat(n);
}

/** Would joinText(a, b) put a pair break between them? */
export function needsBreak(a: string, b: string): boolean {
  // b is looked at first: reading the end of a (often a long rope being built) would flatten it.
  return startsLikeSecondUnit(b) && a.length > 0 && isHighSurrogate(a.charCodeAt(a.length - 1));
}

/** The str of UTF-16 units [from, to) of s, both on code point boundaries: a pair break left at its end goes. */
export function sliceText(s: string, from: number, to: number): string {
  if (to > from + 1 && s.charCodeAt(to - 1) === PAIR_BREAK && isHighSurrogate(s.charCodeAt(to - 2))) to--;
  return s.slice(from, to);
}

/** The start of the code point after a match that ends at unit `end` (past a pair break there). */
export function afterMatch(s: string, end: number): number {
  return end > 0 && s.charCodeAt(end) === PAIR_BREAK && isHighSurrogate(s.charCodeAt(end - 1)) ? end + 1 : end;
}

/** The JS string of a str given as code points. */
export function textFromCodePoints(cps: ArrayLike<number>, start = 0, end = cps.length): string {
  let out = '';
  let prevHigh = false;
  for (let i = start; i < end; i++) {
    const cp = cps[i]!;
    if (prevHigh && (isLowSurrogate(cp) || cp === PAIR_BREAK)) out += PAIR_BREAK_CHAR;
    out += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
    prevHigh = isHighSurrogate(cp);
  }
  return out;
}

/** The code points of a str held as a JS string. */
export function textCodePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cpWidth(s, i, cp);
  }
  return out;
}

/** The code points of a str as strs of one code point each. */
export function textChars(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const w = cpWidth(s, i, cp);
    out.push(w === 2 && cp <= 0xffff ? s[i]! : s.slice(i, i + w));
    i += w;
  }
  return out;
}

/** The str of these one-code-point strs in order (pair breaks where needed). */
export function joinChars(chars: readonly string[]): string {
  let out = '';
  let prevHigh = false;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    if (prevHigh && startsLikeSecondUnit(c)) out += PAIR_BREAK_CHAR;
    out += c;
    prevHigh = c.length === 1 && isHighSurrogate(c.charCodeAt(0));
  }
  return out;
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
