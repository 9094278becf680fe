// The builtin iterator types: list_iterator, list_reverseiterator, tuple_iterator,
// range_iterator / longrange_iterator, the old-style sequence `iterator` (for classes with only
// __getitem__), callable_iterator (iter(f, sentinel)), enumerate, zip, map, filter and reversed.
//
// Each is a JS class with `nativeNext()` (protocols/iteration.ts calls it directly for exact
// builtin iterators, so `for` loops never raise StopIteration); `__next__` wraps it for Python.
// An exhausted iterator drops its source, as CPython's do, so it stays exhausted.

import { decref, newref, PyObject, xdecref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { boolType, builtinType } from '../../builtin-types.js';
import { defineMethods, defineStatic } from '../../define.js';
import { checkPositional, noKeywords, parseArgs } from '../../args.js';
import type { PyType } from '../../type.js';
import { PyList, PyTuple } from '../sequences.js';
import { makeInt } from '../numbers.js';
import { None } from '../singletons.js';
import { IndexError, StopIteration, TypeError, ValueError, type PyBaseException } from '../exceptions.js';
import { asIndex } from '../../convert.js';
import { call, callUnbound } from '../../protocols/call.js';
import { getIter, next, isStopIteration, type NativeIterator } from '../../protocols/iteration.js';
import { getItem } from '../../protocols/items.js';
import { length, truthy } from '../../protocols/objects.js';
import { eq } from '../../protocols/compare.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { dictType } from '../../builtin-types.js';
import { PyType as PyTypeClass } from '../../type.js';
import { finishInstance } from './common.js';

const noMake = (): never => { throw new Error('iterator instances are made natively'); };
const sealed = { subclassable: false, make: noMake };

export const listIteratorType = builtinType('list_iterator', sealed);
export const listReverseIteratorType = builtinType('list_reverseiterator', sealed);
export const tupleIteratorType = builtinType('tuple_iterator', sealed);
export const rangeIteratorType = builtinType('range_iterator', sealed);
export const longRangeIteratorType = builtinType('longrange_iterator', sealed);
export const seqIteratorType = builtinType('iterator', sealed);
export const callableIteratorType = builtinType('callable_iterator', sealed);
export const enumerateType = builtinType('enumerate', { make: noMake });
export const zipType = builtinType('zip', { make: noMake });
export const mapType = builtinType('map', { make: noMake });
export const filterType = builtinType('filter', { make: noMake });
export const reversedType = builtinType('reversed', { make: noMake });

/** True for IndexError or StopIteration, which end an old-style sequence iteration. */
function endsSequence(e: unknown): boolean {
  if (typeof e !== 'object' || e === null || !('ob_type' in e)) return false;
  const t = (e as PyBaseException).ob_type;
  return t.isSubtype(IndexError) || t.isSubtype(StopIteration);
}

// --- list, tuple ---------------------------------------------------------------------------

export class ListIterator extends PyObject implements NativeIterator {
  index = 0;
  constructor(public seq: PyList | null) {
    super(listIteratorType);
  }

  nativeNext(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    if (this.index < s.items.length) return newref(s.items[this.index++]!);
    this.seq = null;
    decref(s);
    return undefined;
  }

  lengthHint(): number {
    return this.seq === null ? 0 : Math.max(0, this.seq.items.length - this.index);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    xdecref(this.seq);
  }
}

export class ListReverseIterator extends PyObject implements NativeIterator {
  index: number;
  constructor(public seq: PyList | null) {
    super(listReverseIteratorType);
    this.index = seq === null ? -1 : seq.items.length - 1;
  }

  nativeNext(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    const i = this.index;
    if (i >= 0 && i < s.items.length) {
      this.index--;
      return newref(s.items[i]!);
    }
    this.index = -1;
    this.seq = null;
    decref(s);
    return undefined;
  }

  lengthHint(): number {
    return this.seq === null || this.index >= this.seq.items.length ? 0 : this.index + 1;
  }

  override releaseRefs(): void {
    super.releaseRefs();
    xdecref(this.seq);
  }
}

export class TupleIterator extends PyObject implements NativeIterator {
  index = 0;
  constructor(public seq: PyTuple | null) {
    super(tupleIteratorType);
  }

  nativeNext(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    if (this.index < s.items.length) return newref(s.items[this.index++]!);
    this.seq = null;
    decref(s);
    return undefined;
  }

  lengthHint(): number {
    return this.seq === null ? 0 : s(this.seq.items.length - this.index);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    xdecref(this.seq);
  }
}

const s = (n: number): number => (n < 0 ? 0 : n);

// --- ranges --------------------------------------------------------------------------------

/** Iterates start, start+step, ... for `remaining` items, all safe integers. */
export class RangeIterator extends PyObject implements NativeIterator {
  constructor(public current: number, readonly step: number, public remaining: number) {
    super(rangeIteratorType);
  }

  nativeNext(): PyValue | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    const v = this.current;
    this.current = v + this.step;
    return v;
  }

  lengthHint(): PyValue {
    return this.remaining;
  }
}

