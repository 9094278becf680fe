// CPython 3.11's marshal format (version 4): the serialisation of constants and
// code objects inside .pyc files and behind `marshal.dumps`/`marshal.loads`.
//
// Every value starts with one type byte; its top bit (FLAG_REF) asks the reader
// to remember the value so that a later TYPE_REF can point back at it by index.
// Indices are handed out in the order type bytes are met (a container takes its
// index before its contents), the same in reader and writer.
//
// Values map onto the front end's constants (PyConstant in shared/ast/nodes.ts)
// and CodeObject (shared/bytecode/code.ts); the few kinds marshal can hold that
// never appear in code objects (list, dict, set, StopIteration) get small
// wrapper types here. Strings follow CPython's rules: UTF-8 with lone
// surrogates allowed, and a str holding a split surrogate pair comes back as
// PyStrCodePoints because a JS string would fuse the pair.
//
// Which values the writer flags for back-references decides byte identity with
// python3, which decides by reference counts; see marshal-refs.ts for the policy.
// Sets are written sorted by their items' marshalled bytes (as CPython does
// since 3.10) and read back in the order python3 would iterate them.

import {
  ELLIPSIS, PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple, type PyConstant,
} from '../ast/nodes.js';
import { constantSetOrder } from '../kernels/set-order.js';
import type { CodeObject, ConstValue } from './code.js';
import {
  type RefPolicy, type ValueRole, cpythonLikeRefs, isInterned, itemRole,
} from './marshal-refs.js';

/** The type bytes of marshal version 4 (Python/marshal.c), one per kind of value. */
export const MarshalType = {
  NULL: 0x30, // '0'
  NONE: 0x4e, // 'N'
  FALSE: 0x46, // 'F'
  TRUE: 0x54, // 'T'
  STOPITER: 0x53, // 'S'
  ELLIPSIS: 0x2e, // '.'
  INT: 0x69, // 'i'
  LONG: 0x6c, // 'l'
  FLOAT: 0x66, // 'f'  (text, marshal versions < 2)
  BINARY_FLOAT: 0x67, // 'g'
  COMPLEX: 0x78, // 'x'  (text, marshal versions < 2)
  BINARY_COMPLEX: 0x79, // 'y'
  STRING: 0x73, // 's'  (bytes)
  INTERNED: 0x74, // 't'
  REF: 0x72, // 'r'
  TUPLE: 0x28, // '('
  LIST: 0x5b, // '['
  DICT: 0x7b, // '{'
  CODE: 0x63, // 'c'
  UNICODE: 0x75, // 'u'
  UNKNOWN: 0x3f, // '?'
  SET: 0x3c, // '<'
  FROZENSET: 0x3e, // '>'
  ASCII: 0x61, // 'a'
  ASCII_INTERNED: 0x41, // 'A'
  SMALL_TUPLE: 0x29, // ')'
  SHORT_ASCII: 0x7a, // 'z'
  SHORT_ASCII_INTERNED: 0x5a, // 'Z'
} as const;

export const FLAG_REF = 0x80;
export const MARSHAL_VERSION = 4;

/** Marshal's own kinds that are not code-object constants. */
export class PyList {
  constructor(readonly items: MarshalValue[]) {}
}
export class PyDict {
  constructor(readonly entries: [MarshalValue, MarshalValue][]) {}
}
export class PySet {
  constructor(readonly items: MarshalValue[]) {}
}
/** The `StopIteration` class, which marshal can carry as a singleton. */
export const STOP_ITERATION: unique symbol = Symbol('StopIteration');

export type MarshalValue = ConstValue | PyList | PyDict | PySet | typeof STOP_ITERATION;

/** Raised for input marshal.loads would reject ("bad marshal data ..."). */
export class MarshalError extends Error {}

/** True for a code object (as opposed to a constant). */
export function isCodeObject(value: unknown): value is CodeObject {
  return typeof value === 'object' && value !== null && 'co_code' in value;
}

// ---------------------------------------------------------------------------
// Reading

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

// ---------------------------------------------------------------------------
// Writing

export interface MarshalWriteOptions {
  /** Which values carry FLAG_REF and become TYPE_REF when met again; CPython-like by default. */
  refs?: RefPolicy;
}

