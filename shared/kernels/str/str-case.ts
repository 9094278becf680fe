// str.upper/lower/casefold/capitalize/title/swapcase as CPython 3.11 does them.
//
// Each code point is mapped on its own (case-map.ts) except capital sigma,
// which lower() — and every method that lowercases: capitalize, title,
// swapcase — turns into final ς when it ends a word: preceded by a cased
// letter and not followed by one, case-ignorable characters skipped both ways
// (CPython's final_sigma). title() starts a word after any character that is
// not Cased; capitalize() titlecases the first character (3.8+) and lowercases
// the rest. All-ASCII strings of upper/lower/casefold use the JS builtins,
// which agree with Python there; the rest builds the result from unchanged
// slices plus mapped characters, so an already-mapped string comes back as is.

import { FOLD_TABLE, LOWER_TABLE, TITLE_TABLE, UPPER_TABLE, mappedText } from './case-map.js';
import { FLAG_CASED, FLAG_CASE_IGNORABLE, FLAG_LOWER, FLAG_UPPER, charFlags } from './char-flags.js';
import { codePointBefore, cpWidth, widthBefore } from './code-points.js';

const NON_ASCII = /[^\x00-\x7f]/;
const CAPITAL_SIGMA = 0x3a3;
const SMALL_SIGMA = 0x3c3;
const FINAL_SIGMA = 0x3c2;

const MODE_UPPER = 0;
const MODE_LOWER = 1;
const MODE_FOLD = 2;
const MODE_TITLE = 3;
const MODE_CAPITALIZE = 4;
const MODE_SWAPCASE = 5;

/** Is the capital sigma at UTF-16 index i in the Final_Sigma context? */
function isFinalSigma(s: string, i: number): boolean {
  let j = i;
  let cp = 0;
  let found = false;
  while (j > 0) {
    cp = codePointBefore(s, j);
    j -= widthBefore(s, j);
    if ((charFlags(cp) & FLAG_CASE_IGNORABLE) === 0) {
      found = true;
      break;
    }
  }
  if (!found || (charFlags(cp) & FLAG_CASED) === 0) return false;
  for (j = i + 1; j < s.length; ) {
    cp = s.codePointAt(j)!;
    j += cpWidth(s, j, cp);
    const flags = charFlags(cp);
    if ((flags & FLAG_CASE_IGNORABLE) === 0) return (flags & FLAG_CASED) === 0;
  }
  return true;
}

/** lower() of the code point cp at UTF-16 index i of s (CPython's lower_ucs4). */
function lowerAt(s: string, i: number, cp: number): number {
  if (cp === CAPITAL_SIGMA) return isFinalSigma(s, i) ? FINAL_SIGMA : SMALL_SIGMA;
  return LOWER_TABLE.map(cp);
}

function convert(s: string, mode: number): string {
  let out = '';
  let copied = 0; // s[0, copied) is already in out
  let previousCased = false; // title(): was the previous character Cased?
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cpWidth(s, i, cp);
    let mapped: number;
    switch (mode) {
      case MODE_UPPER:
        mapped = UPPER_TABLE.map(cp);
        break;
      case MODE_LOWER:
        mapped = lowerAt(s, i, cp);
        break;
      case MODE_FOLD:
        mapped = FOLD_TABLE.map(cp);
        break;
      case MODE_TITLE:
        mapped = previousCased ? lowerAt(s, i, cp) : TITLE_TABLE.map(cp);
        previousCased = (charFlags(cp) & FLAG_CASED) !== 0;
        break;
      case MODE_CAPITALIZE:
        mapped = i === 0 ? TITLE_TABLE.map(cp) : lowerAt(s, i, cp);
        break;
      default: {
        const flags = charFlags(cp);
        if ((flags & FLAG_UPPER) !== 0) mapped = lowerAt(s, i, cp);
        else if ((flags & FLAG_LOWER) !== 0) mapped = UPPER_TABLE.map(cp);
        else mapped = cp;
      }
    }
    if (mapped !== cp) {
      if (copied < i) out += s.slice(copied, i);
      out += mappedText(mapped);
      copied = i + width;
    }
    i += width;
  }
  if (copied === 0) return s;
  return copied < s.length ? out + s.slice(copied) : out;
}

/** str.upper(). */
export function strUpper(s: string): string {
  return NON_ASCII.test(s) ? convert(s, MODE_UPPER) : s.toUpperCase();
}

/** str.lower() (with the final-sigma rule). */
export function strLower(s: string): string {
  return NON_ASCII.test(s) ? convert(s, MODE_LOWER) : s.toLowerCase();
}

/** str.casefold(). */
export function strCasefold(s: string): string {
  return NON_ASCII.test(s) ? convert(s, MODE_FOLD) : s.toLowerCase();
}

/** str.title(). */
export function strTitle(s: string): string {
  return convert(s, MODE_TITLE);
}

/** str.capitalize(): first character titlecased, the rest lowercased. */
export function strCapitalize(s: string): string {
  return convert(s, MODE_CAPITALIZE);
}

/** str.swapcase(). */
export function strSwapcase(s: string): string {
  return convert(s, MODE_SWAPCASE);
}
