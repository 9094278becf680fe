// The Unicode side of int(str) and float(str).
//
// CPython (_PyUnicode_TransformDecimalAndSpaceToASCII) rewrites the text before
// parsing it: code points below 0x7F stay, every other whitespace character
// becomes ' ', every other decimal digit the ASCII digit of the same value,
// and the first code point that is neither ends the text with a '?' that no
// parser accepts. asciiNumericText does the same, so that a non-ASCII space is
// only whitespace where a ' ' would be, and so that int() can still count the
// digits before a bad character (the 4300-digit limit is checked first).

import { DECIMAL_ZERO_CODE_POINTS, NON_ASCII_SPACE_CODE_POINTS } from './unicode-numeric.data.js';

/** The value of decimal digit `cp` (any Unicode Nd digit), or -1. */
export function decimalDigitValue(cp: number): number {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  const zeros = DECIMAL_ZERO_CODE_POINTS;
  // The last run starting at or below cp.
  let lo = 0;
  let hi = zeros.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (zeros[mid] <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  if (hi < 0) return -1;
  const value = cp - zeros[hi];
  return value < 10 ? value : -1;
}

/** str.isspace() for a code point >= 0x7F. */
export function isNonAsciiSpace(cp: number): boolean {
  return NON_ASCII_SPACE_CODE_POINTS.indexOf(cp) >= 0;
}

/** C's isspace() in the "C" locale, which is what the parsers test after the rewrite. */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * The text as the number parsers see it: `text` itself when it is ASCII,
 * otherwise with non-ASCII spaces as ' ', digits as ASCII digits, and cut
 * after a '?' at the first code point that is neither.
 */
export function asciiNumericText(text: string): string {
  let i = 0;
  const n = text.length;
  while (i < n && text.charCodeAt(i) < 0x7f) i++;
  if (i === n) return text;
  let out = text.slice(0, i);
  while (i < n) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp < 0x7f) {
      out += String.fromCharCode(cp);
    } else if (isNonAsciiSpace(cp)) {
      out += ' ';
    } else {
      const d = decimalDigitValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}
