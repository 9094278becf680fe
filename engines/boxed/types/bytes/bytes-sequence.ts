// The special methods bytes and bytearray share: length, indexing and slicing, membership,
// concatenation and repetition, %-formatting, ordering comparisons and the iterator. Comparisons
// differ: bytes compares only with bytes (NotImplemented otherwise, so `bytes == bytearray` is
// answered by bytearray's reflected method), bytearray with any buffer.

import { newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { bytesType } from '../../builtin-types.js';
import { IndexError, MemoryError, OverflowError, TypeError, ValueError } from '../exceptions.js';
import { PyByteArray, PyBytes } from '../bytes.js';
import { False, True, PyBool, PyLong } from '../numbers.js';
import { NotImplemented } from '../singletons.js';
import type { NativeMethod } from '../native.js';
import { asRepeatCount, asSsize, repeatOverflows } from '../../convert.js';
import { Cmp } from '../../protocols/compare.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { PySlice, sliceIndices } from '../sequences/slice.js';
import { bufferOf } from './buffer.js';
import { dataOf, makeLike, needleOf, oneArg, noArgs } from './bytes-common.js';
import { bytesIndexOf } from '../../../../shared/kernels/bytes/bytes-search.js';
import { bytesPercent } from './bytes-percent.js';
import { PyBytesIterator, bytearrayIteratorType, bytesIteratorType } from './bytes-iterator.js';

const isIndexable = (v: PyValue): boolean =>
  typeof v === 'number' || v instanceof PyLong || v instanceof PyBool || typeOf(v).lookup('__index__') !== null;

/** Lexicographic comparison of two byte arrays (memcmp, then length). */
export function compareBytes(a: Uint8Array, b: Uint8Array, op: Cmp): boolean {
  if (op === Cmp.EQ || op === Cmp.NE) {
    let same = a.length === b.length;
    for (let i = 0; same && i < a.length; i++) if (a[i] !== b[i]) same = false;
    return same === (op === Cmp.EQ);
  }
  const n = Math.min(a.length, b.length);
  let c = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      c = a[i]! - b[i]!;
      break;
    }
  }
  if (c === 0) c = a.length - b.length;
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

/** self[key] for a bytes or bytearray: an int for an index, the same kind for a slice. */
export function bytesSubscript(self: PyValue, key: PyValue, qual: string): PyValue {
  if (typeof key === 'number' && self instanceof PyByteArray) {
    // The common case of a bytearray without making a view of it.
    const i = key < 0 ? key + self.length : key;
    if (i >= 0 && i < self.length) return self.buffer[i]!;
  }
  const data = dataOf(self);
  if (typeof key === 'number' || (!(key instanceof PySlice) && isIndexable(key))) {
    let i = typeof key === 'number' ? key : asSsize(key, IndexError);
    if (i < 0) i += data.length;
    if (i < 0 || i >= data.length) raise(IndexError, qual === 'bytes' ? 'index out of range' : 'bytearray index out of range');
    return data[i]!;
  }
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, data.length);
    if (step === 1) {
      // The whole of an exact bytes is the bytes itself.
      if (count === data.length && (self as PyBytes).ob_type === bytesType) return newref(self);
      return makeLike(self, data.slice(start, start + count));
    }
    const out = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = data[j]!;
    return makeLike(self, out);
  }
  raise(TypeError, `${qual === 'bytes' ? 'byte' : 'bytearray'} indices must be integers or slices, not ${typeName(key)}`);
}

/** `x in self`: an int for one byte, or a bytes-like substring. */
function contains(self: PyValue, x: PyValue): boolean {
  const data = dataOf(self);
  if (typeof x === 'number' || isIndexable(x)) {
    const b = needleOf(x) as number;
    if (b < 0 || b > 255) raise(ValueError, 'byte must be in range(0, 256)');
    return data.indexOf(b) >= 0;
  }
  const sub = bufferOf(x);
  if (sub === null) raise(TypeError, `a bytes-like object is required, not '${typeName(x)}'`);
  return bytesIndexOf(data, sub, 0, data.length) >= 0;
}

/**
 * self * n, or undefined when n is not an integer. A size past Py_ssize_t is bytes' OverflowError
 * and bytearray's MemoryError, as in CPython.
 */
export function repeatBytes(data: Uint8Array, nv: PyValue, qual: 'bytes' | 'bytearray'): Uint8Array | undefined {
  if (!isIndexable(nv)) return undefined;
  const n = asRepeatCount(nv);
  if (n <= 0 || data.length === 0) return new Uint8Array(0);
  if (repeatOverflows(data.length, n)) {
    if (qual === 'bytes') raise(OverflowError, 'repeated bytes are too long');
    raise(MemoryError);
  }
  if (data.length * n > 0x7fffffff) raise(MemoryError);
  const out = new Uint8Array(data.length * n);
  if (data.length === 1) out.fill(data[0]!);
  else for (let i = 0, k = 0; i < n; i++, k += data.length) out.set(data, k);
  return out;
}

/** self + other with a buffer, or undefined when other is not one. */
export function concatBytes(a: Uint8Array, other: PyValue): Uint8Array | undefined {
  const b = bufferOf(other);
  if (b === null) return undefined;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The special methods of `qual` ('bytes' or 'bytearray') shared by both. */
export function sequenceMethods(qual: string): Record<string, NativeMethod> {
  const isBytes = qual === 'bytes';
  const compare = (op: Cmp): NativeMethod => (self, args, kw) => {
    const o = oneArg(args, kw);
    const b = isBytes ? (o instanceof PyBytes ? o.value : null) : bufferOf(o);
    if (b === null) return NotImplemented;
    return compareBytes(dataOf(self), b, op) ? True : False;
  };
  return {
    __len__(self, args, kw) {
      noArgs(args, kw);
      return dataOf(self).length;
    },
    __getitem__: (self, args, kw) => bytesSubscript(self, oneArg(args, kw), qual),
    __contains__: (self, args, kw) => (contains(self, oneArg(args, kw)) ? True : False),
    __iter__(self, args, kw) {
      noArgs(args, kw);
      return new PyBytesIterator(self as PyBytes | PyByteArray, isBytes ? bytesIteratorType : bytearrayIteratorType);
    },
    __add__(self, args, kw) {
      const data = concatBytes(dataOf(self), oneArg(args, kw));
      return data === undefined ? NotImplemented : makeLike(self, data);
    },
    __mul__(self, args, kw) {
      const data = repeatBytes(dataOf(self), oneArg(args, kw), isBytes ? 'bytes' : 'bytearray');
      return data === undefined ? NotImplemented : makeLike(self, data);
    },
    __rmul__(self, args, kw) {
      const data = repeatBytes(dataOf(self), oneArg(args, kw), isBytes ? 'bytes' : 'bytearray');
      return data === undefined ? NotImplemented : makeLike(self, data);
    },
    __mod__: (self, args, kw) => makeLike(self, bytesPercent(dataOf(self), oneArg(args, kw))),
    __rmod__(self, args, kw) {
      const o = oneArg(args, kw);
      const ok = isBytes ? o instanceof PyBytes : o instanceof PyByteArray;
      return ok ? makeLike(o, bytesPercent(dataOf(o), self)) : NotImplemented;
    },
    __eq__: compare(Cmp.EQ),
    __ne__: compare(Cmp.NE),
    __lt__: compare(Cmp.LT),
    __le__: compare(Cmp.LE),
    __gt__: compare(Cmp.GT),
    __ge__: compare(Cmp.GE),
  };
}

