// The compiler's "perhaps you missed a comma?" heuristics (compile.c's
// infer_type, check_is_arg, check_compare, check_caller, check_subscripter,
// check_index): from the kind of an expression node, or the type of a
// constant, decide whether an `is`, a call or a subscript can only fail.
// Each check returns the warning to issue, or null.

import {
  ELLIPSIS, type Expr, PyBytes, PyComplex, PyFrozenset, type PyConstant, PyStrCodePoints, PyTuple,
} from '../../ast/nodes.js';
import type { CompileWarningMessage } from './messages.js';

/** A warning kind with its arguments. */
export type LiteralWarning = readonly [CompileWarningMessage, ...string[]];

/** The type name of expression kinds whose type is known before running (infer_type); the rest have none. */
const KIND_TYPES: Readonly<Record<string, string>> = {
  Tuple: 'tuple', List: 'list', ListComp: 'list', Dict: 'dict', DictComp: 'dict', Set: 'set', SetComp: 'set',
  GeneratorExp: 'generator', Lambda: 'function', JoinedStr: 'str', FormattedValue: 'str',
};

/** `type(value).__name__` of a constant. */
export function constantTypeName(value: PyConstant): string {
  if (value === null) return 'NoneType';
  if (value === ELLIPSIS) return 'ellipsis';
  switch (typeof value) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
  }
  if (value instanceof PyStrCodePoints) return 'str';
  if (value instanceof PyBytes) return 'bytes';
  if (value instanceof PyComplex) return 'complex';
  if (value instanceof PyTuple) return 'tuple';
  if (value instanceof PyFrozenset) return 'frozenset';
  return 'object';
}

/** infer_type: the type name an expression is sure to have, or null. */
export function inferType(e: Expr): string | null {
  if (e._type === 'Constant') return constantTypeName(e.value);
  return KIND_TYPES[e._type] ?? null;
}

/** check_is_arg: may this operand of `is` be compared by identity (not a literal other than the singletons)? */
function isIdentityOperand(e: Expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value;
  return v === null || v === true || v === false || v === ELLIPSIS;
}

/** check_compare: the first `is` / `is not` with a literal operand warns, and only that one. */
export function checkCompare(e: Expr & { _type: 'Compare' }): LiteralWarning | null {
  let left = isIdentityOperand(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const right = isIdentityOperand(e.comparators[i]);
    const op = e.ops[i];
    if ((op === 'Is' || op === 'IsNot') && !(left && right)) return [op === 'Is' ? 'isLiteral' : 'isNotLiteral'];
    left = right;
  }
  return null;
}

/** Kinds whose value is never callable (check_caller). */
const NOT_CALLABLE = new Set([
  'Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr',
  'FormattedValue',
]);

export function checkCaller(func: Expr): LiteralWarning | null {
  return NOT_CALLABLE.has(func._type) ? ['notCallable', inferType(func) as string] : null;
}

/** Kinds never subscriptable (check_subscripter); constants only when numbers, None, Ellipsis or frozensets. */
const NOT_SUBSCRIPTABLE = new Set(['Set', 'SetComp', 'GeneratorExp', 'Lambda']);

export function checkSubscripter(value: Expr): LiteralWarning | null {
  if (value._type === 'Constant') {
    const t = constantTypeName(value.value);
    const unsubscriptable = t === 'NoneType' || t === 'ellipsis' || t === 'bool' || t === 'int' || t === 'float'
      || t === 'complex' || t === 'frozenset';
    return unsubscriptable ? ['notSubscriptable', t] : null;
  }
  return NOT_SUBSCRIPTABLE.has(value._type) ? ['notSubscriptable', inferType(value) as string] : null;
}

/** Sequence kinds indexed only by integers or slices (check_index); constants only when str, bytes or tuple. */
const INT_INDEXED = new Set(['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue']);

export function checkIndex(value: Expr, index: Expr): LiteralWarning | null {
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return null;
  let indexed: boolean;
  if (value._type === 'Constant') {
    const t = constantTypeName(value.value);
    indexed = t === 'str' || t === 'bytes' || t === 'tuple';
  } else {
    indexed = INT_INDEXED.has(value._type);
  }
  return indexed ? ['badIndex', inferType(value) as string, indexType] : null;
}