/** The same on bigints, for ranges beyond the safe integers (typed range_iterator when CPython's C long would hold them). */
export class LongRangeIterator extends PyObject implements NativeIterator {
  constructor(public current: bigint, readonly step: bigint, public remaining: bigint, type: PyType) {
    super(type);
  }

  nativeNext(): PyValue | undefined {
    if (this.remaining <= 0n) return undefined;
    this.remaining--;
    const v = this.current;
    this.current = v + this.step;
    return makeInt(v);
  }

  lengthHint(): PyValue {
    return makeInt(this.remaining);
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const fitsLong = (n: bigint): boolean => n >= INT64_MIN && n <= INT64_MAX;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const isSafe = (n: bigint): boolean => n >= -SAFE && n <= SAFE;

/**
 * An iterator over start + i*step for i < len. `bounds` are the values CPython checks to choose
 * range_iterator (all fit a C long) over longrange_iterator.
 */
export function newRangeIterator(start: bigint, step: bigint, len: bigint, bounds: readonly bigint[]): PyObject {
  const last = start + (len > 0n ? len - 1n : 0n) * step;
  if (isSafe(start) && isSafe(step) && isSafe(len) && isSafe(last) && isSafe(last + step)) {
    return new RangeIterator(Number(start), Number(step), Number(len));
  }
  const small = fitsLong(len) && bounds.every(fitsLong);
  return new LongRangeIterator(start, step, len, small ? rangeIteratorType : longRangeIteratorType);
}

// --- old-style sequences, iter(f, sentinel) -----------------------------------------------------

/** iter(x) for an object with __getitem__ but no __iter__: x[0], x[1], ... until IndexError. */
export class SeqIterator extends PyObject implements NativeIterator {
  index = 0;
  constructor(public seq: PyValue | null) {
    super(seqIteratorType);
  }

  nativeNext(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    try {
      const v = getItem(s, this.index);
      this.index++;
      return v;
    } catch (e) {
      if (!endsSequence(e)) throw e;
      decref(e as PyBaseException);
      this.seq = null;
      decref(s);
      return undefined;
    }
  }

  lengthHint(): number {
    if (this.seq === null) return 0;
    const n = length(this.seq);
    return n < this.index ? 0 : n - this.index;
  }

  override releaseRefs(): void {
    super.releaseRefs();
    xdecref(this.seq);
  }
}

export function newSeqIterator(seq: PyValue): PyValue {
  return new SeqIterator(newref(seq));
}

export class CallableIterator extends PyObject implements NativeIterator {
  constructor(public callable: PyValue | null, public sentinel: PyValue | null) {
    super(callableIteratorType);
  }

  nativeNext(): PyValue | undefined {
    const f = this.callable;
    if (f === null) return undefined;
    let r: PyValue;
    try {
      r = call(f, []);
    } catch (e) {
      if (!isStopIteration(e)) throw e;
      decref(e as PyBaseException);
      this.drop();
      return undefined;
    }
    let done: boolean;
    try {
      done = eq(this.sentinel!, r);
    } catch (e) {
      decref(r);
      throw e;
    }
    if (!done) return r;
    decref(r);
    this.drop();
    return undefined;
  }

  private drop(): void {
    xdecref(this.callable);
    xdecref(this.sentinel);
    this.callable = this.sentinel = null;
  }

  override releaseRefs(): void {
    super.releaseRefs();
    this.drop();
  }
}

/** iter(callable, sentinel): a new reference. */
export function newCallableIterator(callable: PyValue, sentinel: PyValue): PyValue {
  return new CallableIterator(newref(callable), newref(sentinel));
}

// --- enumerate, zip, map, filter ---------------------------------------------------------------

export class Enumerate extends PyObject implements NativeIterator {
  constructor(readonly it: PyValue, public count: number | bigint, type: PyType = enumerateType) {
    super(type);
  }

  nativeNext(): PyValue | undefined {
    const v = next(this.it);
    if (v === undefined) return undefined;
    const c = this.count;
    let idx: PyValue;
    if (typeof c === 'number' && c < Number.MAX_SAFE_INTEGER) {
      idx = c;
      this.count = c + 1;
    } else {
      const b = BigInt(c);
      idx = makeInt(b);
      this.count = b + 1n;
    }
    return new PyTuple([idx, v]);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.it);
  }
}

/** enumerate(iterable, start): a new reference. */
export function newEnumerate(iterable: PyValue, start: number | bigint = 0): PyValue {
  return new Enumerate(getIter(iterable), start);
}

export class Zip extends PyObject implements NativeIterator {
  constructor(readonly iters: PyValue[], readonly strict: boolean, type: PyType = zipType) {
    super(type);
  }

