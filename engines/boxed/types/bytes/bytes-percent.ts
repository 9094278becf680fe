// bytes % args and bytearray % args (_PyBytes_FormatEx): the shared percent-format kernel with
// callbacks answering its questions about Python values. %s/%b take buffers and __bytes__,
// %c a one-byte bytes or an int, %r/%a give ascii(); the number conversions are shared with str
// (percent-conversions.ts).

import { decref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { TypeError } from '../exceptions.js';
import { PyByteArray, PyBytes } from '../bytes.js';
import { PyStr } from '../str.js';
import { PyTuple } from '../sequences.js';
import { callUnbound } from '../../protocols/call.js';
import { getItem } from '../../protocols/items.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { fromKernel } from '../../kernel-errors.js';
import { bytesPercentFormat, type BytesPercentCallbacks } from '../../../../shared/kernels/format/percent-format.js';
import { asciiOf } from '../str/format-value.js';
import { bufferOf } from './buffer.js';
import { toFloat, toInt } from '../percent-conversions.js';

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
