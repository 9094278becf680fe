// bytes.split/rsplit/splitlines/partition/rpartition on Uint8Array.
//
// Same algorithms as the str kernels (shared/kernels/str/str-split.ts) with
// bytes rules: whitespace is ASCII whitespace (Py_ISSPACE), line boundaries
// are only \n, \r and \r\n. Every piece is a fresh copy (slice), so the engine
// may hand them out as bytearrays.

import { raise } from '../py-error.js';
import { isSpaceByte } from './byte-class.js';
import { bytesIndexOf, bytesLastIndexOf } from './bytes-search.js';

function checkSeparator(sep: Uint8Array): void {
  if (sep.length === 0) raise('ValueError', 'empty separator');
}

/** bytes.split(sep=None, maxsplit=-1). */
export function bytesSplit(data: Uint8Array, sep?: Uint8Array, maxsplit = -1): Uint8Array[] {
  let budget = maxsplit < 0 ? Infinity : maxsplit;
  const out: Uint8Array[] = [];
  const n = data.length;
  if (sep === undefined) {
    let i = 0;
    while (budget-- > 0) {
      while (i < n && isSpaceByte(data[i]!)) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isSpaceByte(data[i]!)) i++;
      out.push(data.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceByte(data[i]!)) i++;
      if (i < n) out.push(data.slice(i));
    }
    return out;
  }
  checkSeparator(sep);
  let i = 0;
  while (budget-- > 0) {
    const at = bytesIndexOf(data, sep, i, n);
    if (at < 0) break;
    out.push(data.slice(i, at));
    i = at + sep.length;
  }
  out.push(data.slice(i));
  return out;
}

/** bytes.rsplit(sep=None, maxsplit=-1). */
export function bytesRsplit(data: Uint8Array, sep?: Uint8Array, maxsplit = -1): Uint8Array[] {
  let budget = maxsplit < 0 ? Infinity : maxsplit;
  const out: Uint8Array[] = [];
  if (sep === undefined) {
    let i = data.length - 1;
    while (budget-- > 0) {
      while (i >= 0 && isSpaceByte(data[i]!)) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isSpaceByte(data[i]!)) i--;
      out.push(data.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceByte(data[i]!)) i--;
      if (i >= 0) out.push(data.slice(0, i + 1));
    }
    return out.reverse();
  }
  checkSeparator(sep);
  let i = data.length;
  while (budget-- > 0) {
    const at = bytesLastIndexOf(data, sep, 0, i);
    if (at < 0) break;
    out.push(data.slice(at + sep.length, i));
    i = at;
  }
  out.push(data.slice(0, i));
  return out.reverse();
}

/** bytes.splitlines(keepends=False). */
export function bytesSplitlines(data: Uint8Array, keepends = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
    let eol = i;
    if (i < n) {
      i += data[i] === 0x0d && i + 1 < n && data[i + 1] === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(data.slice(j, eol));
  }
  return out;
}

/** bytes.partition(sep). */
export function bytesPartition(data: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  checkSeparator(sep);
  const at = bytesIndexOf(data, sep, 0, data.length);
  if (at < 0) return [data.slice(), new Uint8Array(0), new Uint8Array(0)];
  return [data.slice(0, at), sep.slice(), data.slice(at + sep.length)];
}

/** bytes.rpartition(sep). */
export function bytesRpartition(data: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  checkSeparator(sep);
  const at = bytesLastIndexOf(data, sep, 0, data.length);
  if (at < 0) return [new Uint8Array(0), new Uint8Array(0), data.slice()];
  return [data.slice(0, at), sep.slice(), data.slice(at + sep.length)];
}
