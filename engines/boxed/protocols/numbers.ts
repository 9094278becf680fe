// Binary and unary operators on any values: CPython's binary_op1 with reflected operands,
// in-place forms falling back to binary ones, and the sequence fallbacks (str + int's
// "can only concatenate" message, "can't multiply sequence by non-int").
//
// The VM tries its own fast paths (two small ints, two floats, two strs) before calling here.

import { type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { bytearrayType, bytesType, listType, strType, tupleType } from '../builtin-types.js';
import { NotImplemented } from '../types/singletons.js';
import { TypeError } from '../types/exceptions.js';
import { callUnbound } from './call.js';
import { typeOf, typeName } from './type-of.js';
import type { PyType } from '../type.js';

/** BINARY_OP's operators by oparg: [symbol, method, reflected method, in-place method]. */
export const BINARY_OPS: readonly (readonly [string, string, string, string])[] = [
  ['+', '__add__', '__radd__', '__iadd__'],
  ['&', '__and__', '__rand__', '__iand__'],
  ['//', '__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  ['<<', '__lshift__', '__rlshift__', '__ilshift__'],
  ['@', '__matmul__', '__rmatmul__', '__imatmul__'],
  ['*', '__mul__', '__rmul__', '__imul__'],
  ['%', '__mod__', '__rmod__', '__imod__'],
  ['|', '__or__', '__ror__', '__ior__'],
  ['**', '__pow__', '__rpow__', '__ipow__'],
  ['>>', '__rshift__', '__rrshift__', '__irshift__'],
  ['-', '__sub__', '__rsub__', '__isub__'],
  ['/', '__truediv__', '__rtruediv__', '__itruediv__'],
  ['^', '__xor__', '__rxor__', '__ixor__'],
];

export const enum BinOp {
  ADD = 0, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT, SUBTRACT, TRUE_DIVIDE, XOR,
}

/** binary_op1: the result, or NotImplemented when neither operand supports the operation. */
function binaryOp1(a: PyValue, b: PyValue, op: number): PyValue {
  const [, name, rname] = BINARY_OPS[op]!;
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup(name);
  let fb = ta === tb ? null : tb.lookup(rname);
  if (fb !== null && fa !== null && fb === ta.lookup(rname)) fb = null;
  if (fa !== null) {
    if (fb !== null && tb.isSubtype(ta)) {
      const r = callUnbound(fb, b, [a]);
      if (r !== NotImplemented) return r;
      fb = null;
    }
    const r = callUnbound(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== null) {
    const r = callUnbound(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/** a <op> b for BINARY_OP opargs 0-12 (a new reference). */
export function binaryOp(a: PyValue, b: PyValue, op: number): PyValue {
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  throw unsupported(a, b, op, false);
}

/** a <op>= b for BINARY_OP opargs 13-25, given as the binary op (0-12). */
export function inplaceOp(a: PyValue, b: PyValue, op: number): PyValue {
  const f = typeOf(a).lookup(BINARY_OPS[op]![3]);
  if (f !== null) {
    const r = callUnbound(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  throw unsupported(a, b, op, true);
}

function isSequence(t: PyType): boolean {
  return t.isSubtype(strType) || t.isSubtype(listType) || t.isSubtype(tupleType) || t.isSubtype(bytesType) || t.isSubtype(bytearrayType);
}

/** The TypeError CPython raises when no operand supports `op`. */
function unsupported(a: PyValue, b: PyValue, op: number, inplace: boolean): unknown {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (op === BinOp.ADD && isSequence(ta)) {
    if (ta.isSubtype(strType)) return errorOf(`can only concatenate str (not "${tb.name}") to str`);
    if (ta.isSubtype(listType)) return errorOf(`can only concatenate list (not "${tb.name}") to list`);
    if (ta.isSubtype(tupleType)) return errorOf(`can only concatenate tuple (not "${tb.name}") to tuple`);
    return errorOf(`can't concat ${tb.name} to ${ta.name}`);
  }
  if (op === BinOp.MULTIPLY && (isSequence(ta) || isSequence(tb))) {
    const other = isSequence(ta) ? tb : ta;
    if (!other.lookup('__index__')) return errorOf(`can't multiply sequence by non-int of type '${other.name}'`);
  }
  const symbol = BINARY_OPS[op]![0] + (inplace ? '=' : '');
  const shown = op === BinOp.POWER && !inplace ? `${symbol} or pow()` : symbol; // '**=' alone, as ternary_op says it
  return errorOf(`unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`);
}

function errorOf(message: string): unknown {
  try {
    raise(TypeError, message);
  } catch (e) {
    return e;
  }
}

/** Unary operators: -a, +a, ~a. */
export function unaryOp(a: PyValue, name: '__neg__' | '__pos__' | '__invert__', symbol: string): PyValue {
  const f = typeOf(a).lookup(name);
  if (f === null) raise(TypeError, `bad operand type for unary ${symbol}: '${typeName(a)}'`);
  return callUnbound(f, a, []);
}

/** pow(a, b, m) with three arguments. */
export function ternaryPow(a: PyValue, b: PyValue, m: PyValue): PyValue {
  const f = typeOf(a).lookup('__pow__');
  if (f !== null) {
    const r = callUnbound(f, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  raise(TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
}
