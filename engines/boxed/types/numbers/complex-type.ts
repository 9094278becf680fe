// complex: arithmetic with complex, float and int operands (each converted as CPython's
// to_complex does), == and != only, hash (a NaN part hashed by identity, as 3.11 does),
// repr/format, conjugate, real/imag, and complex(real, imag) / complex(text) as complex_new.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineMethods, defineReadonlyMembers, defineStatic } from '../../define.js';
import { parseArgs } from '../../args.js';
import { complexType } from '../../builtin-types.js';
import { newStr } from '../../strings.js';
import { fromKernel } from '../../kernel-errors.js';
import { OverflowError, TypeError, ValueError } from '../exceptions.js';
import { PyStr } from '../str.js';
import { PyTuple } from '../sequences.js';
import { False, PyComplex, PyFloat, True } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import type { NativeMethod } from '../native.js';
import { callUnbound } from '../../protocols/call.js';
import { str as strOf } from '../../protocols/objects.js';
import { typeName } from '../../protocols/type-of.js';
import { identityHooks } from '../../identity.js';
import { complexAdd, complexDiv, complexMul, complexPow, complexSub, type Complex } from '../../../../shared/kernels/complex-ops.js';
import { compareIntFloat } from '../../../../shared/kernels/numbers/int-float.js';
import { formatComplex } from '../../../../shared/kernels/format/format-number.js';
import { complexRepr } from '../../../../shared/kernels/repr/complex-repr.js';
import { strRepr } from '../../../../shared/kernels/repr/str-repr.js';
import { HASH, hashComplexParts, hashDouble, hashToNumberOrBigint } from '../../../../shared/kernels/hash.js';
import { newClassArg } from '../new-checks.js';
import { floatOf, initSubclassInstance, intOf, noArgs, oneArg, pyInt, wrongSelf } from './number-util.js';
import { floatValueOf } from './float-type.js';
import { parseComplexText } from './complex-parse.js';

type ComplexOp = (a: Complex, b: Complex) => Complex;

function self_(self: PyValue, name: string): Complex {
  if (self instanceof PyComplex) return [self.real, self.imag];
  wrongSelf(name, 'complex', self);
}

/** An operand as a complex: complex, float or int (OverflowError for huge ints); else undefined. */
function complexOf(v: PyValue): Complex | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  const x = floatOf(v);
  return x === undefined ? undefined : [x, 0];
}

const result = (c: Complex): PyComplex => new PyComplex(c[0], c[1]);

function forward(name: string, op: ComplexOp): NativeMethod {
  return (self, args, kwnames) => {
    const other = oneArg(args, kwnames, name);
    const a = self_(self, name);
    const b = complexOf(other);
    if (b === undefined) return NotImplemented;
    try {
      return result(op(a, b));
    } catch (e) {
      throw fromKernel(e);
    }
  };
}

function reflected(name: string, op: ComplexOp): NativeMethod {
  return (self, args, kwnames) => {
    const other = oneArg(args, kwnames, name);
    const a = self_(self, name);
    const b = complexOf(other);
    if (b === undefined) return NotImplemented;
    try {
      return result(op(b, a));
    } catch (e) {
      throw fromKernel(e);
    }
  };
}

function powMethod(name: string, reflect: boolean): NativeMethod {
  return (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
    if (args.length < 1 || args.length > 2) raise(TypeError, `expected 1 or 2 arguments, got ${args.length}`);
    const a = self_(self, name);
    const b = complexOf(args[0]!);
    if (b === undefined) return NotImplemented;
    if (args.length === 2 && args[1] !== None) raise(ValueError, 'complex modulo');
    try {
      return result(reflect ? complexPow(b, a) : complexPow(a, b));
    } catch (e) {
      throw fromKernel(e);
    }
  };
}

