// tuple: construction (the empty tuple is one shared object, as in CPython), indexing and
// slicing, concatenation and repetition, comparison, hashing (CPython's xxHash-based tuple
// hash through the kernel's steps), count/index and repr.

import { IMMORTAL, incref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { listType, tupleType } from '../../builtin-types.js';
import { defineClassMethods, defineMethods, defineStatic } from '../../define.js';
import { checkPositional, noKeywords } from '../../args.js';
import { newStr } from '../../strings.js';
import { PyType } from '../../type.js';
import { PyList, PyTuple } from '../sequences.js';
import { False, PyBool, PyLong, True, intFromNumber } from '../numbers.js';
import { NotImplemented } from '../singletons.js';
import { IndexError, MemoryError, TypeError, ValueError } from '../exceptions.js';
import { asRepeatCount, asSsize } from '../../convert.js';
import { hash } from '../../protocols/objects.js';
import { Cmp } from '../../protocols/compare.js';
import { toArray } from '../../protocols/iteration.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { HASH, TUPLE_HASH_INIT_HI, TUPLE_HASH_INIT_LO, hashToNumberOrBigint, tupleHashFinish, tupleHashStep } from '../../../../shared/kernels/hash.js';
import { finishInstance, searchBounds } from './common.js';
import { compareItems, countOf, indexOf } from './seq-compare.js';
import { sequenceRepr } from './seq-repr.js';
import { PySlice, sliceIndices } from './slice.js';
import { TupleIterator } from './iterators.js';
import { genericAlias } from './generic-alias.js';

/** The one empty tuple: `() is tuple()`. Immortal. */
export const EMPTY_TUPLE = new PyTuple([]);
EMPTY_TUPLE.ob_refcnt = IMMORTAL;

/** A tuple of these items, taking ownership of them (the shared empty tuple when there are none). */
export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

const isExactTuple = (v: PyValue): v is PyTuple => v instanceof PyTuple && v.ob_type === tupleType;

/** hash(t) as CPython computes it from the items' hashes. */
export function tupleHash(t: PyTuple): number | bigint {
  let lo = TUPLE_HASH_INIT_LO, hi = TUPLE_HASH_INIT_HI;
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    // Nested exact tuples directly: their hash is already a 64-bit value, not to be reduced again.
    const h = v instanceof PyTuple && v.ob_type === tupleType ? tupleHash(v) : hash(v);
    let hl: number, hh: number;
    if (typeof h === 'number') {
      hl = h | 0;
      hh = Math.floor(h / 4294967296) | 0;
    } else {
      hl = Number(BigInt.asIntN(32, h));
      hh = Number(BigInt.asIntN(32, h >> 32n));
    }
    tupleHashStep(lo, hi, hl, hh);
    lo = HASH[0]!;
    hi = HASH[1]!;
  }
  tupleHashFinish(lo, hi, items.length);
  // Not cached: CPython 3.11 recomputes it, and an item's __hash__ may be observable.
  return hashToNumberOrBigint(HASH[1]!, HASH[0]!);
}

/** The item at index `i` (negative counts from the end): a new reference, IndexError "tuple index out of range". */
function tupleItem(t: PyTuple, key: PyValue): PyValue {
  let i = typeof key === 'number' ? key : asSsize(key, IndexError);
  const n = t.items.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(IndexError, 'tuple index out of range');
  return newref(t.items[i]!);
}

/** t[key] for an int-like or slice key. */
export function tupleSubscript(t: PyTuple, key: PyValue): PyValue {
  if (typeof key === 'number' || key instanceof PyLong || key instanceof PyBool) return tupleItem(t, key);
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, t.items.length);
    if (count <= 0) return EMPTY_TUPLE;
    if (step === 1 && count === t.items.length && isExactTuple(t)) return newref(t);
    const out = new Array<PyValue>(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = newref(t.items[j]!);
    return new PyTuple(out);
  }
  if (typeOf(key).lookup('__index__') !== null) return tupleItem(t, key);
  raise(TypeError, `tuple indices must be integers or slices, not ${typeName(key)}`);
}

/** t * n: a new reference. */
export function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > 2 ** 32) raise(MemoryError);
  const out = new Array<PyValue>(items.length * n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < items.length; i++) {
      const v = items[i]!;
      incref(v);
      out[k++] = v;
    }
  }
  return out;
}

