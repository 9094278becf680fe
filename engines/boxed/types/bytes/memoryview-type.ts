// memoryview, minimally: a one-dimensional view of unsigned bytes ('B') over bytes, bytearray or
// another memoryview — length, indexing and slicing (any step), item and slice assignment on
// writable views, tobytes/tolist/hex/toreadonly/release, the context manager, comparison with
// any buffer, hashing of read-only views and the shape attributes. cast() and other formats
// are not modelled.

import { newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { builtinType } from '../../builtin-types.js';
import { defineGetSets, defineMethods, defineStatic } from '../../define.js';
import { checkPositional } from '../../args.js';
import { IndexError, NotImplementedError, TypeError, ValueError } from '../exceptions.js';
import { PyByteArray } from '../bytes.js';
import { PyStr } from '../str.js';
import { PyList, PyTuple } from '../sequences.js';
import { False, True, PyBool, PyLong, makeInt } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { newStr } from '../../strings.js';
import { asSsize } from '../../convert.js';
import { Cmp } from '../../protocols/compare.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { identityHooks } from '../../identity.js';
import { PySlice, sliceIndices } from '../sequences/slice.js';
import { HASH, hashByteRange, hashToNumberOrBigint } from '../../../../shared/kernels/hash.js';
import { parseKeywords } from '../str/str-args.js';
import { PyMemoryView, bufferOf, memoryviewType } from './buffer.js';
import { byteValueOf, newBytes, noArgs, oneArg } from './bytes-common.js';
import { hexMethod } from './bytes-methods.js';
import { compareBytes } from './bytes-sequence.js';
import { PyBytesIterator, installBytesIterators } from './bytes-iterator.js';
import { registerBuiltinValue } from '../../modules/builtins.js';

const noMake = (): never => { throw new Error('iterator instances are made natively'); };
export const memoryIteratorType = builtinType('memory_iterator', { subclassable: false, make: noMake });

const isIndexable = (v: PyValue): boolean =>
  typeof v === 'number' || v instanceof PyLong || v instanceof PyBool || typeOf(v).lookup('__index__') !== null;

/** The view, or ValueError once it is released. */
function live(self: PyValue): PyMemoryView {
  const m = self as PyMemoryView;
  if (m.released) raise(ValueError, 'operation forbidden on released memoryview object');
  return m;
}

/** memoryview(object): a view of all of a buffer's bytes. */
export function newMemoryView(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const m = live(obj);
    return new PyMemoryView(m.obj!, m.start, m.count, m.step, m.readonly);
  }
  const b = bufferOf(obj);
  if (b === null) raise(TypeError, `memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
  return new PyMemoryView(obj, 0, b.length, 1, !(obj instanceof PyByteArray));
}

/** The storage index of item i of the view, or IndexError. */
function itemIndex(m: PyMemoryView, key: PyValue): number {
  let i = typeof key === 'number' ? key : asSsize(key, IndexError);
  if (i < 0) i += m.count;
  if (i < 0 || i >= m.count) raise(IndexError, 'index out of bounds on dimension 1');
  return m.start + i * m.step;
}

function getItem(self: PyValue, key: PyValue): PyValue {
  const m = live(self);
  if (typeof key === 'number' || (!(key instanceof PySlice) && isIndexable(key))) return m.storage[itemIndex(m, key)]!;
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, m.count);
    return new PyMemoryView(m.obj!, m.start + start * m.step, count, step * m.step, m.readonly);
  }
  if (key instanceof PyTuple) raise(NotImplementedError, 'multi-dimensional sub-views are not implemented');
  raise(TypeError, 'memoryview: invalid slice key');
}

function setItem(self: PyValue, key: PyValue, value: PyValue): void {
  const m = live(self);
  if (m.readonly) raise(TypeError, 'cannot modify read-only memory');
  const storage = m.storage;
  if (typeof key === 'number' || (!(key instanceof PySlice) && isIndexable(key))) {
    const at = itemIndex(m, key);
    if (!isIndexable(value)) raise(TypeError, `memoryview: invalid type for format 'B'`);
    const b = byteValueOf(value);
    if (b < 0) raise(ValueError, `memoryview: invalid value for format 'B'`);
    storage[at] = b;
    return;
  }
  if (!(key instanceof PySlice)) raise(TypeError, 'memoryview: invalid slice key');
  const src = bufferOf(value);
  if (src === null) raise(TypeError, `a bytes-like object is required, not '${typeName(value)}'`);
  const { start, step, count } = sliceIndices(key, m.count);
  if (src.length !== count) raise(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
  const copy = src.slice();
  for (let k = 0, j = m.start + start * m.step; k < count; k++, j += step * m.step) storage[j] = copy[k]!;
}

function compare(op: Cmp) {
  return (self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue => {
    const o = oneArg(args, kw);
    const m = self as PyMemoryView;
    if (m.released || (o instanceof PyMemoryView && o.released)) return (self === o) === (op === Cmp.EQ) ? True : False;
    const b = bufferOf(o);
    if (b === null) return NotImplemented;
    return compareBytes(m.value, b, op) ? True : False;
  };
}

export function installMemoryviewType(): void {
  registerBuiltinValue('memoryview', memoryviewType);
  installBytesIterators([memoryIteratorType]);
  defineStatic(memoryviewType, '__new__', (_self, args, kw) => {
    if (args.length === 1) raise(TypeError, "memoryview() missing required argument 'object' (pos 1)");
    const [obj] = parseKeywords('memoryview', args.slice(1), kw, ['object'], 1);
    return newMemoryView(obj!);
  });
  defineMethods(memoryviewType, {
    __len__(self, args, kw) {
      noArgs(args, kw);
      return live(self).count;
    },
    __getitem__: (self, args, kw) => getItem(self, oneArg(args, kw)),
    __setitem__(self, args, kw) {
      if (args.length !== 2 || (kw !== null && kw.length > 0)) raise(TypeError, `expected 2 arguments, got ${args.length}`);
      setItem(self, args[0]!, args[1]!);
      return None;
    },
    __delitem__(self) {
      live(self);
      raise(TypeError, 'cannot delete memory');
    },
    __iter__(self, args, kw) {
      noArgs(args, kw);
      return new PyBytesIterator(live(self), memoryIteratorType);
    },
    __eq__: compare(Cmp.EQ),
    __ne__: compare(Cmp.NE),
    __hash__(self, args, kw) {
      noArgs(args, kw);
      const m = live(self);
      if (!m.readonly) raise(ValueError, 'cannot hash writable memoryview object');
      hashByteRange(m.value);
      const h = hashToNumberOrBigint(HASH[1]!, HASH[0]!);
      return typeof h === 'number' ? h : makeInt(h);
    },
    __repr__(self, args, kw) {
      noArgs(args, kw);
      const m = self as PyMemoryView;
      return newStr(`<${m.released ? 'released ' : ''}memory at ${identityHooks.addressHex(m)}>`);
    },
    __enter__(self) {
      return newref(live(self));
    },
    __exit__(self) {
      (self as PyMemoryView).release();
      return None;
    },
    release(self, args, kw) {
      checkPositional('memoryview.release', args, kw, 0);
      (self as PyMemoryView).release();
      return None;
    },
    tobytes(self, args, kw) {
      if (args.length > 0) {
        const [order] = parseKeywords('tobytes', args, kw, ['order'], 0);
        if (order !== undefined && order !== None && !(order instanceof PyStr)) {
          raise(TypeError, `tobytes() argument 'order' must be str or None, not ${typeName(order)}`);
        }
      }
      return newBytes(live(self).value.slice());
    },
    tolist(self, args, kw) {
      checkPositional('memoryview.tolist', args, kw, 0);
      return new PyList(Array.from(live(self).value));
    },
    toreadonly(self, args, kw) {
      checkPositional('memoryview.toreadonly', args, kw, 0);
      const m = live(self);
      return new PyMemoryView(m.obj!, m.start, m.count, m.step, true);
    },
    hex: (self, args, kw) => hexMethod(live(self), args, kw),
  });
  defineGetSets(memoryviewType, {
    obj: (self) => newref(live(self).obj!),
    nbytes: (self) => live(self).count,
    readonly: (self) => (live(self).readonly ? True : False),
    itemsize: (self) => (live(self), 1),
    format: (self) => (live(self), newStr('B')),
    ndim: (self) => (live(self), 1),
    shape: (self) => new PyTuple([live(self).count]),
    strides: (self) => new PyTuple([live(self).step]),
    suboffsets: (self) => (live(self), new PyTuple([])),
    c_contiguous: (self) => (live(self).step === 1 ? True : False),
    f_contiguous: (self) => (live(self).step === 1 ? True : False),
    contiguous: (self) => (live(self).step === 1 ? True : False),
  });
}