  nativeNext(): PyValue | undefined {
    const its = this.iters;
    const n = its.length;
    if (n === 0) return undefined;
    const items = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const v = next(its[i]!);
      if (v === undefined) {
        for (let j = 0; j < i; j++) decref(items[j]!);
        if (this.strict) this.checkStrict(i);
        return undefined;
      }
      items[i] = v;
    }
    return new PyTuple(items);
  }

  /** zip(strict=True) after iterator `i` ended: every iterator must have ended together. */
  private checkStrict(i: number): void {
    if (i > 0) {
      const plural = i === 1 ? ' ' : 's 1-';
      raise(ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let k = 1; k < this.iters.length; k++) {
      const v = next(this.iters[k]!);
      if (v !== undefined) {
        decref(v);
        const plural = k === 1 ? ' ' : 's 1-';
        raise(ValueError, `zip() argument ${k + 1} is longer than argument${plural}${k}`);
      }
    }
  }

  override releaseRefs(): void {
    super.releaseRefs();
    for (const it of this.iters) decref(it);
  }
}

/** zip(*iterables, strict=strict): a new reference. */
export function newZip(iterables: readonly PyValue[], strict = false): PyValue {
  return new Zip(itersOf(iterables), strict);
}

function itersOf(iterables: readonly PyValue[]): PyValue[] {
  const its: PyValue[] = [];
  try {
    for (const v of iterables) its.push(getIter(v));
  } catch (e) {
    for (const it of its) decref(it);
    throw e;
  }
  return its;
}

export class MapIterator extends PyObject implements NativeIterator {
  constructor(readonly func: PyValue, readonly iters: PyValue[], type: PyType = mapType) {
    super(type);
  }

  nativeNext(): PyValue | undefined {
    const its = this.iters;
    const args = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = next(its[i]!);
      if (v === undefined) {
        for (let j = 0; j < i; j++) decref(args[j]!);
        return undefined;
      }
      args[i] = v;
    }
    try {
      return call(this.func, args);
    } finally {
      for (const v of args) decref(v);
    }
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.func);
    for (const it of this.iters) decref(it);
  }
}

/** map(func, *iterables): a new reference. */
export function newMap(func: PyValue, iterables: readonly PyValue[]): PyValue {
  return new MapIterator(newref(func), itersOf(iterables));
}

export class FilterIterator extends PyObject implements NativeIterator {
  constructor(readonly func: PyValue, readonly it: PyValue, type: PyType = filterType) {
    super(type);
  }

  nativeNext(): PyValue | undefined {
    const plain = this.func === None || this.func === boolType;
    for (;;) {
      const v = next(this.it);
      if (v === undefined) return undefined;
      let ok: boolean;
      try {
        if (plain) ok = truthy(v);
        else {
          const r = call(this.func, [v]);
          try {
            ok = truthy(r);
          } finally {
            decref(r);
          }
        }
      } catch (e) {
        decref(v);
        throw e;
      }
      if (ok) return v;
      decref(v);
    }
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.func);
    decref(this.it);
  }
}

/** filter(func or None, iterable): a new reference. */
export function newFilter(func: PyValue, iterable: PyValue): PyValue {
  return new FilterIterator(newref(func), getIter(iterable));
}

// --- reversed ----------------------------------------------------------------------------

export class Reversed extends PyObject implements NativeIterator {
  constructor(public seq: PyValue | null, public index: number, type: PyType = reversedType) {
    super(type);
  }

  nativeNext(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    if (this.index >= 0) {
      try {
        const v = getItem(s, this.index);
        this.index--;
        return v;
      } catch (e) {
        if (!endsSequence(e)) throw e;
        decref(e as PyBaseException);
      }
    }
    this.index = -1;
    this.seq = null;
    decref(s);
    return undefined;
  }

  lengthHint(): number {
    if (this.seq === null) return 0;
    const n = length(this.seq);
    return n < this.index ? 0 : this.index + 1;
  }

