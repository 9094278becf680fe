// Python's operators applied to constants (PyConstant values from the AST):
// the object-level dispatch CPython does through its number and sequence
// slots, restricted to the types a constant can have. bool counts as int,
// mixed numbers widen int -> float -> complex, sequences concatenate and
// repeat. The arithmetic itself lives in shared/kernels; a failing operation
// throws the KernelError Python would raise (TypeError for unsupported operand
// types), which the folder takes as "leave the expression alone".

import {
  PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple,
  type OperatorKind, type PyConstant, type UnaryOpKind,
} from '../../ast/nodes.js';
import {
  complexAdd, complexDiv, complexMul, complexNeg, complexPow, complexSub, type Complex,
} from '../../kernels/complex-ops.js';
import { floatFloorDiv, floatMod, floatPow, floatTrueDivide } from '../../kernels/float-ops.js';
import {
  intFloorDiv, intLShift, intMod, intRShift, intToFloat, intTrueDivide,
} from '../../kernels/int-ops.js';
import { raise } from '../../kernels/py-error.js';
import { strCharAt, strConcat, strLength, strRepeat, type PyStr } from '../../kernels/py-str.js';

/** The Python type of a constant, as dispatch needs it. */
export type ConstKind =
  | 'NoneType' | 'bool' | 'int' | 'float' | 'complex' | 'str' | 'bytes' | 'tuple' | 'frozenset' | 'ellipsis';

export function constKind(v: PyConstant): ConstKind {
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
    case 'symbol': return 'ellipsis';
  }
  if (v === null) return 'NoneType';
  if (v instanceof PyStrCodePoints) return 'str';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyFrozenset) return 'frozenset';
  throw new TypeError(`not a constant: ${String(v)}`);
}

const isIntLike = (k: ConstKind): boolean => k === 'int' || k === 'bool';
const NUMERIC_RANK: Partial<Record<ConstKind, number>> = { bool: 0, int: 0, float: 1, complex: 2 };

/** An int or bool as bigint. */
export function asBigint(v: PyConstant): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : (v as bigint);
}

function asFloat(v: PyConstant): number {
  return typeof v === 'number' ? v : intToFloat(asBigint(v));
}

function asComplex(v: PyConstant): Complex {
  return v instanceof PyComplex ? [v.real, v.imag] : [asFloat(v), 0];
}

const complexValue = (c: Complex): PyComplex => new PyComplex(c[0], c[1]);

/** The symbols CPython's TypeError messages use for each operator. */
const OPERATOR_SYMBOLS: Record<OperatorKind, string> = {
  Add: '+', Sub: '-', Mult: '*', MatMult: '@', Div: '/', Mod: '%', Pow: '** or pow()',
  LShift: '<<', RShift: '>>', BitOr: '|', BitXor: '^', BitAnd: '&', FloorDiv: '//',
};

function unsupported(op: OperatorKind, a: ConstKind, b: ConstKind): never {
  raise('TypeError', `unsupported operand type(s) for ${OPERATOR_SYMBOLS[op]}: '${a}' and '${b}'`);
}

type IntOp = (a: bigint, b: bigint) => PyConstant;
type FloatOp = (a: number, b: number) => PyConstant;
type ComplexOp = (a: Complex, b: Complex) => PyConstant;

/** Each operator's meaning per numeric level; a missing entry is a TypeError at that level. */
const NUMERIC_OPS: Record<OperatorKind, { int?: IntOp; float?: FloatOp; complex?: ComplexOp }> = {
  Add: { int: (a, b) => a + b, float: (a, b) => a + b, complex: (a, b) => complexValue(complexAdd(a, b)) },
  Sub: { int: (a, b) => a - b, float: (a, b) => a - b, complex: (a, b) => complexValue(complexSub(a, b)) },
  Mult: { int: (a, b) => a * b, float: (a, b) => a * b, complex: (a, b) => complexValue(complexMul(a, b)) },
  Div: { int: intTrueDivide, float: floatTrueDivide, complex: (a, b) => complexValue(complexDiv(a, b)) },
  FloorDiv: { int: intFloorDiv, float: floatFloorDiv },
  Mod: { int: intMod, float: floatMod },
  Pow: { int: intPow, float: pyFloatPow, complex: (a, b) => complexValue(complexPow(a, b)) },
  LShift: { int: intLShift },
  RShift: { int: intRShift },
  BitAnd: { int: (a, b) => a & b },
  BitOr: { int: (a, b) => a | b },
  BitXor: { int: (a, b) => a ^ b },
  MatMult: {},
};

/** Bitwise operators keep bool when both operands are bool. */
const BOOL_OPS: Partial<Record<OperatorKind, (a: boolean, b: boolean) => boolean>> = {
  BitAnd: (a, b) => a && b,
  BitOr: (a, b) => a || b,
  BitXor: (a, b) => a !== b,
};

/** int ** int: a negative exponent makes it a float power. */
function intPow(a: bigint, b: bigint): PyConstant {
  if (b >= 0n) return a ** b;
  return pyFloatPow(intToFloat(a), intToFloat(b));
}

/** float ** float, going complex where Python does. */
function pyFloatPow(a: number, b: number): PyConstant {
  const r = floatPow(a, b);
  return r === null ? complexValue(complexPow([a, 0], [b, 0])) : r;
}

/** `a op b` as Python evaluates it for two constants. */
export function binaryOp(op: OperatorKind, a: PyConstant, b: PyConstant): PyConstant {
  const ka = constKind(a);
  const kb = constKind(b);
  const ra = NUMERIC_RANK[ka];
  const rb = NUMERIC_RANK[kb];
  if (ra !== undefined && rb !== undefined) return numericOp(op, a, b, ka, kb, Math.max(ra, rb));
  return sequenceOp(op, a, b, ka, kb);
}

