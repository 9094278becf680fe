// bytes % args and bytearray % args (_PyBytes_FormatEx): the shared percent-format kernel with
// callbacks answering its questions about Python values. %s/%b take buffers and __bytes__,
// %c a one-byte bytes or an int, %r/%a give ascii(); the number conversions are the str ones.
// (toInt/toFloat repeat those of str/str-percent.ts, which does not export them.)

import { decref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { floatType, intType } from '../../builtin-types.js';
import { OverflowError, TypeError, ValueError } from '../exceptions.js';
import { PyByteArray, PyBytes } from '../bytes.js';
import { PyStr } from '../str.js';
import { PyTuple } from '../sequences.js';
import { PyFloat, intValue } from '../numbers.js';
import { call, callUnbound } from '../../protocols/call.js';
import { getItem } from '../../protocols/items.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { fromKernel } from '../../kernel-errors.js';
import {
  INT_EXACT, INT_INDEX, bytesPercentFormat, type BytesPercentCallbacks,
} from '../../../../shared/kernels/format/percent-format.js';
import { asciiOf } from '../str/format-value.js';
import { bufferOf } from './buffer.js';

const isTypeError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'ob_type' in e && (e as PyStr).ob_type.isSubtype(TypeError);

function truncFloat(x: number): number | bigint {
  if (Number.isNaN(x)) raise(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

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
  try {
    if (how === INT_INDEX) {
      const f = t.lookup('__index__');
      return f === null ? null : intResult(callUnbound(f, v, []));
    }
    if (v instanceof PyFloat) return truncFloat(v.value);
    if (t.lookup('__index__') === null && t.lookup('__int__') === null && t.lookup('__float__') === null) return null;
    return intResult(call(intType, [v]));
  } catch (e) {
    if (isTypeError(e)) return null;
    throw e;
  }
}

function intToFloat(n: number | bigint): number {
  if (typeof n === 'number') return n;
  const x = Number(n);
  if (!Number.isFinite(x)) raise(OverflowError, 'int too large to convert to float');
  return x;
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
  if (idx === null) return null;
  const m = intResult(callUnbound(idx, v, []));
  return m === null ? null : intToFloat(m);
}

/** %s/%b: a buffer's bytes or __bytes__(); null when v has neither. */
function toBytes(v: PyValue): Uint8Array | null {
  const b = bufferOf(v);
  if (b !== null) return b;
  const f = typeOf(v).lookup('__bytes__');
  if (f === null) return null;
  const r = callUnbound(f, v, []);
  if (!(r instanceof PyBytes)) {
    decref(r);
    raise(TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
  }
  held.push(r);
  return r.value;
}

// Values looked up for %(key)s and made by __bytes__ are kept alive until formatting ends.
let held: PyValue[] = [];

const callbacks: BytesPercentCallbacks<PyValue> = {
  tupleItems: (args) => (args instanceof PyTuple ? args.items : null),
  isMapping: (args) =>
    !(args instanceof PyTuple) && !(args instanceof PyBytes) && !(args instanceof PyByteArray) && !(args instanceof PyStr) &&
    typeOf(args).lookup('__getitem__') !== null,
  typeName,
  ascii: asciiOf,
  toInt,
  toFloat,
  getItem(mapping, key) {
    const k = new PyBytes(key.slice());
    try {
      const v = getItem(mapping, k);
      held.push(v);
      return v;
    } finally {
      decref(k);
    }
  },
  bytesValue: (v) => (v instanceof PyBytes || v instanceof PyByteArray ? v.value : null),
  toBytes,
};

/** format % args as the bytes of the result. */
export function bytesPercent(format: Uint8Array, args: PyValue): Uint8Array {
  const outer = held;
  held = [];
  try {
    return bytesPercentFormat(format, args, callbacks);
  } catch (e) {
    throw fromKernel(e);
  } finally {
    for (const v of held) decref(v);
    held = outer;
  }
}
