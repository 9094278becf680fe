// Full Unicode case mappings of one code point, as CPython 3.11 applies them.
//
// str.upper()/lower()/title()/casefold() map each code point through
// UnicodeData plus the unconditional SpecialCasing/CaseFolding entries; the
// only context-dependent rule CPython implements, final sigma, is in
// str-case.ts. The tables are generated from python3 (unicode-props.data.ts)
// as runs of code points sharing a delta, with stride 1 or 2, so one binary
// search finds a mapping; ASCII is answered from a 128-entry array.
//
// A lookup returns a code point (>= 0), or -1 - k when the result is several
// code points, MULTI_MAPPINGS[k] — a number either way, so nothing is allocated.

import {
  FOLD_MULTI, FOLD_RUNS, LOWER_MULTI, LOWER_RUNS, TITLE_MULTI, TITLE_RUNS, UPPER_MULTI, UPPER_RUNS,
} from './unicode-props.data.js';

/** Every multi-code-point result of every table, each table's indices offset into this one list. */
export const MULTI_MAPPINGS: string[] = [];

export class CaseTable {
  readonly firsts: Int32Array;
  readonly lasts: Int32Array;
  readonly strides: Int32Array;
  readonly deltas: Int32Array;
  readonly ascii = new Int32Array(128);

  constructor(runs: readonly number[], multi: readonly string[]) {
    const n = runs.length >> 2;
    const offset = MULTI_MAPPINGS.length;
    MULTI_MAPPINGS.push(...multi);
    this.firsts = new Int32Array(n);
    this.lasts = new Int32Array(n);
    this.strides = new Int32Array(n);
    this.deltas = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      this.firsts[k] = runs[4 * k]!;
      this.lasts[k] = runs[4 * k + 1]!;
      this.strides[k] = runs[4 * k + 2]!;
      this.deltas[k] = runs[4 * k + 3]! + (runs[4 * k + 2] === 0 ? offset : 0);
    }
    for (let cp = 0; cp < 128; cp++) this.ascii[cp] = this.search(cp);
  }

  /** The mapping of cp: a code point, or -1 - k for MULTI_MAPPINGS[k]. */
  map(cp: number): number {
    return cp < 128 ? this.ascii[cp]! : this.search(cp);
  }

  private search(cp: number): number {
    const firsts = this.firsts;
    let lo = 0;
    let hi = firsts.length - 1;
    if (hi < 0 || cp < firsts[0]!) return cp;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (firsts[mid]! <= cp) lo = mid;
      else hi = mid - 1;
    }
    if (cp > this.lasts[lo]!) return cp;
    const stride = this.strides[lo]!;
    if (stride === 0) return -1 - this.deltas[lo]!;
    if (stride === 2 && ((cp - firsts[lo]!) & 1) !== 0) return cp;
    return cp + this.deltas[lo]!;
  }
}

export const UPPER_TABLE = new CaseTable(UPPER_RUNS, UPPER_MULTI);
export const LOWER_TABLE = new CaseTable(LOWER_RUNS, LOWER_MULTI);
export const TITLE_TABLE = new CaseTable(TITLE_RUNS, TITLE_MULTI);
export const FOLD_TABLE = new CaseTable(FOLD_RUNS, FOLD_MULTI);

/** The text of a lookup result. */
export function mappedText(mapped: number): string {
  return mapped >= 0 ? String.fromCodePoint(mapped) : MULTI_MAPPINGS[-1 - mapped]!;
}
