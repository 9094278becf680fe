// iter() and next(): CPython's PyObject_GetIter and the tp_iternext protocol.
//
// `next` returns undefined at the end instead of raising StopIteration, so loops over
// iterators written in TypeScript raise nothing; a Python __next__ that raises StopIteration
// is turned into undefined here. StopIteration's value matters only to generators (yield from),
// which the VM handles itself.

import { decref, newref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { StopIteration, TypeError, type PyBaseException } from '../types/exceptions.js';
import { callUnbound } from './call.js';
import { typeOf, typeName } from './type-of.js';

/** A natively implemented iterator: next() gives a new reference or undefined when exhausted. */
export interface NativeIterator {
  nativeNext(): PyValue | undefined;
}

const hasNativeNext = (v: PyValue): v is PyValue & NativeIterator =>
  typeof v !== 'number' && typeof (v as unknown as NativeIterator).nativeNext === 'function';

/** iter(v) (a new reference). */
export function getIter(v: PyValue): PyValue {
  const t = typeOf(v);
  const f = t.lookup('__iter__');
  if (f === null || f === noneValue()) {
    if (t.lookup('__getitem__') !== null) return sequenceIterator(v);
    raise(TypeError, `'${typeName(v)}' object is not iterable`);
  }
  const it = callUnbound(f, v, []);
  if (typeOf(it).lookup('__next__') === null) {
    decref(it);
    raise(TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

/** next(it): a new reference, or undefined when the iterator is exhausted. */
export function next(it: PyValue): PyValue | undefined {
  if (hasNativeNext(it) && (it as { ob_type: { mro: unknown[] } }).ob_type.mro.length === 2) return it.nativeNext();
  const f = typeOf(it).lookup('__next__');
  if (f === null) raise(TypeError, `'${typeName(it)}' object is not an iterator`);
  try {
    return callUnbound(f, it, []);
  } catch (e) {
    if (isStopIteration(e)) {
      decref(e as PyBaseException);
      return undefined;
    }
    throw e;
  }
}

export function isStopIteration(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'ob_type' in e && (e as PyBaseException).ob_type.isSubtype(StopIteration);
}

/** Calls fn for each item of an iterable (fn gets a borrowed reference). */
export function forEach(iterable: PyValue, fn: (item: PyValue) => void): void {
  const it = getIter(iterable);
  try {
    for (let v = next(it); v !== undefined; v = next(it)) {
      try {
        fn(v);
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** The items of an iterable as an array of new references. */
export function toArray(iterable: PyValue): PyValue[] {
  const out: PyValue[] = [];
  forEach(iterable, (v) => out.push(newref(v)));
  return out;
}

let noneValue = (): PyValue => { throw new Error('unset'); };
let sequenceIterator = (_v: PyValue): PyValue => { throw new Error('unset'); };
/** Installed by the runtime: None (for `__iter__ = None`) and the old-style sequence iterator. */
export function setIterationHooks(none: () => PyValue, seqIter: (v: PyValue) => PyValue): void {
  noneValue = none;
  sequenceIterator = seqIter;
}
