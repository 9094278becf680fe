// repr, str, hash, truth and len of any value: CPython's PyObject_Repr, PyObject_Str,
// PyObject_Hash, PyObject_IsTrue and PyObject_Size.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../recursion.js';
import { boolType, intType, listType, strType, tupleType } from '../builtin-types.js';
import { PyStr } from '../types/str.js';
import { PyBool, PyFloat, PyLong, intValue } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { OverflowError, TypeError, ValueError } from '../types/exceptions.js';
import { PyTuple, PyList } from '../types/sequences.js';
import { PyDict } from '../types/dict.js';
import { strRepr } from '../../../shared/kernels/repr/str-repr.js';
import { floatRepr } from '../../../shared/kernels/repr/float-repr.js';
import { callUnbound } from './call.js';
import { typeOf, typeName } from './type-of.js';
import { hashHooks } from './hash-hooks.js';

/** repr(v) as a JS string. */
export function repr(v: PyValue): string {
  if (typeof v === 'number') return String(v);
  const t = v.ob_type;
  if (t === strType) return strRepr((v as PyStr).value);
  if (v instanceof PyFloat && t.name === 'float' && t.mro.length === 2) return floatRepr(v.value);
  const fn = t.lookup('__repr__');
  if (fn === null) return `<${t.name} object>`;
  return callForText(fn, v, '__repr__', ' while getting the repr of an object');
}

/** str(v) as a JS string. */
export function str(v: PyValue): string {
  if (typeof v === 'number') return String(v);
  const t = v.ob_type;
  if (t === strType) return (v as PyStr).value;
  const fn = t.lookup('__str__');
  if (fn === null) return repr(v);
  return callForText(fn, v, '__str__', ' while getting the str of an object');
}

/** Calls __repr__ or __str__ (found on v's type) under the recursion check; the str it returns, as a JS string. */
function callForText(fn: PyValue, v: PyValue, dunder: string, where: string): string {
  enterRecursiveCall(where);
  let r: PyValue;
  try {
    r = callUnbound(fn, v, []);
  } finally {
    leaveRecursiveCall();
  }
  if (!(r instanceof PyStr)) {
    decref(r);
    raise(TypeError, `${dunder} returned non-string (type ${typeName(r)})`);
  }
  const s = r.value;
  decref(r);
  return s;
}

/** hash(v): the Python int value as a JS number when it fits exactly, else a bigint. */
export function hash(v: PyValue): number | bigint {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const t = v.ob_type;
  if (t === strType) {
    const s = v as PyStr;
    return (s.hash ??= hashHooks.hashString(s.value));
  }
  const fn = t.lookup('__hash__');
  if (fn === null || fn === None) raise(TypeError, `unhashable type: '${t.name}'`);
  const r = callUnbound(fn, v, []);
  const n = intValue(r);
  if (n === undefined) {
    decref(r);
    raise(TypeError, '__hash__ method should return an integer');
  }
  decref(r);
  // A __hash__ result that fits in 64 bits is the hash as it is; a bigger int is reduced as
  // hash(int) reduces it (CPython's PyLong_AsSsize_t, then _PyLong_Hash on overflow).
  if (typeof n === 'number') return n === -1 ? -2 : n;
  if (n >= -(1n << 63n) && n < (1n << 63n)) return n === -1n ? -2 : n;
  return hashHooks.hashBigInt(n);
}

/** bool(v). */
export function truthy(v: PyValue): boolean {
  if (typeof v === 'number') return v !== 0;
  if (v instanceof PyBool) return v.value === 1;
  if (v === None) return false;
  const t = v.ob_type;
  if (t === strType) return (v as PyStr).value.length !== 0;
  if (v instanceof PyList && t.mro.length === 2) return v.items.length !== 0;
  if (v instanceof PyTuple && t.mro.length === 2) return v.items.length !== 0;
  if (v instanceof PyDict && t.mro.length === 2) return v.size !== 0;
  const b = t.lookup('__bool__');
  if (b !== null) {
    const r = callUnbound(b, v, []);
    if (r instanceof PyBool) return r.value === 1;
    decref(r);
    raise(TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
  }
  const l = t.lookup('__len__');
  if (l !== null) return length(v) !== 0;
  return true;
}

/** len(v). */
export function length(v: PyValue): number {
  if (typeof v !== 'number') {
    const t = v.ob_type;
    if (t === strType) return (v as PyStr).length;
    if (v instanceof PyList && t === listType) return v.items.length;
    if (v instanceof PyTuple && t === tupleType) return v.items.length;
    if (v instanceof PyDict && t.mro.length === 2) return v.size;
  }
  const fn = typeOf(v).lookup('__len__');
  if (fn === null) raise(TypeError, `object of type '${typeName(v)}' has no len()`);
  const r = callUnbound(fn, v, []);
  const n = intValue(r);
  if (n === undefined) {
    decref(r);
    raise(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  }
  decref(r);
  if (n < 0) raise(ValueError, '__len__() should return >= 0');
  if (typeof n === 'bigint') raise(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

export const isExactInt = (v: PyValue): boolean => typeof v === 'number' || (v instanceof PyLong && v.ob_type === intType);
export const isBool = (v: PyValue): v is PyBool => v instanceof PyBool && v.ob_type === boolType;
