// Helpers shared by the int, bool, float and complex types: building results from kernel values,
// reading numeric operands the way CPython's number slots do (an int operand of a float
// operation converts with OverflowError; anything else is NotImplemented), the argument check of
// slot wrappers, and making instances of subclasses (class MyInt(int)).

import { incref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { dictType, intType } from '../../builtin-types.js';
import { TypeFlag, type PyType } from '../../type.js';
import { TypeError } from '../exceptions.js';
import { PyDict } from '../dict.js';
import { PyBool, PyFloat, PyLong } from '../numbers.js';
import { fromKernel } from '../../kernel-errors.js';
import { NotImplemented } from '../singletons.js';
import type { NativeMethod } from '../native.js';
import { intMaxStrDigits } from '../../modules/sys-values.js';
import { intToFloat } from '../../../../shared/kernels/int-ops.js';
import { normInt, type PyInt } from '../../../../shared/kernels/numbers/py-int.js';

/** A kernel int (canonical: a bigint only outside the safe range) as a new Python int. */
export function pyInt(n: PyInt): PyValue {
  return typeof n === 'number' ? n : new PyLong(n);
}

/**
 * The int value of an int operand (safe-integer number, PyLong of any int type, bool), else
 * undefined. Canonical: an instance of an int subclass holds a bigint even when it is small.
 */
export function intOf(v: PyValue): PyInt | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyLong) return v.ob_type === intType ? v.value : normInt(v.value);
  if (v instanceof PyBool) return v.value;
  return undefined;
}

/**
 * The double of a float operation's operand (CPython's CONVERT_TO_DOUBLE): floats as they
 * are, ints converted (OverflowError past the double range), undefined for other types.
 */
export function floatOf(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyLong) return bigToFloat(v.value);
  if (v instanceof PyBool) return v.value;
  return undefined;
}

/** float(n) for a big int, raising CPython's OverflowError. */
export function bigToFloat(n: bigint): number {
  try {
    return intToFloat(n);
  } catch (e) {
    throw fromKernel(e);
  }
}

/** float(i) for any int value. */
export function intToDouble(i: PyInt): number {
  return typeof i === 'number' ? i : bigToFloat(i);
}

/** The one argument of a binary slot wrapper (int.__add__(self, other)): CPython's messages. */
export function oneArg(args: PyValue[], kwnames: readonly string[] | null, name: string): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 1) raise(TypeError, `expected 1 argument, got ${args.length}`);
  return args[0]!;
}

/**
 * No arguments: a slot wrapper's message for a dunder name ("expected 0 arguments, got 1"), a
 * METH_NOARGS method's for a qualified name like 'float.hex' ("float.hex() takes no arguments (1 given)").
 */
export function noArgs(args: PyValue[], kwnames: readonly string[] | null, name: string): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
  if (args.length === 0) return;
  if (name.indexOf('.') >= 0) raise(TypeError, `${name}() takes no arguments (${args.length} given)`);
  raise(TypeError, `expected 0 arguments, got ${args.length}`);
}

/** The error of a method descriptor called on the wrong kind of object. */
export function wrongSelf(name: string, owner: string, self: PyValue): never {
  const t = typeof self === 'number' ? 'int' : self.ob_type.name;
  raise(TypeError, `descriptor '${name.slice(name.lastIndexOf('.') + 1)}' requires a '${owner}' object but received a '${t}'`);
}

/**
 * Finishes a new instance of a subclass of a builtin number type: classes made by `class`
 * statements get an instance __dict__ (unless every class up to the builtin declares
 * __slots__) and their instances hold a reference to the class, as objectNew does.
 */
export function initSubclassInstance<T extends PyLong | PyFloat | import('../numbers.js').PyComplex>(o: T, cls: PyType): T {
  if (cls.hasFlag(TypeFlag.HEAPTYPE)) {
    incref(cls);
    let needsDict = false;
    for (const t of cls.mro) {
      if (!t.hasFlag(TypeFlag.HEAPTYPE)) continue;
      if (t.ns.getStr('__slots__') === undefined || t.ns.getStr('__dict__') !== undefined) { needsDict = true; break; }
    }
    if (needsDict) o.dict = new PyDict(dictType);
  }
  return o;
}

/**
 * `sys.get_int_max_str_digits()`: the digit limit of int<->str conversions in bases not a power
 * of two. The setting lives with the sys module's values (sys.set_int_max_str_digits writes it).
 */
export const intLimits = {
  get maxStrDigits(): number {
    return intMaxStrDigits.value;
  },
};

/**
 * A binary dunder of a number type: converts self and the other operand, returns NotImplemented
 * when the other is not of a kind this type handles, and applies `op` (operands swapped for the
 * reflected `__rX__` form), turning kernel errors into Python exceptions.
 */
export function binaryMethod<T>(
  name: string, selfOf: (v: PyValue, name: string) => T, otherOf: (v: PyValue) => T | undefined,
  op: (a: T, b: T) => PyValue, reflected: boolean,
): NativeMethod {
  return (self, args, kwnames) => {
    const other = oneArg(args, kwnames, name);
    const a = selfOf(self, name);
    const b = otherOf(other);
    if (b === undefined) return NotImplemented;
    try {
      return reflected ? op(b, a) : op(a, b);
    } catch (e) {
      throw fromKernel(e);
    }
  };
}
