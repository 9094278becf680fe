// repr() of any constant the AST can hold (PyConstant in shared/ast/nodes.ts),
// dispatching to the per-type kernels of this folder. Tuples and frozensets
// (made by constant folding) print their items recursively, in stored order.

import {
  ELLIPSIS, PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple, type PyConstant,
} from '../../ast/nodes.js';
import { bytesRepr } from './bytes-repr.js';
import { complexRepr } from './complex-repr.js';
import { floatRepr } from './float-repr.js';
import { intRepr } from './int-repr.js';
import { strCodePointsRepr, strRepr } from './str-repr.js';

/** repr(value) as Python prints it; an int past the digit limit throws IntStrDigitsError. */
export function constantRepr(value: PyConstant): string {
  switch (typeof value) {
    case 'string':
      return strRepr(value);
    case 'bigint':
      return intRepr(value);
    case 'number':
      return floatRepr(value);
    case 'boolean':
      return value ? 'True' : 'False';
    case 'symbol':
      if (value === ELLIPSIS) return 'Ellipsis';
      break;
    case 'object':
      if (value === null) return 'None';
      if (value instanceof PyStrCodePoints) return strCodePointsRepr(value.codePoints);
      if (value instanceof PyBytes) return bytesRepr(value.bytes);
      if (value instanceof PyComplex) return complexRepr(value.real, value.imag);
      if (value instanceof PyTuple) return tupleRepr(value.items.map(constantRepr));
      if (value instanceof PyFrozenset) return frozensetRepr(value.items.map(constantRepr));
      break;
  }
  throw new TypeError(`not a Python constant: ${String(value)}`);
}

/** repr of a tuple from its items' reprs: `()`, `(1,)`, `(1, 2)`. */
export function tupleRepr(items: readonly string[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

/** repr of a frozenset from its items' reprs: `frozenset()`, `frozenset({1, 2})`. */
export function frozensetRepr(items: readonly string[]): string {
  return items.length === 0 ? 'frozenset()' : `frozenset({${items.join(', ')}})`;
}
