// repr() of a Python str, exactly as CPython 3.11 writes it.
//
// The quote is ' unless the text contains ' and no ", then ". Backslash and the
// chosen quote are escaped; \t \n \r get their short escapes; other ASCII
// controls and every code point that str.isprintable() rejects are written as
// \xNN (below 0x100), \uNNNN (BMP) or \UNNNNNNNN. Printability comes from the
// table generated from python3 (printable-table.ts), because the answer
// depends on CPython's Unicode version. Strings are walked by code point; a
// lone surrogate is one code point and, being category Cs, is escaped.
//
// A Python str holding a high and a low surrogate as two code points cannot be
// a JS string (UTF-16 would fuse them into one astral character); the AST keeps
// such a str as its code points (PyStrCodePoints), printed by strCodePointsRepr
// with the same per-code-point rules; the engine's strs spell it with a pair
// break after the high surrogate, which the walk steps over (cpWidth).

import { PRINTABLE_BOUNDARIES } from './printable-table.js';
import { cpWidth } from '../str/code-points.js';

const CH_BACKSLASH = 0x5c;
const CH_SQUOTE = 0x27;
const CH_DQUOTE = 0x22;
const HEX = '0123456789abcdef';

/** The short escapes repr() uses instead of \xNN. */
const SHORT_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x09, '\\t'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [CH_BACKSLASH, '\\\\'],
]);

/** True when CPython's str.isprintable() holds for the code point. */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  // Count the boundaries <= cp; an odd count means cp is inside a printable run.
  const b = PRINTABLE_BOUNDARIES;
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (b[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

/** `\x`, `\u` or `\U` escape of a code point, with CPython's widths. */
export function hexEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + hexDigits(cp, 2);
  if (cp < 0x10000) return '\\u' + hexDigits(cp, 4);
  return '\\U' + hexDigits(cp, 8);
}

function hexDigits(value: number, width: number): string {
  let out = '';
  for (let shift = (width - 1) * 4; shift >= 0; shift -= 4) out += HEX[(value >>> shift) & 0xf];
  return out;
}

/** The quote repr() picks: ' unless the text has ' but no ". */
export function chooseQuote(hasSingle: boolean, hasDouble: boolean): number {
  return hasSingle && !hasDouble ? CH_DQUOTE : CH_SQUOTE;
}

/** The escape for one code point inside a repr, or null when it stands as itself. */
function escapeFor(cp: number, quote: number): string | null {
  if (cp === quote) return quote === CH_SQUOTE ? "\\'" : '\\"';
  const short = SHORT_ESCAPES.get(cp);
  if (short !== undefined) return short;
  return isPrintableCodePoint(cp) ? null : hexEscape(cp);
}

/** repr(s) for a Python str held as a JS string. */
export function strRepr(s: string): string {
  const quote = chooseQuote(s.includes("'"), s.includes('"'));
  const q = String.fromCharCode(quote);
  const parts: string[] = [q];
  let runStart = 0; // start of the pending run of characters copied verbatim
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const width = cpWidth(s, i, cp);
    // Printable ASCII other than the quote and backslash is by far the common case.
    if (cp >= 0x20 && cp < 0x7f && cp !== quote && cp !== CH_BACKSLASH) {
      i += width;
      continue;
    }
    const escape = escapeFor(cp, quote);
    if (escape !== null) {
      if (runStart < i) parts.push(s.slice(runStart, i));
      parts.push(escape);
      runStart = i + width;
    }
    i += width;
  }
  if (runStart === 0) return q + s + q;
  if (runStart < s.length) parts.push(s.slice(runStart));
  parts.push(q);
  return parts.join('');
}

/** repr() of a Python str given as its code points (the rare str a JS string cannot hold). */
export function strCodePointsRepr(codePoints: readonly number[]): string {
  const quote = chooseQuote(codePoints.includes(CH_SQUOTE), codePoints.includes(CH_DQUOTE));
  const q = String.fromCharCode(quote);
  let out = q;
  for (const cp of codePoints) out += escapeFor(cp, quote) ?? String.fromCodePoint(cp);
  return out + q;
}
