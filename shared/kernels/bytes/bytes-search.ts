// bytes.find/rfind/index/rindex/count/startswith/endswith on Uint8Array.
//
// The needle is bytes or, as CPython allows, an int that stands for one byte
// (range-checked here). start/end follow the same ADJUST_INDICES rules as str
// (shared/kernels/str/code-points.ts). Searching scans for the first byte with
// indexOf and compares the rest. startswith/endswith take one affix; for a
// tuple the engine calls them once per element.

import { raise } from '../py-error.js';
import { SLICE, adjustIndices } from '../str/code-points.js';

/** A needle of bytes or one byte value. */
export type BytesNeedle = Uint8Array | number;

const ONE_BYTE = new Uint8Array(1); // reused for int needles

/** The needle as bytes; an int must be a byte value. */
export function needleBytes(sub: BytesNeedle): Uint8Array {
  if (typeof sub !== 'number') return sub;
  if (!(sub >= 0 && sub <= 255)) raise('ValueError', 'byte must be in range(0, 256)');
  ONE_BYTE[0] = sub;
  return ONE_BYTE;
}

/** Does hay hold needle at index at? */
export function bytesMatchAt(hay: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let k = 0; k < needle.length; k++) if (hay[at + k] !== needle[k]) return false;
  return true;
}

/** First index >= from where needle occurs within hay[from, to), or -1. */
export function bytesIndexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  if (n === 0) return from <= to ? from : -1;
  const lastStart = to - n;
  const first = needle[0]!;
  for (let at = hay.indexOf(first, from); at >= 0 && at <= lastStart; at = hay.indexOf(first, at + 1)) {
    if (bytesMatchAt(hay, needle, at)) return at;
  }
  return -1;
}

/** Last index >= from where needle occurs within hay[from, to), or -1. */
export function bytesLastIndexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  if (n === 0) return from <= to ? to : -1;
  const last = to - n;
  if (last < from) return -1;
  const first = needle[0]!;
  for (let at = hay.lastIndexOf(first, last); at >= from; at = at > 0 ? hay.lastIndexOf(first, at - 1) : -1) {
    if (bytesMatchAt(hay, needle, at)) return at;
  }
  return -1;
}

function search(data: Uint8Array, sub: BytesNeedle, start: number | undefined, end: number | undefined, last: boolean): number {
  const needle = needleBytes(sub);
  adjustIndices(start, end, data.length);
  const b = SLICE.start;
  const e = SLICE.end;
  if (e - b < needle.length) return -1;
  return last ? bytesLastIndexOf(data, needle, b, e) : bytesIndexOf(data, needle, b, e);
}

/** bytes.find(sub[, start[, end]]). */
export function bytesFind(data: Uint8Array, sub: BytesNeedle, start?: number, end?: number): number {
  return search(data, sub, start, end, false);
}

/** bytes.rfind(sub[, start[, end]]). */
export function bytesRfind(data: Uint8Array, sub: BytesNeedle, start?: number, end?: number): number {
  return search(data, sub, start, end, true);
}

/** bytes.index(): find, or ValueError. */
export function bytesIndex(data: Uint8Array, sub: BytesNeedle, start?: number, end?: number): number {
  const at = search(data, sub, start, end, false);
  if (at < 0) raise('ValueError', 'subsection not found');
  return at;
}

/** bytes.rindex(): rfind, or ValueError. */
export function bytesRindex(data: Uint8Array, sub: BytesNeedle, start?: number, end?: number): number {
  const at = search(data, sub, start, end, true);
  if (at < 0) raise('ValueError', 'subsection not found');
  return at;
}

/** bytes.count(sub[, start[, end]]): non-overlapping; b'' occurs len + 1 times. */
export function bytesCount(data: Uint8Array, sub: BytesNeedle, start?: number, end?: number): number {
  const needle = needleBytes(sub);
  adjustIndices(start, end, data.length);
  const b = SLICE.start;
  const e = SLICE.end;
  if (e - b < needle.length) return 0;
  if (needle.length === 0) return e - b + 1;
  let n = 0;
  for (let at = bytesIndexOf(data, needle, b, e); at >= 0; at = bytesIndexOf(data, needle, at + needle.length, e)) n++;
  return n;
}

function tailMatch(data: Uint8Array, fix: Uint8Array, start: number | undefined, end: number | undefined, atEnd: boolean): boolean {
  adjustIndices(start, end, data.length);
  const b = SLICE.start;
  const e = SLICE.end - fix.length;
  if (e < b) return false;
  return bytesMatchAt(data, fix, atEnd ? e : b);
}

/** bytes.startswith(prefix[, start[, end]]) for one prefix. */
export function bytesStartsWith(data: Uint8Array, prefix: Uint8Array, start?: number, end?: number): boolean {
  return tailMatch(data, prefix, start, end, false);
}

/** bytes.endswith(suffix[, start[, end]]) for one suffix. */
export function bytesEndsWith(data: Uint8Array, suffix: Uint8Array, start?: number, end?: number): boolean {
  return tailMatch(data, suffix, start, end, true);
}