function tupleRepeat(self: PyValue, args: PyValue[]): PyValue {
  const other = args[0]!;
  if (typeof other !== 'number' && !(other instanceof PyLong) && !(other instanceof PyBool) && typeOf(other).lookup('__index__') === null) {
    return NotImplemented;
  }
  const t = self as PyTuple;
  const n = asRepeatCount(other);
  if (n === 1 && isExactTuple(t)) return newref(t);
  return newTuple(repeatItems(t.items, n));
}

function compare(op: Cmp) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const other = args[0]!;
    if (!(other instanceof PyTuple)) return NotImplemented;
    return compareItems(self as PyTuple, other, op);
  };
}

/** tuple(iterable) for exact tuple: the argument itself when it is already a tuple. */
export function tupleFromIterable(v: PyValue): PyTuple {
  if (isExactTuple(v)) return newref(v);
  // PySequence_Tuple copies an exact list directly; a subclass's __iter__ may differ from its items.
  if (v instanceof PyList && v.ob_type === listType) {
    const items = v.items;
    const out = new Array<PyValue>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = newref(items[i]!);
    return newTuple(out);
  }
  return newTuple(toArray(v));
}

export function installTupleType(): void {
  defineStatic(tupleType, '__new__', (_self, args, kwnames) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) raise(TypeError, 'tuple.__new__(X): X is not a type object');
    if (!cls.isSubtype(tupleType)) raise(TypeError, `tuple.__new__(${cls.name}): ${cls.name} is not a subtype of tuple`);
    if (cls === tupleType) noKeywords('tuple', kwnames);
    checkPositional('tuple', args.slice(1), null, 0, 1);
    if (cls === tupleType) return args.length === 1 ? EMPTY_TUPLE : tupleFromIterable(args[1]!);
    const items = args.length === 1 ? [] : toArray(args[1]!);
    return finishInstance(new PyTuple(items, cls), cls);
  });
  defineMethods(tupleType, {
    __repr__: (self) => {
      const t = self as PyTuple;
      return newStr(sequenceRepr(t, () => t.items, '(', ')', true));
    },
    __len__: (self) => (self as PyTuple).items.length,
    __getitem__(self, args, kw) {
      checkPositional('__getitem__', args, kw, 1);
      return tupleSubscript(self as PyTuple, args[0]!);
    },
    __contains__(self, args, kw) {
      checkPositional('__contains__', args, kw, 1);
      return indexOf(self as PyTuple, args[0]!) >= 0 ? True : False;
    },
    __iter__: (self) => new TupleIterator(newref(self as PyTuple)),
    __hash__: (self) => intFromNumberOrBig(tupleHash(self as PyTuple)),
    __add__(self, args) {
      const other = args[0]!;
      if (!(other instanceof PyTuple)) return NotImplemented;
      const a = (self as PyTuple).items;
      const b = other.items;
      if (b.length === 0 && isExactTuple(self)) return newref(self);
      if (a.length === 0 && isExactTuple(other)) return newref(other);
      const out = new Array<PyValue>(a.length + b.length);
      for (let i = 0; i < a.length; i++) out[i] = newref(a[i]!);
      for (let i = 0; i < b.length; i++) out[a.length + i] = newref(b[i]!);
      return newTuple(out);
    },
    __mul__: tupleRepeat,
    __rmul__: tupleRepeat,
    __eq__: compare(Cmp.EQ),
    __ne__: compare(Cmp.NE),
    __lt__: compare(Cmp.LT),
    __le__: compare(Cmp.LE),
    __gt__: compare(Cmp.GT),
    __ge__: compare(Cmp.GE),
    count(self, args, kw) {
      checkPositional('tuple.count', args, kw, 1);
      return countOf(self as PyTuple, args[0]!);
    },
    index(self, args, kw) {
      checkPositional('index', args, kw, 1, 3);
      const t = self as PyTuple;
      const [start, stop] = searchBounds(args, t.items.length);
      const i = indexOf(t, args[0]!, start, stop);
      if (i < 0) raise(ValueError, 'tuple.index(x): x not in tuple');
      return i;
    },
    __getnewargs__: (self) => new PyTuple([new PyTuple((self as PyTuple).items.map((v) => newref(v)))]),
  });
  defineClassMethods(tupleType, {
    __class_getitem__: (cls, args) => genericAlias(cls, args[0]!),
  });
}

function intFromNumberOrBig(h: number | bigint): PyValue {
  return typeof h === 'number' ? intFromNumber(h) : new PyLong(h);
}
