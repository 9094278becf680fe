// int: arithmetic and bitwise dunders (each with its reflected form), comparisons, conversions,
// hash, repr/format and the methods (bit_length, to_bytes, from_bytes, ...). The values are
// PyInts (a safe-integer number or a bigint) and every operation is a shared kernel; results
// of exact-int type are canonical (a JS number when safe), whatever the operands' subclass.
// Operands of other types give NotImplemented, so float/complex reflected methods take over.

import { decref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineClassMethods, defineGetSets, defineMethods } from '../../define.js';
import { parseArgs } from '../../args.js';
import { asIndex } from '../../convert.js';
import { bytesType, intType } from '../../builtin-types.js';
import { newStr } from '../../strings.js';
import { fromKernel } from '../../kernel-errors.js';
import { OverflowError, TypeError, ValueError } from '../exceptions.js';
import { PyBytes, PyByteArray } from '../bytes.js';
import { PyStr } from '../str.js';
import { PyTuple } from '../sequences.js';
import { False, PyFloat, True } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import type { NativeMethod } from '../native.js';
import { call } from '../../protocols/call.js';
import { toArray } from '../../protocols/iteration.js';
import { str as strOf, truthy } from '../../protocols/objects.js';
import { hashHooks } from '../../protocols/hash-hooks.js';
import { typeName } from '../../protocols/type-of.js';
import type { PyType } from '../../type.js';
import { addInt, divmodInt, floorDivInt, modInt, mulInt, subInt, negInt, absInt } from '../../../../shared/kernels/numbers/int-arith.js';
import { andInt, bitCountInt, bitLengthInt, invertInt, lshiftInt, orInt, rshiftInt, xorInt } from '../../../../shared/kernels/numbers/int-bits.js';
import { trueDivInt } from '../../../../shared/kernels/numbers/int-float.js';
import { powInt, powModInt } from '../../../../shared/kernels/numbers/int-pow.js';
import { intToDecimalString } from '../../../../shared/kernels/numbers/int-string.js';
import { intFromBytes, intToBytes } from '../../../../shared/kernels/numbers/int-bytes.js';
import { roundInt } from '../../../../shared/kernels/numbers/round.js';
import { formatInt } from '../../../../shared/kernels/format/format-number.js';
import type { PyInt } from '../../../../shared/kernels/numbers/py-int.js';
import { intLimits, intOf, intToDouble, noArgs, oneArg, pyInt, wrongSelf, binaryMethod } from './number-util.js';

type IntOp = (a: PyInt, b: PyInt) => PyValue;

/** The int value of self, or the wrong-descriptor TypeError. */
function self_(self: PyValue, name: string): PyInt {
  const v = intOf(self);
  if (v === undefined) wrongSelf(name, 'int', self);
  return v;
}

const forward = (name: string, op: IntOp): NativeMethod => binaryMethod(name, self_, intOf, op, false);
const reflected = (name: string, op: IntOp): NativeMethod => binaryMethod(name, self_, intOf, op, true);

/** a ** b: an int for b >= 0, a float for b < 0. */
export function intPow(a: PyInt, b: PyInt): PyValue {
  const r = powInt(a, b);
  if (b < 0) return new PyFloat(r as number);
  return pyInt(r);
}

const OPS: Record<string, IntOp> = {
  add: (a, b) => pyInt(addInt(a, b)),
  sub: (a, b) => pyInt(subInt(a, b)),
  mul: (a, b) => pyInt(mulInt(a, b)),
  floordiv: (a, b) => pyInt(floorDivInt(a, b)),
  mod: (a, b) => pyInt(modInt(a, b)),
  divmod: (a, b) => {
    const [q, r] = divmodInt(a, b);
    return new PyTuple([pyInt(q), pyInt(r)]);
  },
  truediv: (a, b) => new PyFloat(trueDivInt(a, b)),
  lshift: (a, b) => pyInt(lshiftInt(a, b)),
  rshift: (a, b) => pyInt(rshiftInt(a, b)),
  and: (a, b) => pyInt(andInt(a, b)),
  or: (a, b) => pyInt(orInt(a, b)),
  xor: (a, b) => pyInt(xorInt(a, b)),
};

/** int.__pow__(self, other, mod=None) and __rpow__ (reflected: other ** self). */
function powMethod(name: string, reflect: boolean): NativeMethod {
  return (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
    if (args.length < 1 || args.length > 2) raise(TypeError, `expected 1 or 2 arguments, got ${args.length}`);
    const a = self_(self, name);
    const b = intOf(args[0]!);
    if (b === undefined) return NotImplemented;
    const m = args.length === 2 ? args[1]! : None;
    const [x, y] = reflect ? [b, a] : [a, b];
    try {
      if (m === None) return intPow(x, y);
      const mv = intOf(m);
      if (mv === undefined) return NotImplemented;
      return pyInt(powModInt(x, y, mv));
    } catch (e) {
      throw fromKernel(e);
    }
  };
}

