// Converting Python values to JS ones at native boundaries: __index__ for integer arguments,
// str arguments, and building results (None, bools, tuples of new references).

import { decref, newref, type PyValue } from './object.js';
import { raise } from './errors.js';
import { OverflowError, TypeError } from './types/exceptions.js';
import { PyBool, PyLong, intValue } from './types/numbers.js';
import { PyStr } from './types/str.js';
import { None } from './types/singletons.js';
import { callUnbound } from './protocols/call.js';
import { typeOf, typeName } from './protocols/type-of.js';

/** operator.index(v) as number|bigint: ints as they are, others through __index__. */
export function asIndex(v: PyValue): number | bigint {
  const n = intValue(v);
  if (n !== undefined) return n;
  const f = typeOf(v).lookup('__index__');
  if (f === null) raise(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = callUnbound(f, v, []);
  const m = intValue(r);
  if (m === undefined) {
    decref(r);
    raise(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
  }
  decref(r);
  return m;
}

/** An index-sized integer (Py_ssize_t) from v, raising OverflowError/IndexError-style messages as CPython. */
export function asSsize(v: PyValue, overflowType = OverflowError): number {
  const n = asIndex(v);
  if (typeof n === 'number') return n;
  raise(overflowType, `cannot fit 'int' into an index-sized integer`);
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * A repeat count (seq * n), a Py_ssize_t as PyNumber_AsSsize_t(n, OverflowError) reads it. A count
 * past JS's safe integers but within Py_ssize_t comes back as a JS number at least 2**53, so the
 * caller's size check raises what CPython raises for it (MemoryError, or "... too long").
 */
export function asRepeatCount(v: PyValue): number {
  return repeatCount(asIndex(v));
}

/** asRepeatCount of an int already read. */
export function repeatCount(n: number | bigint): number {
  if (typeof n === 'number') return n;
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) raise(OverflowError, `cannot fit 'int' into an index-sized integer`);
  return Number(n);
}

/** Whether size * n (both positive) passes Py_ssize_t: CPython's `size > PY_SSIZE_T_MAX / n`. */
export function repeatOverflows(size: number, n: number): boolean {
  const total = size * n;
  return total > 2 ** 53 && BigInt(size) * BigInt(n) > SSIZE_MAX;
}

/** Like asSsize but clamps out-of-range values, as slice indices do. */
export function asClampedIndex(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'number') return n;
  return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** The JS string of a str argument, or TypeError "<what> must be str, not int". */
export function asString(v: PyValue, what: string): string {
  if (v instanceof PyStr) return v.value;
  raise(TypeError, `${what} must be str, not ${typeName(v)}`);
}

/** An attribute name (PyObject_GetAttr's check): "attribute name must be string, not 'int'". */
export function asAttrName(v: PyValue): string {
  if (v instanceof PyStr) return v.value;
  raise(TypeError, `attribute name must be string, not '${typeName(v)}'`);
}

export const isStr = (v: PyValue): v is PyStr => v instanceof PyStr;
export const isInt = (v: PyValue): boolean => typeof v === 'number' || v instanceof PyLong || v instanceof PyBool;

export const none = (): PyValue => None;
export { newref };
