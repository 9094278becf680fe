// str.replace/strip/lstrip/rstrip/removeprefix/removesuffix, and a join helper.
//
// replace with an empty `old` inserts `new` before every code point and at the
// end (never between the halves of a surrogate pair), up to `count` times;
// count < 0 means all. strip without chars removes str.isspace() characters;
// with chars, any code point of chars (astral ones included).

import { FLAG_SPACE, charFlags } from './char-flags.js';
import {
  afterMatch, codePointBefore, cpWidth, hasSurrogates, indexOfAligned, joinText, needleMaySplit, sliceText,
  splitsPair, startsLikeSecondUnit, widthBefore,
} from './code-points.js';

/** str.replace(old, new, count=-1). */
export function strReplace(s: string, old: string, replacement: string, count = -1): string {
  let budget = count < 0 ? Infinity : count;
  if (budget === 0) return s;
  // With surrogates about, pieces are cut with sliceText and joined with joinText (pair breaks).
  const exact = hasSurrogates(s) || hasSurrogates(replacement);
  if (old.length === 0) {
    let out = '';
    let i = 0;
    while (i < s.length && budget > 0) {
      const width = exact ? cpWidth(s, i, s.codePointAt(i)!) : 1;
      out = exact ? joinText(joinText(out, replacement), sliceText(s, i, i + width)) : out + replacement + s[i];
      i += width;
      budget--;
    }
    if (i < s.length) return exact ? joinText(out, s.slice(i)) : out + s.slice(i);
    if (budget <= 0) return out;
    return exact ? joinText(out, replacement) : out + replacement;
  }
  const careful = needleMaySplit(old) && hasSurrogates(s);
  let at = indexOfAligned(s, old, 0, careful);
  if (at < 0) return s;
  let out = '';
  let i = 0;
  while (at >= 0 && budget-- > 0) {
    out = exact ? joinText(joinText(out, sliceText(s, i, at)), replacement) : out + s.slice(i, at) + replacement;
    i = exact ? afterMatch(s, at + old.length) : at + old.length;
    at = indexOfAligned(s, old, i, careful);
  }
  return exact ? joinText(out, s.slice(i)) : out + s.slice(i);
}

/** Is cp one of the code points of chars (undefined: whitespace)? */
function stripsCodePoint(cp: number, chars: string | undefined): boolean {
  if (chars === undefined) return (charFlags(cp) & FLAG_SPACE) !== 0;
  for (let k = 0; k < chars.length; ) {
    const c = chars.codePointAt(k)!;
    if (c === cp) return true;
    k += cpWidth(chars, k, c);
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
      i += cpWidth(s, i, cp);
    }
  }
  if (right) {
    while (j > i) {
      const cp = codePointBefore(s, j);
      if (!stripsCodePoint(cp, chars)) break;
      j -= widthBefore(s, j);
    }
  }
  return i === 0 && j === s.length ? s : sliceText(s, i, j);
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
  return s.slice(afterMatch(s, prefix.length));
}

/** str.removesuffix(suffix). */
export function strRemoveSuffix(s: string, suffix: string): string {
  const at = s.length - suffix.length;
  if (suffix.length === 0 || !s.endsWith(suffix) || splitsPair(s, at, suffix.length)) return s;
  return sliceText(s, 0, at);
}

/**
 * sep.join(items) once the engine has checked every item is a str: a pair
 * break goes where a lone high surrogate would meet a lone low one.
 */
export function strJoin(sep: string, items: readonly string[]): string {
  if (items.length === 1) return items[0]!;
  let mayFuse = startsLikeSecondUnit(sep);
  for (let i = 0; i < items.length && !mayFuse; i++) mayFuse = startsLikeSecondUnit(items[i]!);
  if (!mayFuse) return items.join(sep);
  let out = items.length > 0 ? items[0]! : '';
  for (let i = 1; i < items.length; i++) out = joinText(joinText(out, sep), items[i]!);
  return out;
}