/** complex == other: ints compare exactly with the real part when the imaginary part is 0. */
function equals(self: PyValue, other: PyValue, name: string): boolean | undefined {
  const [re, im] = self_(self, name);
  if (other instanceof PyComplex) return re === other.real && im === other.imag;
  if (other instanceof PyFloat) return re === other.value && im === 0;
  const i = intOf(other);
  if (i === undefined) return undefined;
  return im === 0 && compareIntFloat(i, re) === 0;
}

const notImplemented: NativeMethod = (_self, args, kwnames) => {
  oneArg(args, kwnames, 'comparison');
  return NotImplemented;
};

function unary(name: string, fn: (c: Complex, self: PyValue) => PyValue): NativeMethod {
  return (self, args, kwnames) => {
    noArgs(args, kwnames, name);
    return fn(self_(self, name), self);
  };
}

/** The 64-bit hash of one part as a bigint: the float hash, or the object's identity hash for NaN. */
function partHash(x: number, self: PyValue): bigint {
  if (hashDouble(x)) return (BigInt(HASH[1]!) << 32n) | BigInt(HASH[0]! >>> 0);
  const h = identityHooks.hash(self);
  const n = typeof h === 'number' ? BigInt(h) : (h as unknown as { value: bigint }).value;
  decref(h);
  return n;
}

/** hash(z) = hash(re) + 1000003 * hash(im) in 64-bit arithmetic, -1 becoming -2. */
export function complexHash(c: Complex, self: PyValue): PyValue {
  if (hashComplexParts(c[0], c[1])) return pyInt(hashToNumberOrBigint(HASH[1]!, HASH[0]!));
  let h = BigInt.asIntN(64, partHash(c[0], self) + 1000003n * partHash(c[1], self));
  if (h === -1n) h = -2n;
  return pyInt(hashToNumberOrBigint(Number(BigInt.asIntN(32, h >> 32n)), Number(BigInt.asIntN(32, h))));
}

const exactComplex = (c: Complex, self: PyValue): PyValue =>
  ((self as PyComplex).ob_type === complexType ? newref(self) : new PyComplex(c[0], c[1]));

const METHODS: Record<string, NativeMethod> = {
  __add__: forward('__add__', complexAdd),
  __radd__: reflected('__radd__', complexAdd),
  __sub__: forward('__sub__', complexSub),
  __rsub__: reflected('__rsub__', complexSub),
  __mul__: forward('__mul__', complexMul),
  __rmul__: reflected('__rmul__', complexMul),
  __truediv__: forward('__truediv__', complexDiv),
  __rtruediv__: reflected('__rtruediv__', complexDiv),
  __pow__: powMethod('__pow__', false),
  __rpow__: powMethod('__rpow__', true),

  __eq__(self, args, kwnames) {
    const r = equals(self, oneArg(args, kwnames, '__eq__'), '__eq__');
    return r === undefined ? NotImplemented : r ? True : False;
  },
  __ne__(self, args, kwnames) {
    const r = equals(self, oneArg(args, kwnames, '__ne__'), '__ne__');
    return r === undefined ? NotImplemented : r ? False : True;
  },
  __lt__: notImplemented,
  __le__: notImplemented,
  __gt__: notImplemented,
  __ge__: notImplemented,

  __neg__: unary('__neg__', (c) => new PyComplex(-c[0], -c[1])),
  __pos__: unary('__pos__', exactComplex),
  __abs__: unary('__abs__', (c) => {
    const r = Math.hypot(c[0], c[1]);
    if (r === Infinity && isFinite(c[0]) && isFinite(c[1])) raise(OverflowError, 'absolute value too large');
    return new PyFloat(r);
  }),
  __bool__: unary('__bool__', (c) => (c[0] !== 0 || c[1] !== 0 ? True : False)),
  __hash__: unary('__hash__', complexHash),
  __repr__: unary('__repr__', (c) => newStr(complexRepr(c[0], c[1]))),
  __getnewargs__: unary('complex.__getnewargs__', (c) => new PyTuple([new PyFloat(c[0]), new PyFloat(c[1])])),
  __complex__: unary('complex.__complex__', exactComplex),
  conjugate: unary('complex.conjugate', (c) => new PyComplex(c[0], -c[1])),

  __format__(self, args, kwnames) {
    const spec = oneArg(args, kwnames, '__format__');
    if (!(spec instanceof PyStr)) raise(TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    const [re, im] = self_(self, '__format__');
    if (spec.value.length === 0) return newStr(strOf(self));
    try {
      return newStr(formatComplex(re, im, spec.value, typeName(self)));
    } catch (e) {
      throw fromKernel(e);
    }
  },
};

/** The value of __complex__ when the type has one (it must return a complex), else undefined. */
function complexSpecial(v: PyValue): Complex | undefined {
  if (typeof v === 'number') return undefined;
  const f = v.ob_type.lookup('__complex__');
  if (f === null) return undefined;
  const r = callUnbound(f, v, []);
  if (!(r instanceof PyComplex)) {
    decref(r);
    raise(TypeError, `__complex__ returned non-complex (type ${typeName(r)})`);
  }
  const c: Complex = [r.real, r.imag];
  decref(r);
  return c;
}

function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || v instanceof PyComplex) return true;
  const t = v.ob_type;
  return t.lookup('__float__') !== null || t.lookup('__index__') !== null;
}

