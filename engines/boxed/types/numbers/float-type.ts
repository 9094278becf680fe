// float: arithmetic dunders (operands may be ints, converted as CPython's CONVERT_TO_DOUBLE does),
// exact comparisons with ints, conversions and rounding, hash (NaN by identity, as 3.11 does),
// repr/format, and the methods (as_integer_ratio, is_integer, hex, fromhex). float(x) is
// float.__new__ (PyNumber_Float for objects, the kernel parser for text).

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineClassMethods, defineGetSets, defineMethods, defineStatic } from '../../define.js';
import { asIndex } from '../../convert.js';
import { floatType } from '../../builtin-types.js';
import { newStr } from '../../strings.js';
import { fromKernel } from '../../kernel-errors.js';
import { KernelError } from '../../../../shared/kernels/py-error.js';
import { TypeError, ValueError } from '../exceptions.js';
import { PyBytes } from '../bytes.js';
import { bufferOf } from '../bytes/buffer.js';
import { PyStr } from '../str.js';
import { PyTuple } from '../sequences.js';
import { False, PyBool, PyComplex, PyFloat, True } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import type { NativeMethod } from '../native.js';
import { call, callUnbound } from '../../protocols/call.js';
import { repr, str as strOf } from '../../protocols/objects.js';
import { typeName } from '../../protocols/type-of.js';
import { identityHooks } from '../../identity.js';
import { PyType } from '../../type.js';
import { floatDivmod, floatFloorDiv, floatMod, floatPow, floatTrueDivide } from '../../../../shared/kernels/float-ops.js';
import { complexPow } from '../../../../shared/kernels/complex-ops.js';
import { compareIntFloat, floatAsIntegerRatio, intFromFloat } from '../../../../shared/kernels/numbers/int-float.js';
import { roundFloat, roundFloatToInt } from '../../../../shared/kernels/numbers/round.js';
import { floatFromHex, floatHex } from '../../../../shared/kernels/numbers/float-hex.js';
import { parseFloatLiteral } from '../../../../shared/kernels/numbers/parse-float.js';
import { formatFloat } from '../../../../shared/kernels/format/format-number.js';
import { floatRepr } from '../../../../shared/kernels/repr/float-repr.js';
import { HASH, hashDouble, hashToNumberOrBigint } from '../../../../shared/kernels/hash.js';
import type { PyInt } from '../../../../shared/kernels/numbers/py-int.js';
import { newClassArg } from '../new-checks.js';
import { floatOf, initSubclassInstance, intOf, intToDouble, noArgs, oneArg, pyInt, wrongSelf, binaryMethod } from './number-util.js';
import { bytesReprCut, bytesText } from './int-new.js';

type FloatOp = (a: number, b: number) => PyValue;

function self_(self: PyValue, name: string): number {
  if (self instanceof PyFloat) return self.value;
  wrongSelf(name, 'float', self);
}

const forward = (name: string, op: FloatOp): NativeMethod => binaryMethod(name, self_, floatOf, op, false);
const reflected = (name: string, op: FloatOp): NativeMethod => binaryMethod(name, self_, floatOf, op, true);

/** x ** y for floats: a complex for a negative base with a fractional exponent. */
export function floatPower(x: number, y: number): PyValue {
  const r = floatPow(x, y);
  if (r !== null) return new PyFloat(r);
  const [re, im] = complexPow([x, 0], [y, 0]);
  return new PyComplex(re, im);
}

const OPS: Record<string, FloatOp> = {
  add: (a, b) => new PyFloat(a + b),
  sub: (a, b) => new PyFloat(a - b),
  mul: (a, b) => new PyFloat(a * b),
  truediv: (a, b) => new PyFloat(floatTrueDivide(a, b)),
  floordiv: (a, b) => new PyFloat(floatFloorDiv(a, b)),
  mod: (a, b) => new PyFloat(floatMod(a, b)),
  divmod: (a, b) => {
    const [q, r] = floatDivmod(a, b);
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  },
};

