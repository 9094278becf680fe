// marshal.loads for CPython 3.11's format: bytes in, a MarshalValue out.
//
// Back-reference indices are handed out as type bytes are met (a container
// takes its index before its contents), as the writer does. Strings follow
// CPython's rules: UTF-8 with lone surrogates allowed, and a str holding a
// split surrogate pair comes back as PyStrCodePoints because a JS string would
// fuse the pair. Sets come back in the order python3 would iterate them.

import {
  ELLIPSIS, PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple, type PyConstant,
} from '../../ast/nodes.js';
import { constantSetOrder } from '../../kernels/set-order.js';
import { type CodeObject, type ConstValue, isCodeObject } from '../code.js';
import {
  FLAG_REF, MarshalError, MarshalType, type MarshalValue, PyDict, PyList, PySet, STOP_ITERATION,
} from './format.js';

/** Reads one value, as marshal.loads does (trailing bytes are ignored, as there). */
export function marshalLoads(data: Uint8Array): MarshalValue {
  const reader = new MarshalReader(data);
  return reader.readValue();
}

// ignoreBOM: a leading U+FEFF is part of the str, not a byte-order mark to drop.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The one-byte-per-character strs ('a', 'z', ...): true latin-1 (TextDecoder's 'latin1' is windows-1252). */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) out += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return out;
}

class MarshalReader {
  private pos = 0;
  private readonly view: DataView;
  /** Back-reference targets; undefined while a container is still being read. */
  private readonly refs: (MarshalValue | undefined)[] = [];

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  readValue(): MarshalValue {
    const value = this.readObject();
    if (value === NULL_MARK) throw new MarshalError('NULL object in marshal data for object');
    return value;
  }

  /** One object, or NULL_MARK for TYPE_NULL (which only a dict may contain). */
  private readObject(): MarshalValue | typeof NULL_MARK {
    const byte = this.u8();
    const type = byte & ~FLAG_REF;
    if (type === MarshalType.REF) return this.readRef();
    const read = TYPE_READERS[type];
    if (read === undefined) throw new MarshalError('bad marshal data (unknown type code)');
    // Flagged values take their index now, before their contents (see header).
    const index = byte & FLAG_REF ? this.refs.push(undefined) - 1 : -1;
    const value = read(this, type);
    if (index >= 0) this.refs[index] = value as MarshalValue;
    return value;
  }

  private readRef(): MarshalValue {
    const index = this.i32();
    const value = this.refs[index];
    if (value === undefined) throw new MarshalError('bad marshal data (invalid reference)');
    return value;
  }

  u8(): number {
    if (this.pos >= this.data.length) throw new MarshalError('EOF read where object expected');
    return this.data[this.pos++];
  }

  i32(): number {
    this.need(4);
    const value = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return value;
  }

  f64(): number {
    this.need(8);
    const value = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return value;
  }

  bytes(length: number): Uint8Array {
    if (length < 0) throw new MarshalError('bad marshal data (bytes object size out of range)');
    this.need(length);
    const out = this.data.slice(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  /** A length-prefixed sequence of objects (tuple, list, set items). */
  items(count: number): MarshalValue[] {
    if (count < 0) throw new MarshalError('bad marshal data (size out of range)');
    const out: MarshalValue[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = this.readValue();
    return out;
  }

  /** Dict entries up to the TYPE_NULL key that ends them. */
  dictEntries(): [MarshalValue, MarshalValue][] {
    const entries: [MarshalValue, MarshalValue][] = [];
    for (;;) {
      const key = this.readObject();
      if (key === NULL_MARK) return entries;
      entries.push([key, this.readValue()]);
    }
  }

  private need(count: number): void {
    if (this.pos + count > this.data.length) throw new MarshalError('marshal data too short');
  }
}

const NULL_MARK: unique symbol = Symbol('NULL');

type TypeReader = (r: MarshalReader, type: number) => MarshalValue | typeof NULL_MARK;

/** TYPE_LONG: a signed count of 15-bit digits, least significant first. */
function readLong(r: MarshalReader): bigint {
  const n = r.i32();
  let value = 0n;
  const size = Math.abs(n);
  const digits: number[] = [];
  for (let i = 0; i < size; i++) {
    const lo = r.u8();
    const digit = lo | (r.u8() << 8);
    if (digit > 0x7fff) throw new MarshalError('bad marshal data (digit out of range in long)');
    digits.push(digit);
  }
  for (let i = size - 1; i >= 0; i--) value = (value << 15n) | BigInt(digits[i]);
  return n < 0 ? -value : value;
}

/** A Python str from UTF-8 that may hold lone surrogates (CPython's "surrogatepass"). */
export function decodeUtf8Surrogatepass(bytes: Uint8Array): string | PyStrCodePoints {
  if (!hasSurrogateBytes(bytes)) return UTF8.decode(bytes);
  const codePoints = utf8CodePoints(bytes);
  for (let i = 0; i + 1 < codePoints.length; i++) {
    // A high then a low surrogate, each encoded alone: a JS string would fuse them.
    if (isHigh(codePoints[i]) && isLow(codePoints[i + 1])) return new PyStrCodePoints(codePoints);
  }
  return fromCodePoints(codePoints);
}

/** String.fromCodePoint in slices, so that long strs do not overflow the argument stack. */
function fromCodePoints(codePoints: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codePoints.length; i += 0x2000) out += String.fromCodePoint(...codePoints.slice(i, i + 0x2000));
  return out;
}

/** Surrogates are encoded as ED A0..BF xx, which strict decoders reject. */
function hasSurrogateBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) if (bytes[i] === 0xed && bytes[i + 1] >= 0xa0) return true;
  return false;
}

function utf8CodePoints(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    let cp = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
    out.push(cp);
    i += extra + 1;
  }
  return out;
}

