// repr() of any constant the AST can hold (PyConstant in shared/ast/nodes.ts),
// dispatching to the per-type kernels of this folder.

import { ELLIPSIS, PyBytes, PyComplex, PyStrCodePoints, type PyConstant } from '../../ast/nodes.js';
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
      break;
  }
  throw new TypeError(`not a Python constant: ${String(value)}`);
}
