// The number conversions of printf-style formatting, shared by str % args and bytes % args:
// %d/%x/%o take an int (exactly, through __index__, or through int() for %d of a float or a
// number), %e/%f/%g a float. null means "not convertible": the kernel words the TypeError.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { floatType, intType } from '../builtin-types.js';
import { OverflowError, TypeError, ValueError } from './exceptions.js';
import type { PyStr } from './str.js';
import { PyFloat, intValue } from './numbers.js';
import { typeOf } from '../protocols/type-of.js';
import { callUnbound, call } from '../protocols/call.js';
import { INT_EXACT, INT_INDEX } from '../../../shared/kernels/format/percent-format.js';

const isTypeError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'ob_type' in e && (e as PyStr).ob_type.isSubtype(TypeError);

/** int(x) of a float, as the %d conversion truncates it. */
function truncFloat(x: number): number | bigint {
  if (Number.isNaN(x)) raise(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

/** An int from the result of a conversion call, consuming it. */
function intResult(r: PyValue): number | bigint | null {
  const n = intValue(r);
  decref(r);
  return n === undefined ? null : n;
}

export function toInt(v: PyValue, how: number): number | bigint | null {
  const n = intValue(v);
  if (n !== undefined) return n;
  if (how === INT_EXACT) return null;
  const t = typeOf(v);
  if (how === INT_INDEX) {
    const f = t.lookup('__index__');
    if (f === null) return null;
    try {
      return intResult(callUnbound(f, v, []));
    } catch (e) {
      if (isTypeError(e)) return null;
      throw e;
    }
  }
  // INT_NUMBER: anything PyNumber_Check accepts, through int().
  if (v instanceof PyFloat) return truncFloat(v.value);
  if (t.lookup('__index__') === null && t.lookup('__int__') === null && t.lookup('__float__') === null) return null;
  try {
    return intResult(call(intType, [v]));
  } catch (e) {
    if (isTypeError(e)) return null;
    throw e;
  }
}

export function toFloat(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n !== undefined) return intToFloat(n);
  const t = typeOf(v);
  if (t.lookup('__float__') !== null) {
    const r = call(floatType, [v]);
    const x = r instanceof PyFloat ? r.value : NaN;
    decref(r);
    return x;
  }
  const idx = t.lookup('__index__');
  if (idx !== null) {
    const m = intResult(callUnbound(idx, v, []));
    return m === null ? null : intToFloat(m);
  }
  return null;
}

function intToFloat(n: number | bigint): number {
  if (typeof n === 'number') return n;
  const x = Number(n);
  if (!Number.isFinite(x)) raise(OverflowError, 'int too large to convert to float');
  return x;
}

