// How many terminal columns the start of a source line takes, as CPython
// 3.11.7 counts them for traceback carets (_PyPegen_calculate_display_width):
// characters whose unicodedata.east_asian_width() is W or F take two columns,
// all others one. The table comes from python3 (east-asian-wide.data.ts).

import { WIDE_RANGES } from './east-asian-wide.data.js';

/** Below this, no character is wide (ASCII and Latin take the fast path). */
const FIRST_WIDE = WIDE_RANGES[0]!;

/** Does code point `cp` take two columns? */
export function isWide(cp: number): boolean {
  if (cp < FIRST_WIDE) return false;
  // Binary search for the last pair whose first element is <= cp.
  let lo = 0;
  let hi = (WIDE_RANGES.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (WIDE_RANGES[mid * 2]! <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && cp <= WIDE_RANGES[hi * 2 + 1]!;
}

/**
 * The display width of the first `chars` code points of `line`. Like
 * CPython, an all-ASCII prefix answers `chars` itself, even past the end of
 * the line; otherwise the prefix is cut at the end of the line.
 */
export function displayWidth(line: string, chars: number): number {
  let width = 0;
  let ascii = true;
  let i = 0;
  for (let n = 0; n < chars && i < line.length; n++) {
    const cp = line.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp >= 0x80) ascii = false;
    width += isWide(cp) ? 2 : 1;
  }
  return ascii ? chars : width;
}