const COMPLEX_PARAMS = { names: ['real', 'imag'], required: 0 };

/** complex(real=0, imag=0) as [re, im] (complex_new). */
function complexValue(r: PyValue | undefined, i: PyValue | undefined): Complex {
  if (r === undefined) r = 0;
  if (r instanceof PyStr) {
    if (i !== undefined) raise(TypeError, "complex() can't take second arg if first is a string");
    const c = parseComplexText(r.value);
    if (c === 'malformed') raise(ValueError, 'complex() arg is a malformed string');
    if (c === 'underscore') raise(ValueError, `could not convert string to complex: ${strRepr(r.value)}`);
    return c;
  }
  if (i instanceof PyStr) raise(TypeError, "complex() second arg can't be a string");
  let cr = complexSpecial(r);
  let crIsComplex = cr !== undefined;
  if (cr === undefined) {
    if (!isNumber(r)) raise(TypeError, `complex() first argument must be a string or a number, not '${typeName(r)}'`);
  }
  if (i !== undefined && !isNumber(i)) raise(TypeError, `complex() second argument must be a number, not '${typeName(i)}'`);
  if (cr === undefined) {
    if (r instanceof PyComplex) {
      cr = [r.real, r.imag];
      crIsComplex = true;
    } else {
      cr = [floatValueOf(r), 0];
    }
  }
  let ci: Complex;
  let ciIsComplex = false;
  if (i === undefined) ci = [cr[1], 0];
  else if (i instanceof PyComplex) {
    ci = [i.real, i.imag];
    ciIsComplex = true;
  } else {
    ci = [floatValueOf(i), 0];
  }
  let re = cr[0];
  let im = ci[0];
  if (ciIsComplex) re -= ci[1];
  if (crIsComplex && i !== undefined) im += cr[1];
  return [re, im];
}

/** complex.__new__(cls, real=0, imag=0). */
function complexNew(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = newClassArg(complexType, args);
  const rest = args.slice(1);
  const [r, i] = kwnames === null && rest.length <= 2 ? rest : parseArgs('complex', rest, kwnames, COMPLEX_PARAMS);
  if (cls === complexType && i === undefined && r instanceof PyComplex && r.ob_type === complexType) return newref(r);
  const [re, im] = complexValue(r, i);
  if (cls === complexType) return new PyComplex(re, im);
  return initSubclassInstance(new PyComplex(re, im, cls), cls);
}

export function installComplexType(): void {
  defineStatic(complexType, '__new__', complexNew);
  defineMethods(complexType, METHODS);
  defineReadonlyMembers(complexType, {
    real: (self) => new PyFloat(self_(self, 'real')[0]),
    imag: (self) => new PyFloat(self_(self, 'imag')[1]),
  });
}
