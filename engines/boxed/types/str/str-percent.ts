// str % args (printf-style formatting): the shared percentFormat kernel with callbacks that
// answer its questions about Python values (is args a tuple or a mapping, item lookup, str/repr/
// ascii, and the int and float conversions of %d %x %f ...).

import { decref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { floatType, intType } from '../../builtin-types.js';
import { newStr } from '../../strings.js';
import { OverflowError, TypeError, ValueError } from '../exceptions.js';
import { PyStr } from '../str.js';
import { PyTuple } from '../sequences.js';
import { PyFloat, intValue } from '../numbers.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { callUnbound, call } from '../../protocols/call.js';
import { getItem } from '../../protocols/items.js';
import { repr, str } from '../../protocols/objects.js';
import { fromKernel } from '../../kernel-errors.js';
import { INT_EXACT, INT_INDEX, percentFormat, type StrPercentCallbacks } from '../../../../shared/kernels/format/percent-format.js';
import { intLimits } from '../numbers/number-util.js';
import { asciiOf } from './format-value.js';
import { makeStr } from './str-args.js';

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

function toInt(v: PyValue, how: number): number | bigint | null {
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

function toFloat(v: PyValue): number | null {
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

const callbacks: StrPercentCallbacks<PyValue> = {
  tupleItems: (args) => (args instanceof PyTuple ? args.items : null),
  isMapping: (args) => !(args instanceof PyTuple) && !(args instanceof PyStr) && typeOf(args).lookup('__getitem__') !== null,
  typeName,
  ascii: asciiOf,
  toInt,
  toFloat,
  getItem(mapping, key) {
    const k = newStr(key);
    try {
      return borrowed(getItem(mapping, k));
    } finally {
      decref(k);
    }
  },
  str,
  repr,
  strValue: (v) => (v instanceof PyStr ? v.value : null),
};

// The kernel treats looked-up values as borrowed; the ones %(key) gives are kept alive here
// until the formatting ends.
let held: PyValue[] = [];
function borrowed(v: PyValue): PyValue {
  held.push(v);
  return v;
}

/** format % args. */
export function strPercent(format: PyStr, args: PyValue): PyValue {
  const outer = held;
  held = [];
  try {
    return makeStr(percentFormat(format.value, args, callbacks, intLimits.maxStrDigits));
  } catch (e) {
    throw fromKernel(e);
  } finally {
    for (const v of held) decref(v);
    held = outer;
  }
}
