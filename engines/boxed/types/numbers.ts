// The boxed numbers: ints beyond the safe-integer range (PyLong), floats, bools and complex.
// Ints inside the range are JS numbers and never boxed (object.ts); `intValue` and `makeInt`
// keep that invariant at the boundary.

import { IMMORTAL, PyObject, counters, type PyValue } from '../object.js';
import type { PyDict } from './dict.js';
import { boolType, complexType, floatType, intType } from '../builtin-types.js';
import type { PyType } from '../type.js';

/** An int outside ±(2^53 - 1), or any instance of an int subclass. */
export class PyLong extends PyObject {
  constructor(readonly value: bigint, type: PyType = intType) {
    super(type);
  }
}

/**
 * A float. It does not `extend` PyObject, on purpose: a derived class allocates in the base
 * constructor, which every kind of object shares, and V8 cannot allocate inline there (it sees
 * too many classes), so each float cost a slow generic allocation. PyFloat allocates in its own
 * constructor with the same fields in the same order, and its prototype chain is PyObject's
 * (set below), so `instanceof PyObject` and the inherited methods hold as for any object.
 */
export class PyFloat {
  ob_type: PyType;
  ob_refcnt: number;
  dict: PyDict | null;
  readonly value: number;
  constructor(value: number, type: PyType = floatType) {
    // PyObject's fields first, in its order, so floats are laid out as every other object.
    this.ob_type = type;
    this.ob_refcnt = 1;
    this.dict = null;
    this.value = value;
    counters.allocations++;
  }

  declare releaseRefs: () => void;
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number, type: PyType = complexType) {
    super(type);
  }
}

/** True and False, the only instances of bool; their int values are 1 and 0. */
export class PyBool extends PyObject {
  constructor(readonly value: 0 | 1) {
    super(boolType);
    this.ob_refcnt = IMMORTAL;
  }
}

export const True = new PyBool(1);
export const False = new PyBool(0);

export const pyBool = (b: boolean): PyBool => (b ? True : False);

/** An int value from a bigint: a JS number when it is a safe integer. A new reference. */
export function makeInt(n: bigint): PyValue {
  if (n >= -9007199254740991n && n <= 9007199254740991n) return Number(n);
  return new PyLong(n);
}

/** The int value of a number, PyLong or bool as number|bigint (undefined for non-ints). */
export function intValue(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyLong) return v.value;
  if (v instanceof PyBool) return v.value;
  return undefined;
}

/** A JS number (an exact result of number arithmetic) as a Python int: boxes when unsafe. */
export function intFromNumber(n: number): PyValue {
  return Number.isSafeInteger(n) ? n + 0 : new PyLong(BigInt(n));
}
