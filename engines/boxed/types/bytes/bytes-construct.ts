// The contents of bytes(x) and bytearray(x) (CPython's bytes_new, PyBytes_FromObject and
// bytearray_init): a count of zero bytes, a buffer, __bytes__, an iterable of ints in
// range(0, 256), or a str with an encoding. The two differ in a few messages and in bytes
// consulting __bytes__, so both are written once with the type name as a parameter.

import { decref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { MemoryError, OverflowError, TypeError, ValueError } from '../exceptions.js';
import { PyBytes } from '../bytes.js';
import { PyStr } from '../str.js';
import { PyList, PyTuple } from '../sequences.js';
import { intValue } from '../numbers.js';
import { asIndex } from '../../convert.js';
import { callUnbound } from '../../protocols/call.js';
import { getIter, next } from '../../protocols/iteration.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { clinicStrArg, parseKeywords } from '../str/str-args.js';
import { encodeStr } from '../str/str-codecs.js';
import { bufferOf } from './buffer.js';

const NEW_PARAMS = ['source', 'encoding', 'errors'];

const isTypeError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'ob_type' in e && (e as PyStr).ob_type.isSubtype(TypeError);

/** A byte from an item of an iterable; `message` names the range in the ValueError. */
function itemByte(v: PyValue, message: string): number {
  const n = typeof v === 'number' ? v : asIndex(v);
  if (typeof n !== 'number' || n < 0 || n > 255) raise(ValueError, message);
  return n;
}

/** The bytes of an iterable of ints (a list or tuple read directly). */
function fromIterable(x: PyValue, notIterable: string, rangeMessage: string): Uint8Array {
  if ((x instanceof PyList || x instanceof PyTuple) && typeOf(x).mro.length === 2) {
    const items = x.items;
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = itemByte(items[i]!, rangeMessage);
    return out;
  }
  let it: PyValue;
  try {
    it = getIter(x);
  } catch (e) {
    if (isTypeError(e)) raise(TypeError, notIterable.replace('%T', typeName(x)));
    throw e;
  }
  try {
    const out: number[] = [];
    for (let v = next(it); v !== undefined; v = next(it)) {
      try {
        out.push(itemByte(v, rangeMessage));
      } finally {
        decref(v);
      }
    }
    return Uint8Array.from(out);
  } finally {
    decref(it);
  }
}

/** n zero bytes for bytes(n)/bytearray(n); undefined when x's __index__ fails with TypeError. */
function zeroes(x: PyValue): Uint8Array | undefined {
  let n: number | bigint;
  try {
    n = typeof x === 'number' ? x : asIndex(x);
  } catch (e) {
    if (isTypeError(e)) return undefined;
    throw e;
  }
  if (typeof n !== 'number') raise(OverflowError, "cannot fit 'int' into an index-sized integer");
  if (n < 0) raise(ValueError, 'negative count');
  if (n > 0x7fffffff) raise(MemoryError);
  return new Uint8Array(n);
}

const hasIndex = (x: PyValue): boolean => typeof x === 'number' || intValue(x) !== undefined || typeOf(x).lookup('__index__') !== null;

/** The arguments of bytes()/bytearray(): source, encoding and errors (undefined when not given). */
export function constructorArgs(kind: string, args: readonly PyValue[], kwnames: readonly string[] | null): [PyValue | undefined, string | undefined, string | undefined] {
  if (kwnames === null && args.length <= 1) return [args[0], undefined, undefined];
  const [x, e, r] = parseKeywords(kind, args, kwnames, NEW_PARAMS, 0);
  return [x, e === undefined ? undefined : clinicStrArg(e, kind, "'encoding'"), r === undefined ? undefined : clinicStrArg(r, kind, "'errors'")];
}

/** The encoded bytes when x is a str with an encoding; the TypeErrors of a wrong combination. */
function encoded(x: PyValue | undefined, encoding: string | undefined, errors: string | undefined): Uint8Array | undefined {
  if (x === undefined) {
    if (encoding !== undefined) raise(TypeError, 'encoding without a string argument');
    if (errors !== undefined) raise(TypeError, 'errors without a string argument');
    return new Uint8Array(0);
  }
  if (x instanceof PyStr) {
    if (encoding === undefined) raise(TypeError, 'string argument without an encoding');
    return encodeStr(x, encoding, errors ?? 'strict');
  }
  if (encoding !== undefined) raise(TypeError, 'encoding without a string argument');
  if (errors !== undefined) raise(TypeError, 'errors without a string argument');
  return undefined;
}

/** The contents of bytes(source, encoding, errors); may return `source`'s own array when it is a bytes. */
export function bytesContents(x: PyValue | undefined, encoding: string | undefined, errors: string | undefined): Uint8Array {
  const enc = encoded(x, encoding, errors);
  if (enc !== undefined) return enc;
  const source = x!;
  if (source instanceof PyBytes) return source.value;
  const f = typeOf(source).lookup('__bytes__');
  if (f !== null) {
    const r = callUnbound(f, source, []);
    if (!(r instanceof PyBytes)) {
      decref(r);
      raise(TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
    }
    const data = r.value;
    decref(r);
    return data;
  }
  if (hasIndex(source)) {
    const z = zeroes(source);
    if (z !== undefined) return z;
  }
  const b = bufferOf(source);
  if (b !== null) return b.slice();
  return fromIterable(source, "cannot convert '%T' object to bytes", 'bytes must be in range(0, 256)');
}

/** The contents of bytearray(source, encoding, errors): always a fresh array. */
export function bytearrayContents(x: PyValue | undefined, encoding: string | undefined, errors: string | undefined): Uint8Array {
  const enc = encoded(x, encoding, errors);
  if (enc !== undefined) return enc;
  const source = x!;
  if (hasIndex(source)) {
    const z = zeroes(source);
    if (z !== undefined) return z;
  }
  const b = bufferOf(source);
  if (b !== null) return b.slice();
  return fromIterable(source, "cannot convert '%T' object to bytearray", 'byte must be in range(0, 256)');
}

/** The bytes of an iterable of ints for bytearray.extend ("can't extend bytearray with int"). */
export function extendBytes(x: PyValue): Uint8Array {
  return fromIterable(x, "can't extend bytearray with %T", 'byte must be in range(0, 256)');
}
