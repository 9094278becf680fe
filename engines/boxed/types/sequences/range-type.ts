// range: an immutable arithmetic sequence of ints of any size. The bounds are kept as JS
// numbers when they are small enough that every item and the length are exact in double
// arithmetic (the common case: no bigint work in loops), else as bigints. Indexing, slicing
// (to a new range), membership of ints, index/count, equality by the sequence it denotes and the
// matching hash all work without materialising the items, as in CPython.

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { builtinType } from '../../builtin-types.js';
import { TypeFlag } from '../../type.js';
import { defineMethods, defineReadonlyMembers, defineStatic } from '../../define.js';
import { checkPositional, noKeywords } from '../../args.js';
import { newStr } from '../../strings.js';
import { PyTuple } from '../sequences.js';
import { False, PyBool, PyLong, True, intFromNumber, makeInt } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { IndexError, OverflowError, TypeError, ValueError } from '../exceptions.js';
import { asIndex } from '../../convert.js';
import { repr } from '../../protocols/objects.js';
import { getIter, next } from '../../protocols/iteration.js';
import { eq } from '../../protocols/compare.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { PySlice, sliceIndicesBig } from './slice.js';
import { newRangeIterator, RangeIterator } from './iterators.js';
import { tupleHash } from './tuple-type.js';

type Int = number | bigint;

export const rangeType = builtinType('range', { flags: TypeFlag.SEQUENCE,
  subclassable: false,
  make: () => { throw new Error('range instances are made by newRange'); },
});

/** Bounds up to this size keep every item and length exact as doubles. */
const SMALL = 2 ** 52;
const big = (n: Int): bigint => (typeof n === 'bigint' ? n : BigInt(n));
const norm = (n: bigint): Int => (n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n);
const pyInt = (n: Int): PyValue => (typeof n === 'number' ? intFromNumber(n) : makeInt(n));

export class PyRange extends PyObject {
  /** True when start, stop and step are numbers within ±2^52 (so is the length). */
  readonly small: boolean;
  readonly length: Int;
  constructor(readonly start: Int, readonly stop: Int, readonly step: Int) {
    super(rangeType);
    this.small = typeof start === 'number' && typeof stop === 'number' && typeof step === 'number'
      && Math.abs(start) <= SMALL && Math.abs(stop) <= SMALL && Math.abs(step) <= SMALL;
    this.length = this.small ? smallLength(start as number, stop as number, step as number) : norm(bigLength(big(start), big(stop), big(step)));
  }
}

function smallLength(lo: number, hi: number, step: number): number {
  if (step > 0) return lo < hi ? Math.floor((hi - lo - 1) / step) + 1 : 0;
  return lo > hi ? Math.floor((lo - hi - 1) / -step) + 1 : 0;
}

function bigLength(lo: bigint, hi: bigint, step: bigint): bigint {
  if (step > 0n) return lo < hi ? (hi - lo - 1n) / step + 1n : 0n;
  return lo > hi ? (lo - hi - 1n) / -step + 1n : 0n;
}

/** range(start, stop, step) from ints (step nonzero). */
export function newRange(start: Int, stop: Int, step: Int): PyRange {
  return new PyRange(typeof start === 'bigint' ? norm(start) : start, typeof stop === 'bigint' ? norm(stop) : stop, typeof step === 'bigint' ? norm(step) : step);
}

/** r[i] for 0 <= i < len (or any i, for slicing arithmetic). */
function itemAt(r: PyRange, i: Int): Int {
  if (r.small && typeof i === 'number') return (r.start as number) + i * (r.step as number);
  return norm(big(r.start) + big(i) * big(r.step));
}

const isIntLike = (v: PyValue): boolean => typeof v === 'number' || v instanceof PyBool || (v instanceof PyLong && v.ob_type.mro.length === 2);

/** x in r for an int x, without iterating. */
function containsInt(r: PyRange, x: Int): boolean {
  if (r.small && typeof x === 'number') {
    const start = r.start as number, stop = r.stop as number, step = r.step as number;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }
  const start = big(r.start), stop = big(r.stop), step = big(r.step), b = big(x);
  if (step > 0n ? b < start || b >= stop : b > start || b <= stop) return false;
  return (b - start) % step === 0n;
}

function intArg(v: PyValue): Int {
  const n = typeof v === 'number' ? v : asIndex(v);
  return typeof n === 'bigint' ? norm(n) : n;
}

/** Counts the items equal to x (count) or finds the first (index) by iteration, for non-int x. */
function searchByIteration(r: PyRange, x: PyValue, countAll: boolean): number {
  const it = getIter(r);
  let n = 0;
  let i = 0;
  try {
    for (let v = next(it); v !== undefined; v = next(it), i++) {
      let found: boolean;
      try {
        found = eq(v, x);
      } finally {
        decref(v);
      }
      if (found) {
        if (!countAll) return i;
        n++;
      }
    }
  } finally {
    decref(it);
  }
  return countAll ? n : -1;
}

function rangeItem(r: PyRange, key: PyValue): PyValue {
  let i: Int = intArg(key);
  const len = r.length;
  if (typeof i === 'number' && typeof len === 'number') {
    if (i < 0) i += len;
    if (i < 0 || i >= len) raise(IndexError, 'range object index out of range');
  } else {
    let b = big(i);
    const l = big(len);
    if (b < 0n) b += l;
    if (b < 0n || b >= l) raise(IndexError, 'range object index out of range');
    i = norm(b);
  }
  return pyInt(itemAt(r, i));
}

