// str.replace/strip/lstrip/rstrip/removeprefix/removesuffix, and a join helper.
//
// replace with an empty `old` inserts `new` before every code point and at the
// end (never between the halves of a surrogate pair), up to `count` times;
// count < 0 means all. strip without chars removes str.isspace() characters;
// with chars, any code point of chars (astral ones included).

import { FLAG_SPACE, charFlags } from './char-flags.js';
import { codePointBefore, hasSurrogates, indexOfAligned, needleMaySplit, splitsPair } from './code-points.js';

/** str.replace(old, new, count=-1). */
export function strReplace(s: string, old: string, replacement: string, count = -1): string {
  let budget = count < 0 ? Infinity : count;
  if (budget === 0) return s;
  if (old.length === 0) {
    let out = '';
    let i = 0;
    while (i < s.length && budget > 0) {
      const width = s.codePointAt(i)! > 0xffff ? 2 : 1;
      out += replacement + s.slice(i, i + width);
      i += width;
      budget--;
    }
    if (i < s.length) return out + s.slice(i);
    return budget > 0 ? out + replacement : out;
  }
  const careful = needleMaySplit(old) && hasSurrogates(s);
  let at = indexOfAligned(s, old, 0, careful);
  if (at < 0) return s;
  let out = '';
  let i = 0;
  while (at >= 0 && budget-- > 0) {
    out += s.slice(i, at) + replacement;
    i = at + old.length;
    at = indexOfAligned(s, old, i, careful);
  }
  return out + s.slice(i);
}

/** Is cp one of the code points of chars (undefined: whitespace)? */
function stripsCodePoint(cp: number, chars: string | undefined): boolean {
  if (chars === undefined) return (charFlags(cp) & FLAG_SPACE) !== 0;
  for (let k = 0; k < chars.length; ) {
    const c = chars.codePointAt(k)!;
    if (c === cp) return true;
    k += c > 0xffff ? 2 : 1;
  }
  return false;
}

/** The UTF-16 bounds [i, j) left after stripping: left and/or right. */
function strip(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (left) {
    while (i < j) {
      const cp = s.codePointAt(i)!;
      if (!stripsCodePoint(cp, chars)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      const cp = codePointBefore(s, j);
      if (!stripsCodePoint(cp, chars)) break;
      j -= cp > 0xffff ? 2 : 1;
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** str.strip(chars=None). */
export const strStrip = (s: string, chars?: string): string => strip(s, chars, true, true);
/** str.lstrip(chars=None). */
export const strLstrip = (s: string, chars?: string): string => strip(s, chars, true, false);
/** str.rstrip(chars=None). */
export const strRstrip = (s: string, chars?: string): string => strip(s, chars, false, true);

/** str.removeprefix(prefix). */
export function strRemovePrefix(s: string, prefix: string): string {
  if (prefix.length === 0 || !s.startsWith(prefix) || splitsPair(s, 0, prefix.length)) return s;
  return s.slice(prefix.length);
}

/** str.removesuffix(suffix). */
export function strRemoveSuffix(s: string, suffix: string): string {
  const at = s.length - suffix.length;
  if (suffix.length === 0 || !s.endsWith(suffix) || splitsPair(s, at, suffix.length)) return s;
  return s.slice(0, at);
}

/**
 * sep.join(items) once the engine has checked every item is a str. (A lone
 * high surrogate meeting a lone low one fuses in a JS string; such results
 * need shared/kernels/py-str.ts's PyStrCodePoints, as for concatenation.)
 */
export function strJoin(sep: string, items: readonly string[]): string {
  return items.length === 1 ? items[0]! : items.join(sep);
}
