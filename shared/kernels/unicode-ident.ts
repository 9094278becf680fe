// Unicode character classes for identifiers, as CPython 3.11 defines them.
//
// PEP 3131: an identifier starts with an XID_Start character or '_' and goes on
// with XID_Continue characters. The C tokenizer checks the raw characters (the
// NFKC normalization that makes `ﬁ` and `fi` the same name happens later, when
// the parser builds the Name), and when a character is rejected it words the
// error by whether the character is printable. JavaScript's `\p{XID_Start}`
// follows a newer Unicode version than Python 3.11's 14.0.0, so the sets come
// from python3 itself (unicode-ident.data.ts, generated) and are searched here;
// printability is the table repr() uses (repr/printable-table.ts, generated).

import { XID_CONTINUE_RANGES, XID_START_RANGES } from './unicode-ident.data.js';
import { PRINTABLE_BOUNDARIES } from './repr/printable-table.js';
import { isPrintableCodePoint } from './repr/str-repr.js';

/** True when code point `cp` lies in one of the flattened inclusive ranges. */
function inRanges(ranges: readonly number[], cp: number): boolean {
  // Binary search over pairs: find the last pair whose first element is <= cp.
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid * 2] <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && cp <= ranges[hi * 2 + 1];
}

/** ASCII letters, digits and '_' decide identifiers without a table. */
function asciiIdent(cp: number, allowDigit: boolean): boolean {
  return (
    (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 95 || (allowDigit && cp >= 48 && cp <= 57)
  );
}

/** May `cp` start an identifier (XID_Start or '_')? */
export function isIdentifierStart(cp: number): boolean {
  return cp < 128 ? asciiIdent(cp, false) : inRanges(XID_START_RANGES, cp);
}

/** May `cp` continue an identifier (XID_Continue)? */
export function isIdentifierContinue(cp: number): boolean {
  return cp < 128 ? asciiIdent(cp, true) : inRanges(XID_CONTINUE_RANGES, cp);
}

/** `chr(cp).isprintable()` in Python 3.11. */
export const isPrintable: (cp: number) => boolean = isPrintableCodePoint;

/**
 * The code points `str.isprintable()` rejects, as the body of a regex class (for the `v`
 * flag's `--`). Python 3.11 counts every letter and number it knows as printable, and
 * every code point Unicode 14 leaves unassigned as not, so taking this away from a JS
 * property class such as `\p{L}` drops exactly what the engine's newer Unicode added.
 */
export function nonPrintableClassBody(): string {
  const b = PRINTABLE_BOUNDARIES;
  let body = rangeItem(0, b[0] - 1);
  for (let i = 1; i + 1 < b.length; i += 2) body += rangeItem(b[i], b[i + 1] - 1);
  return body + rangeItem(b[b.length - 1], 0x10ffff);
}

/** `\u{first}-\u{last}` (one escape when they are equal; nothing when the run is empty). */
function rangeItem(first: number, last: number): string {
  if (first > last) return '';
  const one = `\\u{${first.toString(16)}}`;
  return first === last ? one : `${one}-\\u{${last.toString(16)}}`;
}

/**
 * Index (a JS string index into `s`) of the first character that makes `s` an
 * invalid identifier, or -1 when all of `s` is valid — CPython's
 * `_PyUnicode_ScanIdentifier`, which checks raw characters, not their NFKC form.
 */
export function scanIdentifier(s: string): number {
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const ok = i === 0 ? isIdentifierStart(cp) : isIdentifierContinue(cp);
    if (!ok) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** `str.isidentifier()`: a non-empty string that scans as an identifier. */
export function isIdentifier(s: string): boolean {
  return s.length > 0 && scanIdentifier(s) < 0;
}

/** The name an identifier denotes: NFKC-normalized when it has non-ASCII characters (PEP 3131). */
export function normalizeIdentifier(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return s.normalize('NFKC');
  }
  return s;
}