function rangeSlice(r: PyRange, s: PySlice): PyValue {
  const [start, stop, step] = sliceIndicesBig(s, big(r.length));
  const rStart = big(r.start), rStep = big(r.step);
  return newRange(rStart + start * rStep, rStart + stop * rStep, step * rStep);
}

/** The (len, start, step) tuple CPython hashes, with None where the length makes them irrelevant. */
function hashKey(r: PyRange): PyTuple {
  const len = r.length;
  if (len === 0) return new PyTuple([0, None, None]);
  if (len === 1) return new PyTuple([1, pyInt(r.start), None]);
  return new PyTuple([pyInt(len), pyInt(r.start), pyInt(r.step)]);
}

function rangesEqual(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (big(a.length) !== big(b.length)) return false;
  if (a.length === 0) return true;
  if (big(a.start) !== big(b.start)) return false;
  if (a.length === 1) return true;
  return big(a.step) === big(b.step);
}

const INT64_MAX = 2n ** 63n - 1n;

export function installRangeType(): void {
  defineStatic(rangeType, '__new__', (_self, args, kwnames) => {
    noKeywords('range', kwnames);
    const rest = args.slice(1);
    checkPositional('range', rest, null, 1, 3);
    if (rest.length === 1) return newRange(0, intArg(rest[0]!), 1);
    const start = intArg(rest[0]!);
    const stop = intArg(rest[1]!);
    const step = rest.length === 3 ? intArg(rest[2]!) : 1;
    if (step === 0) raise(ValueError, 'range() arg 3 must not be zero');
    return newRange(start, stop, step);
  });
  defineReadonlyMembers(rangeType, {
    start: (self) => pyInt((self as PyRange).start),
    stop: (self) => pyInt((self as PyRange).stop),
    step: (self) => pyInt((self as PyRange).step),
  });
  defineMethods(rangeType, {
    __repr__(self) {
      const r = self as PyRange;
      const step = r.step === 1 ? '' : `, ${String(r.step)}`;
      return newStr(`range(${String(r.start)}, ${String(r.stop)}${step})`);
    },
    __len__(self) {
      const len = (self as PyRange).length;
      if (typeof len === 'bigint' && len > INT64_MAX) raise(OverflowError, 'Python int too large to convert to C ssize_t');
      return pyInt(len);
    },
    __bool__: (self) => ((self as PyRange).length !== 0 ? True : False),
    __getitem__(self, args, kw) {
      checkPositional('__getitem__', args, kw, 1);
      const r = self as PyRange;
      const key = args[0]!;
      if (key instanceof PySlice) return rangeSlice(r, key);
      if (isIntLike(key) || key instanceof PyLong || typeOf(key).lookup('__index__') !== null) return rangeItem(r, key);
      raise(TypeError, `range indices must be integers or slices, not ${typeName(key)}`);
    },
    __contains__(self, args, kw) {
      checkPositional('__contains__', args, kw, 1);
      const r = self as PyRange;
      const x = args[0]!;
      if (isIntLike(x)) return containsInt(r, intArg(x)) ? True : False;
      return searchByIteration(r, x, false) >= 0 ? True : False;
    },
    index(self, args, kw) {
      checkPositional('index', args, kw, 1);
      const r = self as PyRange;
      const x = args[0]!;
      if (isIntLike(x)) {
        const v = intArg(x);
        if (!containsInt(r, v)) raise(ValueError, `${repr(x)} is not in range`);
        if (r.small && typeof v === 'number') return ((v - (r.start as number)) / (r.step as number)) + 0;
        return makeInt((big(v) - big(r.start)) / big(r.step));
      }
      const i = searchByIteration(r, x, false);
      if (i < 0) raise(ValueError, 'sequence.index(x): x not in sequence');
      return i;
    },
    count(self, args, kw) {
      checkPositional('count', args, kw, 1);
      const r = self as PyRange;
      const x = args[0]!;
      if (isIntLike(x)) return containsInt(r, intArg(x)) ? 1 : 0;
      return searchByIteration(r, x, true);
    },
    __iter__(self) {
      const r = self as PyRange;
      if (r.small) return new RangeIterator(r.start as number, r.step as number, r.length as number);
      return newRangeIterator(big(r.start), big(r.step), big(r.length), [big(r.start), big(r.stop), big(r.step)]);
    },
    __reversed__(self) {
      const r = self as PyRange;
      if (r.small) {
        const n = r.length as number;
        const step = r.step as number;
        return new RangeIterator(n === 0 ? (r.start as number) : (r.start as number) + (n - 1) * step, -step, n);
      }
      const step = big(r.step);
      const len = big(r.length);
      const last = big(r.start) + (len - 1n) * step;
      return newRangeIterator(len === 0n ? big(r.start) : last, -step, len, [big(r.start), big(r.stop), step, -step]);
    },
    __hash__(self) {
      const key = hashKey(self as PyRange);
      try {
        const h = tupleHash(key);
        return typeof h === 'number' ? intFromNumber(h) : new PyLong(h);
      } finally {
        decref(key);
      }
    },
    __eq__(self, args) {
      const other = args[0]!;
      if (!(other instanceof PyRange)) return NotImplemented;
      return rangesEqual(self as PyRange, other) ? True : False;
    },
    __ne__(self, args) {
      const other = args[0]!;
      if (!(other instanceof PyRange)) return NotImplemented;
      return rangesEqual(self as PyRange, other) ? False : True;
    },
    __reduce__(self) {
      const r = self as PyRange;
      return new PyTuple([newref(rangeType), new PyTuple([pyInt(r.start), pyInt(r.stop), pyInt(r.step)])]);
    },
  });
}
