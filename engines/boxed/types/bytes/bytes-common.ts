// What bytes and bytearray share below their methods: reading an object's bytes, making a result
// of the receiver's kind (bytes methods give bytes, bytearray methods bytearrays, also for
// subclasses), and converting arguments with the messages CPython 3.11 gives for them.

import { IMMORTAL, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { bytesType } from '../../builtin-types.js';
import { TypeError } from '../exceptions.js';
import { PyByteArray, PyBytes } from '../bytes.js';
import { None } from '../singletons.js';
import { intValue } from '../numbers.js';
import { asIndex } from '../../convert.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { bufferOf } from './buffer.js';

export type BytesLike = PyBytes | PyByteArray;

/** The bytes of a bytes or bytearray receiver (for a bytearray, a view of its storage). */
export const dataOf = (self: PyValue): Uint8Array => (self as BytesLike).value;

// b'' and the one-byte bytes objects are shared, as CPython shares them.
const SHARED: PyBytes[] = [];
function shared(i: number, data: Uint8Array): PyBytes {
  let o = SHARED[i];
  if (o === undefined) {
    o = SHARED[i] = new PyBytes(data.slice());
    o.ob_refcnt = IMMORTAL;
  }
  return o;
}

/** A new bytes object owning `data` (which nobody may write afterwards). */
export function newBytes(data: Uint8Array): PyBytes {
  if (data.length === 0) return shared(256, data);
  if (data.length === 1) return shared(data[0]!, data);
  return new PyBytes(data);
}

/** A result of the receiver's kind: a bytearray for bytearray methods, else bytes; owns `data`. */
export function makeLike(self: PyValue, data: Uint8Array): PyValue {
  return self instanceof PyByteArray ? new PyByteArray(data) : newBytes(data);
}

/**
 * A result that may be the receiver itself: CPython returns an exact bytes unchanged when an
 * operation that can only shorten or pad it (strip, removeprefix, center...) leaves its length.
 */
export function sameOrLike(self: PyValue, data: Uint8Array): PyValue {
  if (self instanceof PyBytes && self.ob_type === bytesType && data.length === self.value.length) return newref(self);
  return makeLike(self, data);
}

/** Old-style "O|OO:name" methods (find, count, startswith): arity and no keywords. */
export function tupleArgs(qual: string, name: string, args: readonly PyValue[], kw: readonly string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) raise(TypeError, `${qual}.${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) raise(TypeError, `${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) raise(TypeError, `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** A byte value or -1 when v is an int out of range (callers raise their own ValueError). */
export function byteValueOf(v: PyValue): number {
  const n = typeof v === 'number' ? v : asIndex(v);
  return typeof n === 'number' && n >= 0 && n <= 255 ? n : -1;
}

/** The needle of find/count/index and `in`: a buffer's bytes, or an int standing for one byte. */
export function needleOf(v: PyValue): Uint8Array | number {
  if (typeof v === 'number') return v;
  const b = bufferOf(v);
  if (b !== null) return b;
  if (intValue(v) === undefined && typeOf(v).lookup('__index__') === null) {
    raise(TypeError, `argument should be integer or bytes-like object, not '${typeName(v)}'`);
  }
  const n = asIndex(v);
  return typeof n === 'number' ? n : -1;
}

/** An optional bytes-like argument where None means "not given" (strip's chars, split's sep). */
export function optionalBuffer(v: PyValue | undefined): Uint8Array | undefined {
  if (v === undefined || v === None) return undefined;
  const b = bufferOf(v);
  if (b === null) raise(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

/** Rejects any argument of a wrapper slot ("expected 0 arguments, got 1"). */
export function noArgs(args: readonly PyValue[], kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) raise(TypeError, 'wrapper takes no keyword arguments');
  if (args.length !== 0) raise(TypeError, `expected 0 arguments, got ${args.length}`);
}

/** The one argument of a wrapper slot ("expected 1 argument, got 0"). */
export function oneArg(args: readonly PyValue[], kw: readonly string[] | null): PyValue {
  if (kw !== null && kw.length > 0) raise(TypeError, 'wrapper takes no keyword arguments');
  if (args.length !== 1) raise(TypeError, `expected 1 argument, got ${args.length}`);
  return args[0]!;
}
