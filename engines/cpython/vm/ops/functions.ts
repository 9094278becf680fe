// MAKE_FUNCTION, LOAD_METHOD's lookup, and the float fast path of BINARY_OP.

import { incref, type PyValue } from '../../../boxed/object.js';
import { objectType } from '../../../boxed/builtin-types.js';
import { intern } from '../../../boxed/strings.js';
import type { PyDict } from '../../../boxed/types/dict.js';
import { PyCode, PyFunction } from '../../../boxed/types/functions.js';
import { PyMethodDescriptor } from '../../../boxed/types/native.js';
import { PyFloat } from '../../../boxed/types/numbers.js';
import { None } from '../../../boxed/types/singletons.js';
import { floatType } from '../../../boxed/builtin-types.js';
import { typeOf } from '../../../boxed/protocols/type-of.js';
import { floatBinaryOp as floatOp } from '../fast-arith.js';

export function makeFunction(code: PyCode, globals: PyDict): PyFunction {
  const co = code.code;
  const module = globals.getStr('__name__') ?? None;
  incref(module);
  incref(globals);
  incref(code);
  // CPython's rule: the docstring is co_consts[0] when that is a str (the compiler puts None
  // first in functions without one).
  const first = co.co_consts[0];
  const doc = typeof first === 'string' ? (code.prepared as { consts: PyValue[] } | undefined)?.consts[0] ?? intern(first) : None;
  incref(doc);
  return new PyFunction(code, globals, intern(co.co_name), intern(co.co_qualname), doc, module);
}

const genericGetattribute = (): PyValue | null => objectType.lookup('__getattribute__');

/**
 * LOAD_METHOD: the unbound function for `obj.name(...)` when the attribute is a plain method
 * found on the type and not shadowed by the instance dict; undefined otherwise (the caller
 * then does an ordinary getattr). A new reference.
 */
export function lookupMethod(obj: PyValue, name: string): PyValue | undefined {
  const type = typeOf(obj);
  if (type.lookup('__getattribute__') !== genericGetattribute()) return undefined;
  const attr = type.lookup(name);
  if (attr === null || typeof attr === 'number') return undefined;
  if (!(attr instanceof PyFunction) && !(attr instanceof PyMethodDescriptor)) return undefined;
  if (typeof obj !== 'number' && obj.dict !== null && obj.dict.getStr(name) !== undefined) return undefined;
  incref(attr);
  return attr;
}

/** float <op> float for exact floats, or undefined to take the general path. */
export function floatBinaryOp(a: PyFloat, b: PyFloat, op: number): PyValue | undefined {
  if (a.ob_type !== floatType || b.ob_type !== floatType) return undefined;
  const r = floatOp(a.value, b.value, op);
  return r === undefined ? undefined : new PyFloat(r);
}

/** int <op> float or float <op> int, both as doubles (a safe-integer int converts exactly). */
export function mixedFloatOp(a: number, b: number, op: number): PyValue | undefined {
  const r = floatOp(a, b, op);
  return r === undefined ? undefined : new PyFloat(r);
}
