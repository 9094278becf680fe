// marshal.dumps for CPython 3.11's format (version 4): a MarshalValue in, bytes out.
//
// Which values are flagged for back-references decides byte identity with
// python3, which decides by reference counts; marshal-refs.ts holds that
// policy. Sets are written sorted by their items' marshalled bytes, as CPython
// does since 3.10.

import { ELLIPSIS, PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple, type PyConstant } from '../../ast/nodes.js';
import { type CodeObject, isCodeObject } from '../code.js';
import { type RefPolicy, type ValueRole, cpythonLikeRefs, isInterned, itemRole } from '../marshal-refs.js';
import {
  FLAG_REF, MarshalError, MarshalType, type MarshalValue, PyDict, PyList, PySet, STOP_ITERATION,
} from './format.js';

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
