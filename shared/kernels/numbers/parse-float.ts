// float(text): CPython 3.11's float_from_string.
//
// After the Unicode rewrite (unicode-numeric.ts) come the PEP 515 underscore
// rule (an underscore only between two digits, checked on the whole text),
// ASCII whitespace stripping, and then C's decimal syntax as
// _PyOS_ascii_strtod reads it: [sign] digits [. digits] [e [sign] digits],
// with digits on at least one side of the point, or [sign] inf / infinity /
// nan in any case. No hexadecimal (that is float.fromhex). The value comes
// from JS's Number(), which V8 rounds correctly for every decimal string, as
// CPython's dtoa does; '-nan' keeps its sign bit, as in CPython.

import type { PyStrCodePoints } from '../../ast/nodes.js';
import { raise } from '../py-error.js';
import { strCodePointsRepr, strRepr } from '../repr/str-repr.js';
import { asciiNumericText, isAsciiSpace } from './unicode-numeric.js';

/**
 * A NaN with its sign bit set, as float('-nan') is. Made from its bits at run time: a bundler
 * folds the expression `-NaN` into plain NaN.
 */
export const NEGATIVE_NAN: number = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, 0xfff80000);
  return view.getFloat64(0);
})();

const UNDERSCORE = 0x5f;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** float(text) for a str argument, with CPython's ValueError. */
export function parseFloatLiteral(text: string | PyStrCodePoints): number {
  if (typeof text !== 'string') return cannotConvert(text); // a split surrogate pair is never numeric
  let s = asciiNumericText(text);
  if (s.indexOf('_') >= 0) {
    const cleaned = withoutUnderscores(s);
    if (cleaned === null) return cannotConvert(text);
    s = cleaned;
  }
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  const value = decimalValue(s, start, end);
  if (value === null) return cannotConvert(text);
  return value;
}

function cannotConvert(text: string | PyStrCodePoints): never {
  const r = typeof text === 'string' ? strRepr(text) : strCodePointsRepr(text.codePoints);
  raise('ValueError', `could not convert string to float: ${r}`);
}

/** s without its underscores, or null when one is not between two digits. */
function withoutUnderscores(s: string): string | null {
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === UNDERSCORE) {
      if (!isDigit(prev)) return null;
    } else {
      if (prev === UNDERSCORE && !isDigit(c)) return null;
      out += s[i];
    }
    prev = c;
  }
  return prev === UNDERSCORE ? null : out;
}

/** Does s[i, i + word.length) spell the lower-case `word`, ignoring case? */
function matchesWord(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The value of the decimal or inf/nan literal that is exactly s[start, end), or null. */
function decimalValue(s: string, start: number, end: number): number | null {
  let i = start;
  let negative = false;
  const signChar = s.charCodeAt(i);
  if (signChar === 0x2d || signChar === 0x2b) { negative = signChar === 0x2d; i++; }
  const first = s.charCodeAt(i) | 0x20;
  if (first === 0x69) { // 'i'
    const length = end - i;
    if ((length === 3 && matchesWord(s, i, 'inf')) || (length === 8 && matchesWord(s, i, 'infinity'))) {
      return negative ? -Infinity : Infinity;
    }
    return null;
  }
  if (first === 0x6e) { // 'n'
    if (end - i === 3 && matchesWord(s, i, 'nan')) return negative ? NEGATIVE_NAN : NaN;
    return null;
  }
  let mantissaDigits = 0;
  while (i < end && isDigit(s.charCodeAt(i))) { i++; mantissaDigits++; }
  if (i < end && s.charCodeAt(i) === 0x2e) {
    i++;
    while (i < end && isDigit(s.charCodeAt(i))) { i++; mantissaDigits++; }
  }
  if (mantissaDigits === 0) return null;
  if (i < end && (s.charCodeAt(i) | 0x20) === 0x65) { // 'e'
    i++;
    const expSign = s.charCodeAt(i);
    if (expSign === 0x2b || expSign === 0x2d) i++;
    const expStart = i;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    if (i === expStart) return null;
  }
  if (i !== end) return null;
  // Number() takes exactly this syntax (and more, which was ruled out above).
  return Number(start === 0 && end === s.length ? s : s.slice(start, end));
}