/** marshal.dumps(value) with version 4. */
export function marshalDumps(value: MarshalValue, options: MarshalWriteOptions = {}): Uint8Array {
  const writer = new MarshalWriter(options.refs ?? cpythonLikeRefs(value));
  writer.writeValue(value, 'top');
  return writer.finish();
}

const UTF8_ENCODER = new TextEncoder();

class MarshalWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  private len = 0;
  /** Index of each value written with FLAG_REF, by the policy's key. */
  private readonly written = new Map<unknown, number>();
  private refCount = 0;

  constructor(readonly policy: RefPolicy) {}

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  writeValue(value: MarshalValue, role: ValueRole): void {
    const singleton = singletonType(value);
    if (singleton !== undefined) return this.u8(singleton);
    const key = this.policy.key(value, role);
    if (key !== undefined) {
      const index = this.written.get(key);
      if (index !== undefined) {
        this.u8(MarshalType.REF);
        return this.i32(index);
      }
      this.written.set(key, this.refCount++);
    }
    writeBody(this, value, role, key !== undefined ? FLAG_REF : 0);
  }

  u8(byte: number): void {
    this.reserve(1);
    this.buf[this.len++] = byte;
  }

  i32(value: number): void {
    this.reserve(4);
    this.view.setInt32(this.len, value, true);
    this.len += 4;
  }

  f64(value: number): void {
    this.reserve(8);
    this.view.setFloat64(this.len, value, true);
    this.len += 8;
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  /** A 4-byte count, then the items. */
  sizedItems(items: readonly MarshalValue[], role: ValueRole): void {
    this.i32(items.length);
    for (const item of items) this.writeValue(item, role);
  }

  private reserve(count: number): void {
    if (this.len + count <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.len + count));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
    this.view = new DataView(grown.buffer);
  }
}

/** Values marshal writes as a bare type byte, never flagged. */
function singletonType(value: MarshalValue): number | undefined {
  if (value === null) return MarshalType.NONE;
  if (value === true) return MarshalType.TRUE;
  if (value === false) return MarshalType.FALSE;
  if (value === ELLIPSIS) return MarshalType.ELLIPSIS;
  if (value === STOP_ITERATION) return MarshalType.STOPITER;
  return undefined;
}

function writeBody(w: MarshalWriter, value: MarshalValue, role: ValueRole, flag: number): void {
  switch (typeof value) {
    case 'bigint': return writeInt(w, value, flag);
    case 'number': w.u8(MarshalType.BINARY_FLOAT | flag); return w.f64(value);
    case 'string': return writeStr(w, value, role, flag);
    default: break;
  }
  if (value instanceof PyStrCodePoints) return writeStr(w, value, role, flag);
  if (value instanceof PyBytes) return writeBytes(w, value.bytes, flag);
  if (value instanceof PyComplex) {
    w.u8(MarshalType.BINARY_COMPLEX | flag);
    w.f64(value.real);
    return w.f64(value.imag);
  }
  if (value instanceof PyTuple) return writeTuple(w, value.items, role, flag);
  if (value instanceof PyList) return w.u8(MarshalType.LIST | flag), w.sizedItems(value.items, 'const');
  if (value instanceof PySet) return w.u8(MarshalType.SET | flag), w.sizedItems(sortedForMarshal(value.items, w.policy), 'setitem');
  if (value instanceof PyFrozenset) {
    w.u8(MarshalType.FROZENSET | flag);
    return w.sizedItems(sortedForMarshal(value.items, w.policy), 'setitem');
  }
  if (value instanceof PyDict) return writeDict(w, value, flag);
  if (isCodeObject(value)) return writeCode(w, value, flag);
  throw new MarshalError(`unmarshallable object: ${String(value)}`);
}

/**
 * Set items in the order marshal writes them since 3.10 (reproducible
 * builds): sorted by each item's own marshalled bytes, as `bytes` compare.
 * Each item is dumped alone, flagged as it would be as a plain constant (the
 * extra reference that later makes every written item flagged is the sort's).
 */