  override releaseRefs(): void {
    super.releaseRefs();
    xdecref(this.seq);
  }
}

/** reversed(seq): seq.__reversed__() when it has one, else a reversed object over __len__/__getitem__. */
export function newReversed(seq: PyValue, type: PyType = reversedType): PyValue {
  const t = typeOf(seq);
  const rev = t.lookup('__reversed__');
  if (rev === None) raise(TypeError, `'${typeName(seq)}' object is not reversible`);
  if (rev !== null) return callUnbound(rev, seq, []);
  if (t.lookup('__getitem__') === null || t.isSubtype(dictType) || t.lookup('__len__') === null) {
    raise(TypeError, `'${typeName(seq)}' object is not reversible`);
  }
  const n = length(seq);
  return new Reversed(newref(seq), n - 1, type);
}

// --- the types' methods ------------------------------------------------------------------

interface Hinted extends NativeIterator {
  lengthHint(): PyValue;
}

function iteratorMethods(type: PyType, hinted: boolean): void {
  defineMethods(type, {
    __iter__: (self) => newref(self),
    __next__(self) {
      const v = (self as unknown as NativeIterator).nativeNext();
      if (v === undefined) raise(StopIteration);
      return v;
    },
  });
  if (hinted) defineMethods(type, { __length_hint__: (self) => (self as unknown as Hinted).lengthHint() });
}

function clsOf(args: PyValue[], name: string): PyType {
  const cls = args[0];
  if (!(cls instanceof PyTypeClass)) raise(TypeError, `${name}.__new__(X): X is not a type object`);
  return cls;
}

const ENUMERATE_PARAMS_OPTIONAL = { names: ['iterable', 'start'], required: 0 };

export function installIteratorTypes(): void {
  for (const t of [listIteratorType, listReverseIteratorType, tupleIteratorType, rangeIteratorType, longRangeIteratorType, seqIteratorType, reversedType]) {
    iteratorMethods(t, true);
  }
  for (const t of [callableIteratorType, enumerateType, zipType, mapType, filterType]) iteratorMethods(t, false);

  defineStatic(enumerateType, '__new__', (_self, args, kwnames) => {
    const cls = clsOf(args, 'enumerate');
    const npos = args.length - 1 - (kwnames?.length ?? 0);
    if (npos > 2) raise(TypeError, `enumerate() takes at most 2 arguments (${npos} given)`);
    const [iterable, start] = parseArgs('enumerate', args.slice(1), kwnames, ENUMERATE_PARAMS_OPTIONAL);
    if (iterable === undefined) raise(TypeError, "enumerate() missing required argument 'iterable'");
    const count = start === undefined ? 0 : asIndex(start);
    const it = getIter(iterable!);
    return finishInstance(new Enumerate(it, count, cls), cls);
  });
  defineStatic(zipType, '__new__', (_self, args, kwnames) => {
    const cls = clsOf(args, 'zip');
    const nkw = kwnames?.length ?? 0;
    const positional = args.slice(1, args.length - nkw);
    let strict = false;
    for (let k = 0; k < nkw; k++) {
      if (kwnames![k] !== 'strict') raise(TypeError, `'${kwnames![k]}' is an invalid keyword argument for zip()`);
      strict = truthy(args[args.length - nkw + k]!);
    }
    return finishInstance(new Zip(itersOf(positional), strict, cls), cls);
  });
  defineStatic(mapType, '__new__', (_self, args, kwnames) => {
    const cls = clsOf(args, 'map');
    if (cls === mapType) noKeywords('map', kwnames);
    if (args.length < 3) raise(TypeError, 'map() must have at least two arguments.');
    return finishInstance(new MapIterator(newref(args[1]!), itersOf(args.slice(2)), cls), cls);
  });
  defineStatic(filterType, '__new__', (_self, args, kwnames) => {
    const cls = clsOf(args, 'filter');
    if (cls === filterType) noKeywords('filter', kwnames);
    checkPositional('filter', args.slice(1), null, 2);
    const it = getIter(args[2]!);
    return finishInstance(new FilterIterator(newref(args[1]!), it, cls), cls);
  });
  defineStatic(reversedType, '__new__', (_self, args, kwnames) => {
    const cls = clsOf(args, 'reversed');
    if (cls === reversedType) noKeywords('reversed', kwnames);
    if (args.length !== 2) raise(TypeError, `reversed expected 1 argument, got ${args.length - 1}`);
    const r = newReversed(args[1]!, cls);
    if (r instanceof Reversed) finishInstance(r, cls);
    return r;
  });
}