const isHigh = (cp: number) => cp >= 0xd800 && cp <= 0xdbff;
const isLow = (cp: number) => cp >= 0xdc00 && cp <= 0xdfff;

function readCode(r: MarshalReader): CodeObject {
  const int = () => r.i32();
  const obj = () => r.readValue();
  const co_argcount = int();
  const co_posonlyargcount = int();
  const co_kwonlyargcount = int();
  const co_stacksize = int();
  const co_flags = int();
  const co_code = asBytes(obj(), 'co_code');
  const co_consts = asTuple(obj(), 'co_consts') as ConstValue[];
  const co_names = asStrings(obj(), 'co_names');
  const co_localsplusnames = asStrings(obj(), 'co_localsplusnames');
  const co_localspluskinds = asBytes(obj(), 'co_localspluskinds');
  const co_filename = asString(obj(), 'co_filename');
  const co_name = asString(obj(), 'co_name');
  const co_qualname = asString(obj(), 'co_qualname');
  const co_firstlineno = int();
  const co_linetable = asBytes(obj(), 'co_linetable');
  const co_exceptiontable = asBytes(obj(), 'co_exceptiontable');
  return {
    co_argcount, co_posonlyargcount, co_kwonlyargcount, co_stacksize, co_flags, co_code, co_consts,
    co_names, co_localsplusnames, co_localspluskinds, co_filename, co_name, co_qualname, co_firstlineno,
    co_linetable, co_exceptiontable,
  };
}

function asBytes(value: MarshalValue, field: string): Uint8Array {
  if (value instanceof PyBytes) return value.bytes;
  throw new MarshalError(`bad marshal data (${field} is not bytes)`);
}

function asTuple(value: MarshalValue, field: string): readonly MarshalValue[] {
  if (value instanceof PyTuple) return value.items;
  throw new MarshalError(`bad marshal data (${field} is not a tuple)`);
}

function asString(value: MarshalValue, field: string): string {
  if (typeof value === 'string') return value;
  // Names and filenames with split surrogate pairs are not representable as JS strings; flatten them.
  if (value instanceof PyStrCodePoints) return fromCodePoints(value.codePoints);
  throw new MarshalError(`bad marshal data (${field} is not a str)`);
}

function asStrings(value: MarshalValue, field: string): string[] {
  return asTuple(value, field).map((item) => asString(item, field));
}

/**
 * A set's items in the order python3 iterates them after marshal.loads added
 * them one by one (the stream holds them sorted by their marshalled bytes).
 * Item hashes for str assume PYTHONHASHSEED=0 (shared/kernels/hash.ts); sets
 * holding None or Ellipsis have no reproducible order (CPython hashes them
 * by address).
 */
function loadedSetOrder(items: MarshalValue[]): MarshalValue[] {
  return items.every(isConstant) ? constantSetOrder(items) : items;
}

function isConstant(value: MarshalValue): value is PyConstant {
  return !(value instanceof PyList || value instanceof PyDict || value instanceof PySet
    || value === STOP_ITERATION || isCodeObject(value));
}

/** Items of a container: only constants may sit in a tuple or frozenset of ConstValue. */
const constItems = (items: MarshalValue[]) => items as PyConstant[];

const TYPE_READERS: Partial<Record<number, TypeReader>> = {
  [MarshalType.NULL]: () => NULL_MARK,
  [MarshalType.NONE]: () => null,
  [MarshalType.FALSE]: () => false,
  [MarshalType.TRUE]: () => true,
  [MarshalType.STOPITER]: () => STOP_ITERATION,
  [MarshalType.ELLIPSIS]: () => ELLIPSIS,
  [MarshalType.INT]: (r) => BigInt(r.i32()),
  [MarshalType.LONG]: readLong,
  [MarshalType.FLOAT]: (r) => parseFloat(latin1(r.bytes(r.u8()))),
  [MarshalType.BINARY_FLOAT]: (r) => r.f64(),
  [MarshalType.COMPLEX]: (r) => {
    const real = parseFloat(latin1(r.bytes(r.u8())));
    return new PyComplex(real, parseFloat(latin1(r.bytes(r.u8()))));
  },
  [MarshalType.BINARY_COMPLEX]: (r) => {
    const real = r.f64();
    return new PyComplex(real, r.f64());
  },
  [MarshalType.STRING]: (r) => new PyBytes(r.bytes(r.i32())),
  [MarshalType.UNICODE]: (r) => decodeUtf8Surrogatepass(r.bytes(r.i32())),
  [MarshalType.INTERNED]: (r) => decodeUtf8Surrogatepass(r.bytes(r.i32())),
  [MarshalType.ASCII]: (r) => latin1(r.bytes(r.i32())),
  [MarshalType.ASCII_INTERNED]: (r) => latin1(r.bytes(r.i32())),
  [MarshalType.SHORT_ASCII]: (r) => latin1(r.bytes(r.u8())),
  [MarshalType.SHORT_ASCII_INTERNED]: (r) => latin1(r.bytes(r.u8())),
  [MarshalType.TUPLE]: (r) => new PyTuple(constItems(r.items(r.i32()))),
  [MarshalType.SMALL_TUPLE]: (r) => new PyTuple(constItems(r.items(r.u8()))),
  [MarshalType.LIST]: (r) => new PyList(r.items(r.i32())),
  [MarshalType.SET]: (r) => new PySet(loadedSetOrder(r.items(r.i32()))),
  [MarshalType.FROZENSET]: (r) => new PyFrozenset(constItems(loadedSetOrder(r.items(r.i32())))),
  [MarshalType.DICT]: (r) => new PyDict(r.dictEntries()),
  [MarshalType.CODE]: readCode,
};
