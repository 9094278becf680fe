// slice objects (start, stop, step of any type) and the index arithmetic every sequence uses
// to apply one: `sliceIndices` (CPython's PySlice_Unpack + PySlice_AdjustIndices, on safe
// integers) for sequences held in memory, `sliceIndicesBig` (_PySlice_GetLongIndices, exact on
// bigints) for slice.indices() and ranges.

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { builtinType } from '../../builtin-types.js';
import { defineAttribute, defineMethods, defineReadonlyMembers, defineStatic } from '../../define.js';
import { checkPositional, noKeywords } from '../../args.js';
import { newStr } from '../../strings.js';
import { None, NotImplemented } from '../singletons.js';
import { TypeError, ValueError } from '../exceptions.js';
import { PyBool, PyLong, makeInt } from '../numbers.js';
import { PyTuple } from '../sequences.js';
import { asIndex } from '../../convert.js';
import { repr } from '../../protocols/objects.js';
import { typeOf } from '../../protocols/type-of.js';
import { richCompare, Cmp } from '../../protocols/compare.js';
import { containerHooks } from '../../container-hooks.js';
import { sliceIndexArg, SSIZE_MAX } from './common.js';

export const sliceType = builtinType('slice', {
  subclassable: false,
  make: () => { throw new Error('slice instances are made by newSlice'); },
});

export class PySlice extends PyObject {
  /** The three members are owned references. */
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super(sliceType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.start);
    decref(this.stop);
    decref(this.step);
  }
}

/** A new slice of these (borrowed) values. */
export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(newref(start), newref(stop), newref(step));
}

/** Bounds of a slice applied to `length` items: start, stop, step and how many items it selects. */
export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  count: number;
}

/**
 * PySlice_Unpack + PySlice_AdjustIndices: the slice's bounds on a sequence of `length` items.
 * Raises TypeError for non-index members and ValueError "slice step cannot be zero".
 */
export function sliceIndices(s: PySlice, length: number): SliceBounds {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndexArg(s.step)!;
    if (step === 0) raise(ValueError, 'slice step cannot be zero');
  }
  let start = s.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndexArg(s.start)!;
  let stop = s.stop === None ? (step < 0 ? -SSIZE_MAX : SSIZE_MAX) : sliceIndexArg(s.stop)!;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    count = Math.floor((stop - start - 1) / step) + 1;
  }
  return { start, stop, step, count };
}

const big = (n: number | bigint): bigint => (typeof n === 'bigint' ? n : BigInt(n));

function bigSliceIndex(v: PyValue): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (v instanceof PyLong || v instanceof PyBool || typeOf(v).lookup('__index__') !== null) return big(asIndex(v));
  raise(TypeError, 'slice indices must be integers or None or have an __index__ method');
}

/** _PySlice_GetLongIndices: [start, stop, step] of the slice on `length` items, exact for any size. */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  let step = 1n;
  if (s.step !== None) {
    step = bigSliceIndex(s.step);
    if (step === 0n) raise(ValueError, 'slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let i = bigSliceIndex(v);
    if (i < 0n) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  return [start, stop, step];
}

function asTuple(s: PySlice): PyTuple {
  return new PyTuple([newref(s.start), newref(s.stop), newref(s.step)]);
}

function compareSlices(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PySlice)) return NotImplemented;
  const a = asTuple(self as PySlice);
  const b = asTuple(other);
  try {
    return richCompare(a, b, op);
  } finally {
    decref(a);
    decref(b);
  }
}

export function installSliceType(): void {
  containerHooks.newSlice = newSlice;
  defineStatic(sliceType, '__new__', (_self, args, kwnames) => {
    noKeywords('slice', kwnames);
    const rest = args.slice(1);
    checkPositional('slice', rest, null, 1, 3);
    if (rest.length === 1) return newSlice(None, rest[0]!, None);
    return newSlice(rest[0]!, rest[1]!, rest.length === 3 ? rest[2]! : None);
  });
  defineReadonlyMembers(sliceType, {
    start: (self) => newref((self as PySlice).start),
    stop: (self) => newref((self as PySlice).stop),
    step: (self) => newref((self as PySlice).step),
  });
  defineAttribute(sliceType, '__hash__', None);
  defineMethods(sliceType, {
    __repr__(self) {
      const s = self as PySlice;
      return newStr(`slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`);
    },
    indices(self, args, kw) {
      checkPositional('indices', args, kw, 1);
      const n = asIndex(args[0]!);
      if (n < 0) raise(ValueError, 'length should not be negative');
      const [start, stop, step] = sliceIndicesBig(self as PySlice, big(n));
      return new PyTuple([makeInt(start), makeInt(stop), makeInt(step)]);
    },
    __reduce__(self) {
      return new PyTuple([newref(sliceType), asTuple(self as PySlice)]);
    },
    __eq__: (self, args) => compareSlices(self, args[0]!, Cmp.EQ),
    __ne__: (self, args) => compareSlices(self, args[0]!, Cmp.NE),
    __lt__: (self, args) => compareSlices(self, args[0]!, Cmp.LT),
    __le__: (self, args) => compareSlices(self, args[0]!, Cmp.LE),
    __gt__: (self, args) => compareSlices(self, args[0]!, Cmp.GT),
    __ge__: (self, args) => compareSlices(self, args[0]!, Cmp.GE),
  });
}
