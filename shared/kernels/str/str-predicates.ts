// The str.isXXX() predicates with CPython 3.11's rules.
//
// The per-character classes come from char-flags.ts (python3's own answers,
// Unicode 14.0). isalpha/isdecimal/isdigit/isnumeric/isalnum/isspace need a
// non-empty string whose every code point is in the class; isprintable and
// isascii hold for the empty string. islower/isupper need a cased character
// and none of the other case; istitle walks words as CPython does (an
// uppercase or titlecase letter may only follow an uncased character, a
// lowercase one only a cased one). isidentifier is unicode-ident.ts's.

import { isPrintableCodePoint } from '../repr/str-repr.js';
import { isIdentifier } from '../unicode-ident.js';
import { cpWidth } from './code-points.js';
import {
  FLAG_ALNUM, FLAG_ALPHA, FLAG_DECIMAL, FLAG_DIGIT, FLAG_LOWER, FLAG_NUMERIC, FLAG_SPACE, FLAG_TITLE, FLAG_UPPER,
  charFlags,
} from './char-flags.js';

const NON_ASCII = /[^\x00-\x7f]/;

/** Is s non-empty with every code point having one of the bits in `mask`? */
function allHave(s: string, mask: number): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if ((charFlags(cp) & mask) === 0) return false;
    i += cpWidth(s, i, cp);
  }
  return true;
}

/** str.isalpha(). */
export const strIsAlpha = (s: string): boolean => allHave(s, FLAG_ALPHA);
/** str.isdecimal(). */
export const strIsDecimal = (s: string): boolean => allHave(s, FLAG_DECIMAL);
/** str.isdigit(). */
export const strIsDigit = (s: string): boolean => allHave(s, FLAG_DIGIT);
/** str.isnumeric(). */
export const strIsNumeric = (s: string): boolean => allHave(s, FLAG_NUMERIC);
/** str.isalnum(). */
export const strIsAlnum = (s: string): boolean => allHave(s, FLAG_ALNUM);
/** str.isspace(). */
export const strIsSpace = (s: string): boolean => allHave(s, FLAG_SPACE);

/** str.isascii(). */
export function strIsAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** str.isprintable(). */
export function strIsPrintable(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (!isPrintableCodePoint(cp)) return false;
    i += cpWidth(s, i, cp);
  }
  return true;
}

/** str.isidentifier(). */
export const strIsIdentifier: (s: string) => boolean = isIdentifier;

/** str.islower(): some lowercase character and no uppercase or titlecase one. */
export function strIsLower(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const flags = charFlags(cp);
    if ((flags & (FLAG_UPPER | FLAG_TITLE)) !== 0) return false;
    if ((flags & FLAG_LOWER) !== 0) cased = true;
    i += cpWidth(s, i, cp);
  }
  return cased;
}

/** str.isupper(): some uppercase character and no lowercase or titlecase one. */
export function strIsUpper(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const flags = charFlags(cp);
    if ((flags & (FLAG_LOWER | FLAG_TITLE)) !== 0) return false;
    if ((flags & FLAG_UPPER) !== 0) cased = true;
    i += cpWidth(s, i, cp);
  }
  return cased;
}

/** str.istitle(). */
export function strIsTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const flags = charFlags(cp);
    if ((flags & (FLAG_UPPER | FLAG_TITLE)) !== 0) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if ((flags & FLAG_LOWER) !== 0) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
    i += cpWidth(s, i, cp);
  }
  return cased;
}