function powMethod(name: string, reflect: boolean): NativeMethod {
  return (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
    if (args.length < 1 || args.length > 2) raise(TypeError, `expected 1 or 2 arguments, got ${args.length}`);
    const a = self_(self, name);
    const b = floatOf(args[0]!);
    if (b === undefined) return NotImplemented;
    if (args.length === 2 && args[1] !== None) raise(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    try {
      return reflect ? floatPower(b, a) : floatPower(a, b);
    } catch (e) {
      throw fromKernel(e);
    }
  };
}

/**
 * float <op> other: floats compare as doubles; ints exactly (never through a rounded
 * conversion: 2**53 + 1 > 2.0**53); other types NotImplemented.
 */
function compare(name: string, test: (c: number) => boolean, onNaN: boolean): NativeMethod {
  return (self, args, kwnames) => {
    const other = oneArg(args, kwnames, name);
    const a = self_(self, name);
    let c: number;
    if (other instanceof PyFloat) {
      const b = other.value;
      c = a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
    } else {
      const i = intOf(other);
      if (i === undefined) return NotImplemented;
      c = -compareIntFloat(i, a);
    }
    if (c !== c) return onNaN ? True : False;
    return test(c) ? True : False;
  };
}

function unary(name: string, fn: (x: number, self: PyValue) => PyValue): NativeMethod {
  return (self, args, kwnames) => {
    noArgs(args, kwnames, name);
    return fn(self_(self, name), self);
  };
}

/** float(self) as an exact float: self for exact floats, a copy for subclass instances. */
const exactFloat = (x: number, self: PyValue): PyValue => ((self as PyFloat).ob_type === floatType ? newref(self) : new PyFloat(x));

const toInt = (x: number): PyValue => {
  try {
    return pyInt(intFromFloat(x));
  } catch (e) {
    throw fromKernel(e);
  }
};

/** hash(x): the kernel's numeric hash, NaN by the object's identity (CPython 3.11). */
export function floatHash(x: number, self: PyValue): PyValue {
  if (!hashDouble(x)) return identityHooks.hash(self);
  return pyInt(hashToNumberOrBigint(HASH[1]!, HASH[0]!));
}

function floorCeil(x: number, f: (x: number) => number): PyValue {
  return toInt(f(x));
}

const METHODS: Record<string, NativeMethod> = {
  __add__: forward('__add__', OPS.add!),
  __radd__: reflected('__radd__', OPS.add!),
  __sub__: forward('__sub__', OPS.sub!),
  __rsub__: reflected('__rsub__', OPS.sub!),
  __mul__: forward('__mul__', OPS.mul!),
  __rmul__: reflected('__rmul__', OPS.mul!),
  __truediv__: forward('__truediv__', OPS.truediv!),
  __rtruediv__: reflected('__rtruediv__', OPS.truediv!),
  __floordiv__: forward('__floordiv__', OPS.floordiv!),
  __rfloordiv__: reflected('__rfloordiv__', OPS.floordiv!),
  __mod__: forward('__mod__', OPS.mod!),
  __rmod__: reflected('__rmod__', OPS.mod!),
  __divmod__: forward('__divmod__', OPS.divmod!),
  __rdivmod__: reflected('__rdivmod__', OPS.divmod!),
  __pow__: powMethod('__pow__', false),
  __rpow__: powMethod('__rpow__', true),

  __lt__: compare('__lt__', (c) => c < 0, false),
  __le__: compare('__le__', (c) => c <= 0, false),
  __eq__: compare('__eq__', (c) => c === 0, false),
  __ne__: compare('__ne__', (c) => c !== 0, true),
  __gt__: compare('__gt__', (c) => c > 0, false),
  __ge__: compare('__ge__', (c) => c >= 0, false),

  __neg__: unary('__neg__', (x) => new PyFloat(-x)),
  __pos__: unary('__pos__', exactFloat),
  __abs__: unary('__abs__', (x) => new PyFloat(Math.abs(x))),
  __bool__: unary('__bool__', (x) => (x !== 0 ? True : False)),
  __float__: unary('__float__', exactFloat),
  __int__: unary('__int__', toInt),
  __trunc__: unary('float.__trunc__', toInt),
  __floor__: unary('float.__floor__', (x) => floorCeil(x, Math.floor)),
  __ceil__: unary('float.__ceil__', (x) => floorCeil(x, Math.ceil)),
  __hash__: unary('__hash__', floatHash),
  __repr__: unary('__repr__', (x) => newStr(floatRepr(x))),
  __getnewargs__: unary('float.__getnewargs__', (x) => new PyTuple([new PyFloat(x)])),
  conjugate: unary('float.conjugate', exactFloat),
  is_integer: unary('float.is_integer', (x) => (Number.isInteger(x) ? True : False)),
  hex: unary('float.hex', (x) => newStr(floatHex(x))),
  as_integer_ratio: unary('float.as_integer_ratio', (x) => {
    let r: [PyInt, PyInt];
    try {
      r = floatAsIntegerRatio(x);
    } catch (e) {
      throw fromKernel(e);
    }
    return new PyTuple([pyInt(r[0]), pyInt(r[1])]);
  }),

  __round__(self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, '__round__() takes no keyword arguments');
    if (args.length > 1) raise(TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
    const x = self_(self, '__round__');
    try {
      if (args.length === 0 || args[0] === None) return pyInt(roundFloatToInt(x));
      const nd = asIndex(args[0]!);
      // CPython clips ndigits to a C ssize_t; beyond ±2^53 the kernel's answer is the same.
      const n = typeof nd === 'bigint' ? (nd < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : nd;
      return new PyFloat(roundFloat(x, n));
    } catch (e) {
      throw fromKernel(e);
    }
  },

  __format__(self, args, kwnames) {
    const spec = oneArg(args, kwnames, '__format__');
    if (!(spec instanceof PyStr)) raise(TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    const x = self_(self, '__format__');
    if (spec.value.length === 0) return newStr(strOf(self));
    try {
      return newStr(formatFloat(x, spec.value, typeName(self)));
    } catch (e) {
      throw fromKernel(e);
    }
  },
};

/** float(text) for a str. */
export function parseFloatText(text: string): number {
  try {
    return parseFloatLiteral(text);
  } catch (e) {
    throw fromKernel(e);
  }
}

/** float(b) for a bytes-like object: its bytes as text; the message shows the object's repr. */
function parseFloatBytes(b: Uint8Array, obj: PyValue): number {
  try {
    return parseFloatLiteral(bytesText(b));
  } catch (e) {
    if (e instanceof KernelError) raise(ValueError, `could not convert string to float: ${obj instanceof PyBytes ? bytesReprCut(b) : repr(obj)}`);
    throw e;
  }
}

/** float(x) (PyNumber_Float) as a double. */
export function floatValueOf(x: PyValue): number {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat && x.ob_type === floatType) return x.value;
  if (x instanceof PyBool) return x.value;
  const t = x.ob_type;
  const ff = t.lookup('__float__');
  if (ff !== null) {
    const r = callUnbound(ff, x, []);
    if (!(r instanceof PyFloat)) {
      decref(r);
      raise(TypeError, `${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    }
    const v = r.value;
    decref(r);
    return v;
  }
  if (t.lookup('__index__') !== null) return intToDouble(asIndex(x));
  if (x instanceof PyStr) return parseFloatText(x.value);
  const buffer = bufferOf(x);
  if (buffer !== null) return parseFloatBytes(buffer, x);
  raise(TypeError, `float() argument must be a string or a real number, not '${t.name}'`);
}

/** float.__new__(cls, x=0.0, /). */
function floatNew(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = newClassArg(floatType, args);
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'float() takes no keyword arguments');
  if (args.length > 2) raise(TypeError, `float expected at most 1 argument, got ${args.length - 1}`);
  if (cls === floatType) {
    if (args.length === 1) return new PyFloat(0);
    const x = args[1]!;
    if (x instanceof PyFloat && x.ob_type === floatType) return newref(x);
    return new PyFloat(floatValueOf(x));
  }
  const v = args.length === 1 ? 0 : floatValueOf(args[1]!);
  return initSubclassInstance(new PyFloat(v, cls), cls);
}

const CLASS_METHODS: Record<string, NativeMethod> = {
  fromhex(cls, args, kwnames) {
    const s = oneArg(args, kwnames, 'fromhex');
    if (!(s instanceof PyStr)) raise(TypeError, `fromhex() argument must be str, not ${typeName(s)}`);
    let x: number;
    try {
      x = floatFromHex(s.value);
    } catch (e) {
      throw fromKernel(e);
    }
    const f = new PyFloat(x);
    if (cls === floatType) return f;
    try {
      return call(cls as PyType, [f]);
    } finally {
      decref(f);
    }
  },
  __getformat__(_cls, args, kwnames) {
    const s = oneArg(args, kwnames, '__getformat__');
    if (!(s instanceof PyStr)) raise(TypeError, `__getformat__() argument must be str, not ${typeName(s)}`);
    if (s.value !== 'double' && s.value !== 'float') raise(ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return newStr('IEEE, little-endian');
  },
};

export function installFloatType(): void {
  defineStatic(floatType, '__new__', floatNew);
  defineMethods(floatType, METHODS);
  defineClassMethods(floatType, CLASS_METHODS);
  defineGetSets(floatType, {
    real: (self) => exactFloat(self_(self, 'real'), self),
    imag: () => new PyFloat(0),
  });
}

