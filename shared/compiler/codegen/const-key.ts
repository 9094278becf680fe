// Identity keys for co_consts, modelled on CPython's _PyCode_ConstantKey.
//
// Two constants share a co_consts slot only when they have the same type and
// value: `1`, `1.0`, `True` and `(1,)` stay apart, and so do 0.0 and -0.0.
// Code objects are equal when their contents are (code_richcompare): that
// matters when codegen compiles one node twice — a `while` test, a `finally`
// body — and the two identical code objects share one slot. The key is a
// string so a plain Map can index it.

import { ELLIPSIS, PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple } from '../../ast/nodes.js';
import type { CodeObject, ConstValue } from '../../bytecode/code.js';

const codeKeys = new WeakMap<CodeObject, string>();

let nanCount = 0;

/**
 * Float spelling that keeps -0.0 apart from 0.0 and is exact (17 significant
 * digits). A NaN equals nothing, so each one (made by folding, a new object
 * every time) gets a slot of its own.
 */
function floatKey(x: number): string {
  if (Object.is(x, -0)) return '-0';
  return Number.isNaN(x) ? `nan#${nanCount++}` : x.toPrecision(17);
}

export function constKey(v: ConstValue): string {
  if (v === null) return 'N';
  if (v === ELLIPSIS) return 'E';
  switch (typeof v) {
    case 'boolean': return v ? 'T' : 'F';
    case 'bigint': return 'i' + v.toString();
    case 'number': return 'f' + floatKey(v);
    case 'string': return 's' + JSON.stringify(v);
    default: break;
  }
  if (v instanceof PyStrCodePoints) return 's' + JSON.stringify(String.fromCodePoint(...v.codePoints)) + '#cp';
  if (v instanceof PyBytes) return 'b' + Buffer.from(v.bytes).toString('hex');
  if (v instanceof PyComplex) return 'c' + floatKey(v.real) + ',' + floatKey(v.imag);
  if (v instanceof PyTuple) return '(' + v.items.map(constKey).join(',') + ')';
  if (v instanceof PyFrozenset) return '{' + v.items.map(constKey).sort().join(',') + '}';
  return codeKey(v as CodeObject);
}

/** The fields code_richcompare compares, as one string (computed once per code object). */
function codeKey(co: CodeObject): string {
  let key = codeKeys.get(co);
  if (key === undefined) {
    const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
    key = '@' + JSON.stringify([
      co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags,
      co.co_firstlineno, hex(co.co_code), co.co_consts.map(constKey), co.co_names, co.co_localsplusnames,
      hex(co.co_linetable), hex(co.co_exceptiontable),
    ]);
    codeKeys.set(co, key);
  }
  return key;
}

/** Python truthiness of a constant (for folding LOAD_CONST + conditional jump). */
export function constIsTrue(v: ConstValue): boolean {
  if (v === null) return false;
  if (v === ELLIPSIS) return true;
  switch (typeof v) {
    case 'boolean': return v;
    case 'bigint': return v !== 0n;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
    default: break;
  }
  if (v instanceof PyStrCodePoints) return v.codePoints.length > 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyTuple || v instanceof PyFrozenset) return v.items.length > 0;
  return true;
}