/** Three-way comparison of two canonical ints (JS compares number with bigint exactly). */
function compare(name: string, test: (a: PyInt, b: PyInt) => boolean): NativeMethod {
  return (self, args, kwnames) => {
    const other = oneArg(args, kwnames, name);
    const a = self_(self, name);
    const b = intOf(other);
    if (b === undefined) return NotImplemented;
    return test(a, b) ? True : False;
  };
}

/** A unary method returning an int computed from self's value. */
function unary(name: string, fn: (a: PyInt) => PyValue): NativeMethod {
  return (self, args, kwnames) => {
    noArgs(args, kwnames, name);
    return fn(self_(self, name));
  };
}

/** int(self) as an exact int: self itself for exact ints, a copy for subclasses and bools. */
const exact = (a: PyInt): PyValue => pyInt(a);

/** hash(i): the value modulo 2^61 - 1 with its sign, -1 becoming -2. */
export function intHash(a: PyInt): PyValue {
  if (typeof a === 'number') return a === -1 ? -2 : a;
  return pyInt(hashHooks.hashBigInt(a));
}

/** str(i) with the 4300-digit limit of sys.set_int_max_str_digits(). */
export function intToString(a: PyInt): string {
  if (typeof a === 'number') return String(a);
  try {
    return intToDecimalString(a, intLimits.maxStrDigits);
  } catch (e) {
    throw fromKernel(e);
  }
}

/** int.__sizeof__: a 24-byte header and 4 bytes per 30-bit digit, at least one (3.11). */
function intSizeof(a: PyInt): number {
  return 24 + 4 * Math.max(1, Math.ceil(bitLengthInt(a) / 30));
}

const TO_BYTES = { names: ['length', 'byteorder', 'signed'], required: 0, maxPositional: 2 };
const FROM_BYTES = { names: ['bytes', 'byteorder', 'signed'], required: 1, maxPositional: 2 };

function byteorderArg(fname: string, v: PyValue | undefined): string {
  if (v === undefined) return 'big';
  if (v instanceof PyStr) return v.value;
  raise(TypeError, `${fname}() argument 'byteorder' must be str, not ${typeName(v)}`);
}

/** The bytes of from_bytes' argument: a bytes-like object, or an iterable of ints in range(256). */
function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.value;
  if (v instanceof PyStr) raise(TypeError, `cannot convert 'str' object to bytes`);
  if (typeof v !== 'number' && v.ob_type.lookup('__bytes__') !== null) {
    const b = call(bytesType, [v]);
    const out = (b as PyBytes).value;
    decref(b);
    return out;
  }
  if (typeof v === 'number' || v.ob_type.lookup('__iter__') === null && v.ob_type.lookup('__getitem__') === null) {
    raise(TypeError, `cannot convert '${typeName(v)}' object to bytes`);
  }
  const items = toArray(v);
  const out = new Uint8Array(items.length);
  try {
    for (let i = 0; i < items.length; i++) {
      const n = asIndex(items[i]!);
      if (n < 0 || n > 255) raise(ValueError, 'bytes must be in range(0, 256)');
      out[i] = Number(n);
    }
  } finally {
    for (const item of items) decref(item);
  }
  return out;
}

