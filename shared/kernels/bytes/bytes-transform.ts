// bytes.replace/strip family/removeprefix/removesuffix/center/ljust/rjust/
// zfill/expandtabs/translate on Uint8Array.
//
// Results are always fresh arrays (a bytearray method must never alias its
// input); where CPython's bytes returns the object itself when nothing
// changes, the engine can compare lengths or contents and reuse it.

import { raise } from '../py-error.js';
import { isSpaceByte } from './byte-class.js';
import { bytesIndexOf, bytesMatchAt } from './bytes-search.js';

/** Concatenates pieces into one array. */
function concat(pieces: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** bytes.replace(old, new, count=-1). */
export function bytesReplace(data: Uint8Array, old: Uint8Array, replacement: Uint8Array, count = -1): Uint8Array {
  let budget = count < 0 ? Infinity : count;
  if (budget === 0) return data.slice();
  const pieces: Uint8Array[] = [];
  let total = 0;
  const push = (p: Uint8Array): void => {
    pieces.push(p);
    total += p.length;
  };
  if (old.length === 0) {
    let i = 0;
    while (i < data.length && budget > 0) {
      push(replacement);
      push(data.subarray(i, i + 1));
      i++;
      budget--;
    }
    if (i < data.length) push(data.subarray(i));
    else if (budget > 0) push(replacement);
    return concat(pieces, total);
  }
  let i = 0;
  let at = bytesIndexOf(data, old, 0, data.length);
  while (at >= 0 && budget-- > 0) {
    push(data.subarray(i, at));
    push(replacement);
    i = at + old.length;
    at = bytesIndexOf(data, old, i, data.length);
  }
  push(data.subarray(i));
  return concat(pieces, total);
}

function strips(b: number, chars: Uint8Array | undefined): boolean {
  return chars === undefined ? isSpaceByte(b) : chars.indexOf(b) >= 0;
}

function strip(data: Uint8Array, chars: Uint8Array | undefined, left: boolean, right: boolean): Uint8Array {
  let i = 0;
  let j = data.length;
  if (left) while (i < j && strips(data[i]!, chars)) i++;
  if (right) while (j > i && strips(data[j - 1]!, chars)) j--;
  return data.slice(i, j);
}

/** bytes.strip(chars=None): chars None strips ASCII whitespace. */
export const bytesStrip = (data: Uint8Array, chars?: Uint8Array): Uint8Array => strip(data, chars, true, true);
/** bytes.lstrip(chars=None). */
export const bytesLstrip = (data: Uint8Array, chars?: Uint8Array): Uint8Array => strip(data, chars, true, false);
/** bytes.rstrip(chars=None). */
export const bytesRstrip = (data: Uint8Array, chars?: Uint8Array): Uint8Array => strip(data, chars, false, true);

/** bytes.removeprefix(prefix). */
export function bytesRemovePrefix(data: Uint8Array, prefix: Uint8Array): Uint8Array {
  const has = prefix.length <= data.length && bytesMatchAt(data, prefix, 0);
  return data.slice(has ? prefix.length : 0);
}

/** bytes.removesuffix(suffix). */
export function bytesRemoveSuffix(data: Uint8Array, suffix: Uint8Array): Uint8Array {
  const at = data.length - suffix.length;
  const has = suffix.length > 0 && at >= 0 && bytesMatchAt(data, suffix, at);
  return data.slice(0, has ? at : data.length);
}

/**
 * The fill byte of center/ljust/rjust, or CPython's TypeError, given the
 * argument's length and Python type name (bytes or bytearray of length 1 only).
 */
export function bytesFillByte(method: string, fill: Uint8Array | null, typeName: string): number {
  if (fill === null || fill.length !== 1) {
    raise('TypeError', `${method}() argument 2 must be a byte string of length 1, not ${typeName}`);
  }
  return fill[0]!;
}

function pad(data: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = new Uint8Array(left + data.length + right);
  out.fill(fill, 0, left);
  out.set(data, left);
  out.fill(fill, left + data.length);
  return out;
}

/** bytes.center(width, fillbyte=b' '), the fill byte as a number. */
export function bytesCenter(data: Uint8Array, width: number, fill = 0x20): Uint8Array {
  if (width <= data.length) return data.slice();
  const marg = width - data.length;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(data, left, marg - left, fill);
}

/** bytes.ljust(width, fillbyte=b' '). */
export function bytesLjust(data: Uint8Array, width: number, fill = 0x20): Uint8Array {
  return width <= data.length ? data.slice() : pad(data, 0, width - data.length, fill);
}

/** bytes.rjust(width, fillbyte=b' '). */
export function bytesRjust(data: Uint8Array, width: number, fill = 0x20): Uint8Array {
  return width <= data.length ? data.slice() : pad(data, width - data.length, 0, fill);
}

/** bytes.zfill(width): zeros after a leading sign. */
export function bytesZfill(data: Uint8Array, width: number): Uint8Array {
  if (width <= data.length) return data.slice();
  const fill = width - data.length;
  const out = pad(data, fill, 0, 0x30);
  const first = data[0];
  if (first === 0x2b || first === 0x2d) {
    out[0] = first;
    out[fill] = 0x30;
  }
  return out;
}

/** bytes.expandtabs(tabsize=8): columns reset at \n and \r. */
export function bytesExpandtabs(data: Uint8Array, tabsize = 8): Uint8Array {
  let size = 0;
  let column = 0;
  for (let pass = 0; pass < 2; pass++) {
    // Pass 0 measures, pass 1 writes.
    const out = pass === 1 ? new Uint8Array(size) : null;
    let k = 0;
    column = 0;
    for (let i = 0; i < data.length; i++) {
      const b = data[i]!;
      if (b === 0x09) {
        if (tabsize > 0) {
          const spaces = tabsize - (column % tabsize);
          if (out !== null) out.fill(0x20, k, k + spaces);
          k += spaces;
          column += spaces;
        }
      } else {
        if (out !== null) out[k] = b;
        k++;
        column = b === 0x0a || b === 0x0d ? 0 : column + 1;
      }
    }
    if (out !== null) return out;
    size = k;
  }
  throw new Error('unreachable');
}

/**
 * bytes.translate(table, delete=b''): table is 256 bytes or null (None);
 * bytes in `remove` are dropped first.
 */
export function bytesTranslate(data: Uint8Array, table: Uint8Array | null, remove?: Uint8Array): Uint8Array {
  if (table !== null && table.length !== 256) raise('ValueError', 'translation table must be 256 characters long');
  const out = new Uint8Array(data.length);
  let k = 0;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (remove !== undefined && remove.indexOf(b) >= 0) continue;
    out[k++] = table === null ? b : table[b]!;
  }
  return k === out.length ? out : out.slice(0, k);
}