function sortedForMarshal(items: readonly MarshalValue[], policy: RefPolicy): MarshalValue[] {
  const alone: RefPolicy = { key: (value, role) => policy.key(value, role === 'top' ? 'const' : role) };
  const keyed = items.map((item): { item: MarshalValue; dump: Uint8Array } => ({
    item, dump: marshalDumps(item, { refs: alone }),
  }));
  keyed.sort((a, b) => compareBytes(a.dump, b.dump));
  return keyed.map((k) => k.item);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;

function writeInt(w: MarshalWriter, value: bigint, flag: number): void {
  if (value >= INT32_MIN && value <= INT32_MAX) {
    w.u8(MarshalType.INT | flag);
    return w.i32(Number(value));
  }
  const digits: number[] = [];
  for (let rest = value < 0n ? -value : value; rest > 0n; rest >>= 15n) digits.push(Number(rest & 0x7fffn));
  w.u8(MarshalType.LONG | flag);
  w.i32(value < 0n ? -digits.length : digits.length);
  for (const digit of digits) {
    w.u8(digit & 0xff);
    w.u8(digit >> 8);
  }
}

function writeStr(w: MarshalWriter, value: string | PyStrCodePoints, role: ValueRole, flag: number): void {
  const interned = typeof value === 'string' && isInterned(value, role);
  if (typeof value === 'string' && isAscii(value)) {
    const short = value.length < 256;
    const type = short
      ? (interned ? MarshalType.SHORT_ASCII_INTERNED : MarshalType.SHORT_ASCII)
      : (interned ? MarshalType.ASCII_INTERNED : MarshalType.ASCII);
    w.u8(type | flag);
    if (short) w.u8(value.length);
    else w.i32(value.length);
    for (let i = 0; i < value.length; i++) w.u8(value.charCodeAt(i));
    return;
  }
  const bytes = encodeUtf8Surrogatepass(value);
  w.u8((interned ? MarshalType.INTERNED : MarshalType.UNICODE) | flag);
  w.i32(bytes.length);
  w.raw(bytes);
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** UTF-8 of a Python str, lone surrogates encoded as their own 3 bytes (surrogatepass). */
export function encodeUtf8Surrogatepass(value: string | PyStrCodePoints): Uint8Array {
  // Without surrogate code units the string is well formed and TextEncoder is exact.
  if (typeof value === 'string' && !/[\uD800-\uDFFF]/.test(value)) return UTF8_ENCODER.encode(value);
  const codePoints = typeof value === 'string' ? [...value].map((c) => c.codePointAt(0)!) : value.codePoints;
  const out: number[] = [];
  for (const cp of codePoints) {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

function writeBytes(w: MarshalWriter, bytes: Uint8Array, flag: number): void {
  w.u8(MarshalType.STRING | flag);
  w.i32(bytes.length);
  w.raw(bytes);
}

function writeTuple(w: MarshalWriter, items: readonly MarshalValue[], role: ValueRole, flag: number): void {
  if (items.length < 256) {
    w.u8(MarshalType.SMALL_TUPLE | flag);
    w.u8(items.length);
    for (const item of items) w.writeValue(item, itemRole(role));
  } else {
    w.u8(MarshalType.TUPLE | flag);
    w.sizedItems(items, itemRole(role));
  }
}

function writeDict(w: MarshalWriter, dict: PyDict, flag: number): void {
  w.u8(MarshalType.DICT | flag);
  for (const [key, value] of dict.entries) {
    w.writeValue(key, 'const');
    w.writeValue(value, 'const');
  }
  w.u8(MarshalType.NULL);
}

/** The 3.11 field order of a code object (marshal.c, w_complex_object). */
function writeCode(w: MarshalWriter, co: CodeObject, flag: number): void {
  w.u8(MarshalType.CODE | flag);
  for (const n of [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_stacksize, co.co_flags]) w.i32(n);
  w.writeValue(new PyBytes(co.co_code), 'codebytes');
  // co_consts may hold code objects, which PyTuple's type does not admit; the writer takes any MarshalValue.
  w.writeValue(new PyTuple(co.co_consts as PyConstant[]), 'consts');
  w.writeValue(new PyTuple(co.co_names), 'names');
  w.writeValue(new PyTuple(co.co_localsplusnames), 'names');
  w.writeValue(new PyBytes(co.co_localspluskinds), 'fresh');
  w.writeValue(co.co_filename, 'filename');
  w.writeValue(co.co_name, 'codename');
  w.writeValue(co.co_qualname, w.policy.qualnameRole?.(co) ?? (co.co_qualname === co.co_name ? 'codename' : 'fresh'));
  w.i32(co.co_firstlineno);
  w.writeValue(new PyBytes(co.co_linetable), 'merged');
  w.writeValue(new PyBytes(co.co_exceptiontable), 'merged');
}