const METHODS: Record<string, NativeMethod> = {
  __add__: forward('__add__', OPS.add!),
  __radd__: reflected('__radd__', OPS.add!),
  __sub__: forward('__sub__', OPS.sub!),
  __rsub__: reflected('__rsub__', OPS.sub!),
  __mul__: forward('__mul__', OPS.mul!),
  __rmul__: reflected('__rmul__', OPS.mul!),
  __floordiv__: forward('__floordiv__', OPS.floordiv!),
  __rfloordiv__: reflected('__rfloordiv__', OPS.floordiv!),
  __mod__: forward('__mod__', OPS.mod!),
  __rmod__: reflected('__rmod__', OPS.mod!),
  __divmod__: forward('__divmod__', OPS.divmod!),
  __rdivmod__: reflected('__rdivmod__', OPS.divmod!),
  __truediv__: forward('__truediv__', OPS.truediv!),
  __rtruediv__: reflected('__rtruediv__', OPS.truediv!),
  __pow__: powMethod('__pow__', false),
  __rpow__: powMethod('__rpow__', true),
  __lshift__: forward('__lshift__', OPS.lshift!),
  __rlshift__: reflected('__rlshift__', OPS.lshift!),
  __rshift__: forward('__rshift__', OPS.rshift!),
  __rrshift__: reflected('__rrshift__', OPS.rshift!),
  __and__: forward('__and__', OPS.and!),
  __rand__: reflected('__rand__', OPS.and!),
  __or__: forward('__or__', OPS.or!),
  __ror__: reflected('__ror__', OPS.or!),
  __xor__: forward('__xor__', OPS.xor!),
  __rxor__: reflected('__rxor__', OPS.xor!),

  __lt__: compare('__lt__', (a, b) => a < b),
  __le__: compare('__le__', (a, b) => a <= b),
  __eq__: compare('__eq__', (a, b) => a === b),
  __ne__: compare('__ne__', (a, b) => a !== b),
  __gt__: compare('__gt__', (a, b) => a > b),
  __ge__: compare('__ge__', (a, b) => a >= b),

  __neg__: unary('__neg__', (a) => pyInt(negInt(a))),
  __pos__: unary('__pos__', exact),
  __abs__: unary('__abs__', (a) => pyInt(absInt(a))),
  __invert__: unary('__invert__', (a) => pyInt(invertInt(a))),
  __bool__: unary('__bool__', (a) => (a === 0 ? False : True)),
  __int__: unary('__int__', exact),
  __index__: unary('__index__', exact),
  __trunc__: unary('int.__trunc__', exact),
  __floor__: unary('int.__floor__', exact),
  __ceil__: unary('int.__ceil__', exact),
  __float__: unary('__float__', (a) => new PyFloat(intToDouble(a))),
  __hash__: unary('__hash__', intHash),
  __repr__: unary('__repr__', (a) => newStr(intToString(a))),
  __getnewargs__: unary('int.__getnewargs__', (a) => new PyTuple([pyInt(a)])),
  __sizeof__: unary('int.__sizeof__', intSizeof),
  conjugate: unary('int.conjugate', exact),
  bit_length: unary('int.bit_length', (a) => bitLengthInt(a)),
  bit_count: unary('int.bit_count', (a) => bitCountInt(a)),
  as_integer_ratio: unary('int.as_integer_ratio', (a) => new PyTuple([pyInt(a), 1])),

  __round__(self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, '__round__() takes no keyword arguments');
    if (args.length > 1) raise(TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
    const a = self_(self, '__round__');
    if (args.length === 0 || args[0] === None) return pyInt(a);
    const nd = asIndex(args[0]!);
    if (nd >= 0) return pyInt(a);
    // Any ndigits below -(digits of a) rounds to 0; clamp huge ones so the kernel sees a number.
    const k = typeof nd === 'bigint' ? -1e9 : Math.max(nd, -1e9);
    try {
      return pyInt(roundInt(a, k));
    } catch (e) {
      throw fromKernel(e);
    }
  },

  __format__(self, args, kwnames) {
    const spec = oneArg(args, kwnames, '__format__');
    if (!(spec instanceof PyStr)) raise(TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    const a = self_(self, '__format__');
    if (spec.value.length === 0) return newStr(strOf(self));
    try {
      return newStr(formatInt(a, spec.value, typeName(self), intLimits.maxStrDigits));
    } catch (e) {
      throw fromKernel(e);
    }
  },

  to_bytes(self, args, kwnames) {
    const a = self_(self, 'to_bytes');
    const [lengthArg, orderArg, signedArg] = parseArgs('to_bytes', args, kwnames, TO_BYTES);
    let length = 1;
    if (lengthArg !== undefined) {
      const n = asIndex(lengthArg);
      if (typeof n === 'bigint') {
        if (n < 0n) raise(ValueError, 'length argument must be non-negative');
        raise(OverflowError, 'Python int too large to convert to C ssize_t');
      }
      length = n;
    }
    const order = byteorderArg('to_bytes', orderArg);
    const signed = signedArg !== undefined && truthy(signedArg);
    try {
      return new PyBytes(intToBytes(a, length, order, signed));
    } catch (e) {
      throw fromKernel(e);
    }
  },
};

const CLASS_METHODS: Record<string, NativeMethod> = {
  from_bytes(cls, args, kwnames) {
    const [bytesArg, orderArg, signedArg] = parseArgs('from_bytes', args, kwnames, FROM_BYTES);
    const order = byteorderArg('from_bytes', orderArg);
    const signed = signedArg !== undefined && truthy(signedArg);
    const data = bytesOf(bytesArg!);
    let value: PyValue;
    try {
      value = pyInt(intFromBytes(data, order, signed));
    } catch (e) {
      throw fromKernel(e);
    }
    if (cls === intType) return value;
    try {
      return call(cls as PyType, [value]);
    } finally {
      decref(value);
    }
  },
};

export function installIntType(): void {
  defineMethods(intType, METHODS);
  defineClassMethods(intType, CLASS_METHODS);
  defineGetSets(intType, {
    real: (self) => pyInt(self_(self, 'real')),
    imag: () => 0,
    numerator: (self) => pyInt(self_(self, 'numerator')),
    denominator: () => 1,
  });
}