function numericOp(op: OperatorKind, a: PyConstant, b: PyConstant, ka: ConstKind, kb: ConstKind, rank: number): PyConstant {
  const boolOp = BOOL_OPS[op];
  if (boolOp && ka === 'bool' && kb === 'bool') return boolOp(a as boolean, b as boolean);
  const ops = NUMERIC_OPS[op];
  if (rank === 0 && ops.int) return ops.int(asBigint(a), asBigint(b));
  if (rank === 1 && ops.float) return ops.float(asFloat(a), asFloat(b));
  if (rank === 2 && ops.complex) return ops.complex(asComplex(a), asComplex(b));
  return unsupported(op, ka, kb);
}

function sequenceOp(op: OperatorKind, a: PyConstant, b: PyConstant, ka: ConstKind, kb: ConstKind): PyConstant {
  if (op === 'Add' && ka === kb) return concat(a, b, ka);
  if (op === 'Mult' && isSequence(ka) && isIntLike(kb)) return repeat(a, ka, repeatCount(asBigint(b)));
  if (op === 'Mult' && isSequence(kb) && isIntLike(ka)) return repeat(b, kb, repeatCount(asBigint(a)));
  return unsupported(op, ka, kb);
}

const isSequence = (k: ConstKind): boolean => k === 'str' || k === 'bytes' || k === 'tuple';

function concat(a: PyConstant, b: PyConstant, k: ConstKind): PyConstant {
  if (k === 'str') return strConcat(a as PyStr, b as PyStr);
  if (k === 'bytes') {
    const x = (a as PyBytes).bytes;
    const y = (b as PyBytes).bytes;
    const out = new Uint8Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return new PyBytes(out);
  }
  if (k === 'tuple') return new PyTuple([...(a as PyTuple).items, ...(b as PyTuple).items]);
  return unsupported('Add', k, k);
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** A repeat count as CPython takes it: it must fit a Py_ssize_t. */
function repeatCount(n: bigint): number {
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) raise('OverflowError', "cannot fit 'int' into an index-sized integer");
  return n <= 0n ? 0 : Number(n);
}

function repeat(seq: PyConstant, k: ConstKind, n: number): PyConstant {
  const size = sequenceLength(seq);
  if (size === 0 || n === 0) return emptyLike(k);
  if (size * n > 0x7fffffff) raise('OverflowError', 'repeated sequence is too long');
  if (k === 'str') return strRepeat(seq as PyStr, n);
  if (k === 'bytes') {
    const src = (seq as PyBytes).bytes;
    const out = new Uint8Array(src.length * n);
    for (let i = 0; i < n; i++) out.set(src, i * src.length);
    return new PyBytes(out);
  }
  const items = (seq as PyTuple).items;
  const out: PyConstant[] = [];
  for (let i = 0; i < n; i++) out.push(...items);
  return new PyTuple(out);
}

function emptyLike(k: ConstKind): PyConstant {
  return k === 'str' ? '' : k === 'bytes' ? new PyBytes(new Uint8Array(0)) : new PyTuple([]);
}

/** len() of a str, bytes, tuple or frozenset constant. */
export function sequenceLength(v: PyConstant): number {
  if (typeof v === 'string' || v instanceof PyStrCodePoints) return strLength(v);
  if (v instanceof PyBytes) return v.bytes.length;
  if (v instanceof PyTuple || v instanceof PyFrozenset) return v.items.length;
  throw new TypeError('not a sized constant');
}

/** `container[index]` for constants. */
export function subscript(container: PyConstant, index: PyConstant): PyConstant {
  const k = constKind(container);
  if (!isSequence(k)) raise('TypeError', `'${k}' object is not subscriptable`);
  const ki = constKind(index);
  if (!isIntLike(ki)) raise('TypeError', `${k} indices must be integers or slices, not ${ki}`);
  let i = asBigint(index);
  if (i > SSIZE_MAX || i < -SSIZE_MAX - 1n) raise('IndexError', "cannot fit 'int' into an index-sized integer");
  const size = BigInt(sequenceLength(container));
  if (i < 0n) i += size;
  if (i < 0n || i >= size) raise('IndexError', `${k === 'str' ? 'string' : k} index out of range`);
  const at = Number(i);
  if (k === 'str') return strCharAt(container as PyStr, at);
  if (k === 'bytes') return BigInt((container as PyBytes).bytes[at]!);
  return (container as PyTuple).items[at]!;
}

/** bool(v). */
export function truthy(v: PyConstant): boolean {
  switch (constKind(v)) {
    case 'NoneType': return false;
    case 'bool': return v as boolean;
    case 'int': return v !== 0n;
    case 'float': return v !== 0;
    case 'complex': return (v as PyComplex).real !== 0 || (v as PyComplex).imag !== 0;
    case 'ellipsis': return true;
    default: return sequenceLength(v) !== 0;
  }
}

const UNARY_SYMBOLS: Record<UnaryOpKind, string> = { Invert: '~', Not: 'not', UAdd: '+', USub: '-' };

/** `op v` for a constant. */
export function unaryOp(op: UnaryOpKind, v: PyConstant): PyConstant {
  if (op === 'Not') return !truthy(v);
  const k = constKind(v);
  if (isIntLike(k)) {
    const n = asBigint(v);
    return op === 'Invert' ? ~n : op === 'USub' ? -n : n;
  }
  if (k === 'float' && op !== 'Invert') return op === 'USub' ? -(v as number) : v;
  if (k === 'complex' && op !== 'Invert') {
    const c = v as PyComplex;
    return op === 'USub' ? complexValue(complexNeg([c.real, c.imag])) : v;
  }
  return raise('TypeError', `bad operand type for unary ${UNARY_SYMBOLS[op]}: '${k}'`);
}
