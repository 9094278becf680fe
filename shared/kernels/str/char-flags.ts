// Per-code-point character classes of CPython 3.11's str methods.
//
// One lookup answers every class at once: the generated table stores runs of
// equal flag bits (unicode-props.data.ts, from python3, Unicode 14.0), ASCII
// gets a 128-entry array so the common case does no search. The bits follow
// CPython's own database flags: SPACE is Py_UNICODE_ISSPACE, DECIMAL/DIGIT/
// NUMERIC the three numeric properties, LOWER/UPPER the Lowercase/Uppercase
// properties (not the Ll/Lu categories), TITLE the Lt category, and CASED /
// CASE_IGNORABLE the Unicode properties title() and the final-sigma rule use.

import { FLAG_RUN_STARTS, FLAG_RUN_VALUES } from './unicode-props.data.js';

export const FLAG_SPACE = 1;
export const FLAG_ALPHA = 2;
export const FLAG_DECIMAL = 4;
export const FLAG_DIGIT = 8;
export const FLAG_NUMERIC = 16;
export const FLAG_LOWER = 32;
export const FLAG_UPPER = 64;
export const FLAG_TITLE = 128;
export const FLAG_CASED = 256;
export const FLAG_CASE_IGNORABLE = 512;
/** isalnum() of one code point: alpha or any of the numeric classes. */
export const FLAG_ALNUM = FLAG_ALPHA | FLAG_DECIMAL | FLAG_DIGIT | FLAG_NUMERIC;

const RUN_STARTS = Int32Array.from(FLAG_RUN_STARTS);
const RUN_VALUES = Uint16Array.from(FLAG_RUN_VALUES);

/** Flags of the code points below 128, read straight from the run table once. */
const ASCII_FLAGS = new Uint16Array(128);
for (let cp = 0; cp < 128; cp++) ASCII_FLAGS[cp] = searchFlags(cp);

/** Binary search for the run holding cp. */
function searchFlags(cp: number): number {
  let lo = 0;
  let hi = RUN_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (RUN_STARTS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return RUN_VALUES[lo]!;
}

/** The FLAG_* bits of code point cp. */
export function charFlags(cp: number): number {
  return cp < 128 ? ASCII_FLAGS[cp]! : searchFlags(cp);
}

/** Py_UNICODE_ISSPACE: what split() and strip() treat as whitespace. */
export function isSpaceCodePoint(cp: number): boolean {
  return (charFlags(cp) & FLAG_SPACE) !== 0;
}

/** True for Python's line boundaries (splitlines): \n \v \f \r \x1c-\x1e \x85 \u2028 \u2029. */
export function isLineBreak(cp: number): boolean {
  if (cp < 0x0a) return false;
  if (cp <= 0x0d) return true;
  if (cp < 0x1c) return false;
  return cp <= 0x1e || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
