// The root of the boxed object model: every Python object the bytecode engines handle.
//
// A value is either a PyObject (a JS object carrying its Python type and CPython's ob_refcnt)
// or a JS number, which stands for an int that is a safe integer (|n| < 2^53). Ints outside that
// range are boxed (PyLong, a bigint) — so the common arithmetic of real programs allocates
// nothing, as CPython's small-int cache and V8's small integers both intend.
//
// Reference counting follows CPython's conventions so that `__del__`, `sys.getrefcount` and id
// reuse are observable as in CPython: a function that returns a PyValue returns a *new*
// reference (the caller owns it); arguments are *borrowed*. A container owns what it holds.
// When a count reaches zero the type's `dealloc` releases what the object owns. Objects are
// never destroyed in the JS sense (the host GC does that), so a refcount mistake can make
// `__del__` run early or late but can never corrupt a value; `counters.negative` counts them.
//
// Every object also has a `dict` slot (its `__dict__`, null when it has none): instances of
// classes that subclass a builtin (class L(list)) need one, and a common first field keeps
// object shapes alike for V8. The cyclic GC comes in a later issue: containers already release
// what they own through `releaseRefs`, the traversal it will need.

import type { PyType } from './type.js';
import type { PyDict } from './types/dict.js';

export type PyValue = PyObject | number;

/** Counters that `pyw run --stats` reports; one set per process. */
export const counters = {
  allocations: 0,
  frees: 0,
  increfs: 0,
  decrefs: 0,
  /** Decrefs that took a count below zero: refcounting bugs, should stay 0. */
  negative: 0,
};

export class PyObject {
  ob_refcnt = 1;
  dict: PyDict | null = null;
  constructor(public ob_type: PyType) {
    counters.allocations++;
  }

  /** Drops the references this object owns; called once, when its count reaches zero. */
  releaseRefs(): void {
    if (this.dict !== null) decref(this.dict);
  }
}

/** Objects that live for the whole run (None, True, types): their count never reaches zero. */
export const IMMORTAL = 1 << 29;

export function incref(v: PyValue): void {
  if (typeof v !== 'number') {
    v.ob_refcnt++;
    counters.increfs++;
  }
}

export function decref(v: PyValue): void {
  if (typeof v !== 'number') {
    counters.decrefs++;
    const n = --v.ob_refcnt;
    if (n <= 0) {
      if (n === 0) release(v);
      else counters.negative++;
    }
  }
}

/**
 * The rare end of an inlined decref (the VM's hot paths decrement ob_refcnt themselves and call
 * this only when the count reached zero or below).
 */
export function decrefBottom(v: PyObject): void {
  if (v.ob_refcnt === 0) {
    counters.frees++;
    releaser(v);
  } else counters.negative++;
}

/** decref for slots that may be empty (CPython's Py_XDECREF). */
export function xdecref(v: PyValue | undefined | null): void {
  if (v !== undefined && v !== null) decref(v);
}

/** Returns `v` after counting a new reference to it: `return newref(item)`. */
export function newref<T extends PyValue>(v: T): T {
  if (typeof v !== 'number') {
    v.ob_refcnt++;
    counters.increfs++;
  }
  return v;
}

type Releaser = (o: PyObject) => void;
let releaser: Releaser = () => {};

/** Set once by the runtime: what happens when a count reaches zero (finalizers, type dealloc, ids). */
export function setReleaser(fn: Releaser): void {
  releaser = fn;
}

function release(o: PyObject): void {
  counters.frees++;
  releaser(o);
}
