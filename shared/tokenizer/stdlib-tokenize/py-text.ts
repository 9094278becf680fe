// Python `str` semantics that Lib/tokenize.py leans on, for JS strings: positions counted
// in code points (Python indexes by code point, JS by UTF-16 unit), `str.isspace`/`strip`,
// and the Unicode `\w` of Python's `re`, pinned to Python 3.11's Unicode 14 database.

import { nonPrintableClassBody } from '../../kernels/unicode-ident.js';

/**
 * The `\w` of Python's `re` on str patterns: alphanumerics (categories L*, plus everything
 * with a numeric value: Nd, Nl, No) and '_'. Marks (Mn, Mc) are not included, which is
 * why tokenize.py splits a decomposed accent off a name. The engine's property classes
 * follow a newer Unicode than Python 3.11's; taking away what Python 3.11 finds
 * non-printable removes the letters and numbers assigned since. Needs the `v` regex flag.
 */
export const PY_WORD_CLASS = `[[\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]--[${nonPrintableClassBody()}]]`;

/** `chr(c).isspace()` for a UTF-16 unit (every Python whitespace character is in the BMP). */
export function isPySpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** `s.strip()`. */
export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPySpace(s.charCodeAt(start))) start++;
  while (end > start && isPySpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** True when `s` holds a surrogate pair, i.e. UTF-16 indices and Python indices differ. */
export function hasAstral(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return true;
    }
  }
  return false;
}

/** Python's index of UTF-16 index `end` in `s`: units minus the pairs before it. */
export function codePointIndex(s: string, end: number): number {
  let n = end;
  for (let i = 0; i + 1 < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** `len(s)` in Python terms. */
export function pyLen(s: string): number {
  return codePointIndex(s, s.length);
}

/** The UTF-16 length of the Python character `s[i]` (2 for a surrogate pair, else 1). */
export function charWidthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** `'%-Ns' % s`: pad with spaces on the right to `width` Python characters. */
export function padRight(s: string, width: number): string {
  if (s.length >= 2 * width) return s; // even all surrogate pairs would fill the width
  const len = pyLen(s);
  return len >= width ? s : s + ' '.repeat(width - len);
}
