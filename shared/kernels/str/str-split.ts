// str.split/rsplit/splitlines/partition/rpartition as CPython 3.11 does them.
//
// Splitting needs no index conversion: the pieces are UTF-16 slices, and the
// characters that matter (whitespace per str.isspace, line boundaries) are all
// in the BMP, so a surrogate unit is never one of them. A separator is found
// with indexOf, skipping hits inside surrogate pairs (code-points.ts).
// maxsplit < 0 means no limit. Empty separators raise ValueError.

import { raise } from '../py-error.js';
import { FLAG_SPACE, charFlags, isLineBreak } from './char-flags.js';
import {
  afterMatch, hasSurrogates, indexOfAligned, lastIndexOfAligned, needleMaySplit, sliceText,
} from './code-points.js';

const isSpaceUnit = (unit: number): boolean => (charFlags(unit) & FLAG_SPACE) !== 0;

function checkSeparator(sep: string): void {
  if (sep.length === 0) raise('ValueError', 'empty separator');
}

/** May a match of sep inside s cut a surrogate pair? */
const careful = (s: string, sep: string): boolean => needleMaySplit(sep) && hasSurrogates(s);

/** s[from, to) as a str; `exact` (careful()) drops a pair break left at its end. */
const cut = (s: string, from: number, to: number, exact: boolean): string => (exact ? sliceText(s, from, to) : s.slice(from, to));

/** Where the rest of s starts after a match of sep at `at` (past a pair break when `exact`). */
const after = (s: string, at: number, sep: string, exact: boolean): number => (exact ? afterMatch(s, at + sep.length) : at + sep.length);

/** str.split(sep=None, maxsplit=-1). */
export function strSplit(s: string, sep?: string, maxsplit = -1): string[] {
  let budget = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  const n = s.length;
  if (sep === undefined) {
    let i = 0;
    while (budget-- > 0) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      // maxsplit reached: the rest, less its leading whitespace, is one piece.
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i < n) out.push(s.slice(i));
    }
    return out;
  }
  checkSeparator(sep);
  const c = careful(s, sep);
  let i = 0;
  while (budget-- > 0) {
    const at = indexOfAligned(s, sep, i, c);
    if (at < 0) break;
    out.push(cut(s, i, at, c));
    i = after(s, at, sep, c);
  }
  out.push(i === 0 ? s : s.slice(i));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function strRsplit(s: string, sep?: string, maxsplit = -1): string[] {
  let budget = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === undefined) {
    let i = s.length - 1;
    while (budget-- > 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  checkSeparator(sep);
  const c = careful(s, sep);
  let i = s.length; // s[0, i) is still unsplit
  while (budget-- > 0) {
    if (i < sep.length) break;
    const at = lastIndexOfAligned(s, sep, i - sep.length, c);
    if (at < 0) break;
    out.push(cut(s, after(s, at, sep, c), i, c));
    i = at;
  }
  out.push(i === s.length ? s : cut(s, 0, i, c));
  return out.reverse();
}

/** str.splitlines(keepends=False): \r\n is one boundary; no empty piece after a final boundary. */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(j === 0 && eol === n ? s : s.slice(j, eol));
  }
  return out;
}

/** str.partition(sep): [before, sep, after], or [s, '', ''] when sep is absent. */
export function strPartition(s: string, sep: string): [string, string, string] {
  checkSeparator(sep);
  const c = careful(s, sep);
  const at = indexOfAligned(s, sep, 0, c);
  return at < 0 ? [s, '', ''] : [cut(s, 0, at, c), sep, s.slice(after(s, at, sep, c))];
}

/** str.rpartition(sep): [before, sep, after] at the last sep, or ['', '', s]. */
export function strRpartition(s: string, sep: string): [string, string, string] {
  checkSeparator(sep);
  const c = careful(s, sep);
  const at = s.length < sep.length ? -1 : lastIndexOfAligned(s, sep, s.length - sep.length, c);
  return at < 0 ? ['', '', s] : [cut(s, 0, at, c), sep, s.slice(after(s, at, sep, c))];
}
