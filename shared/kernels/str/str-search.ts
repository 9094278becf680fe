// str.find/rfind/index/rindex/count/startswith/endswith with CPython's slice
// semantics, counting in code points.
//
// start/end arrive as JS numbers (None as undefined; the engine clamps huge
// ints, as _PyEval_SliceIndex does) and are adjusted as CPython's
// ADJUST_INDICES: negative counts from the end, both clamped to [0, len],
// and a window shorter than the needle finds nothing — so 'abc'.find('', 4)
// is -1 while 'abc'.find('', 3) is 3. Searches run on UTF-16 with indexOf;
// only strings holding surrogates pay for converting indices.
//
// startswith/endswith take one prefix: for a tuple the engine calls them once
// per element (CPython's order, stopping at the first match).

import { raise } from '../py-error.js';
import {
  SLICE, adjustIndices, cpCount, cpLength, hasSurrogates, indexOfAligned, lastIndexOfAligned, needleMaySplit,
  splitsPair, unitIndex,
} from './code-points.js';

/**
 * Narrows s to the window [start, end) and finds sub in it; returns the code
 * point index or -1. `last` searches from the right.
 */
function search(s: string, sub: string, start: number | undefined, end: number | undefined, last: boolean): number {
  const wide = hasSurrogates(s);
  const len = wide ? cpLength(s) : s.length;
  adjustIndices(start, end, len);
  const b = SLICE.start;
  const e = SLICE.end;
  const subLen = wide ? cpLength(sub) : sub.length;
  if (e - b < subLen) return -1;
  if (!wide) {
    if (b === 0 && e === s.length) return last ? s.lastIndexOf(sub) : s.indexOf(sub);
    const hay = s.slice(b, e);
    const at = last ? hay.lastIndexOf(sub) : hay.indexOf(sub);
    return at < 0 ? -1 : at + b;
  }
  // Search s itself between the window's UTF-16 bounds: slicing a long window out of it for every
  // call would cost as much as the search.
  const ub = unitIndex(s, b);
  const ue = unitIndex(s, e, ub, b);
  const careful = needleMaySplit(sub);
  if (last) {
    const at = lastIndexOfAligned(s, sub, ue - sub.length, careful);
    return at < ub || at + sub.length > ue ? -1 : b + cpCount(s, ub, at);
  }
  const at = indexOfAligned(s, sub, ub, careful);
  return at < 0 || at + sub.length > ue ? -1 : b + cpCount(s, ub, at);
}

/** sub in s: never a match that cuts a surrogate pair or starts on a pair break. */
export function strContains(s: string, sub: string): boolean {
  return needleMaySplit(sub) ? indexOfAligned(s, sub, 0, true) >= 0 : s.includes(sub);
}

/** str.find(sub[, start[, end]]). */
export function strFind(s: string, sub: string, start?: number, end?: number): number {
  return search(s, sub, start, end, false);
}

/** str.rfind(sub[, start[, end]]). */
export function strRfind(s: string, sub: string, start?: number, end?: number): number {
  return search(s, sub, start, end, true);
}

/** str.index(): find, or ValueError. */
export function strIndex(s: string, sub: string, start?: number, end?: number): number {
  const at = search(s, sub, start, end, false);
  if (at < 0) raise('ValueError', 'substring not found');
  return at;
}

/** str.rindex(): rfind, or ValueError. */
export function strRindex(s: string, sub: string, start?: number, end?: number): number {
  const at = search(s, sub, start, end, true);
  if (at < 0) raise('ValueError', 'substring not found');
  return at;
}

/** str.count(sub[, start[, end]]): non-overlapping occurrences; '' occurs len + 1 times. */
export function strCount(s: string, sub: string, start?: number, end?: number): number {
  const wide = hasSurrogates(s);
  const len = wide ? cpLength(s) : s.length;
  adjustIndices(start, end, len);
  const b = SLICE.start;
  const e = SLICE.end;
  if (e - b < (wide ? cpLength(sub) : sub.length)) return 0;
  if (sub.length === 0) return e - b + 1;
  let hay = s;
  if (b !== 0 || e !== len) {
    const ub = wide ? unitIndex(s, b) : b;
    hay = s.slice(ub, wide ? unitIndex(s, e, ub, b) : e);
  }
  const careful = wide && needleMaySplit(sub);
  let n = 0;
  for (let at = indexOfAligned(hay, sub, 0, careful); at >= 0; at = indexOfAligned(hay, sub, at + sub.length, careful)) n++;
  return n;
}

/** Does s have `fix` at code point `at` of the window, ending on a code point boundary? (tailmatch) */
function tailMatch(s: string, fix: string, start: number | undefined, end: number | undefined, atEnd: boolean): boolean {
  const wide = hasSurrogates(s);
  const len = wide ? cpLength(s) : s.length;
  adjustIndices(start, end, len);
  const fixLen = wide ? cpLength(fix) : fix.length;
  const b = SLICE.start;
  const e = SLICE.end - fixLen;
  if (e < b) return false;
  if (fix.length === 0) return true;
  if (!wide) return s.startsWith(fix, atEnd ? e : b);
  const u = unitIndex(s, atEnd ? e : b);
  return s.startsWith(fix, u) && !splitsPair(s, u, fix.length);
}

/** str.startswith(prefix[, start[, end]]) for one prefix. */
export function strStartsWith(s: string, prefix: string, start?: number, end?: number): boolean {
  return tailMatch(s, prefix, start, end, false);
}

/** str.endswith(suffix[, start[, end]]) for one suffix. */
export function strEndsWith(s: string, suffix: string, start?: number, end?: number): boolean {
  return tailMatch(s, suffix, start, end, true);
}
