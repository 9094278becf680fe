// What a re pattern matches against (for _pyw_re, re-native.ts): a str, or a bytes-like object
// matched as latin-1 text. The regex kernel works in UTF-16 units; a str with astral characters
// gets an index map so every position Python sees is in code points (BMP text needs none).

import type { PyValue } from '../object.js';
import { raise } from '../errors.js';
import { newStr } from '../strings.js';
import { PyStr } from '../types/str.js';
import { PyBytes } from '../types/bytes.js';
import { bufferOf } from '../types/bytes/buffer.js';
import { TypeError } from '../types/exceptions.js';
import { typeName } from '../protocols/type-of.js';

/** The first `length` bytes as a JS string of latin-1 characters (one per byte). */
export function latin1(bytes: Uint8Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 8192) {
    s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(length, i + 8192))));
  }
  return s;
}

/** Code-point ↔ UTF-16 index maps of a str with astral characters. */
class IndexMap {
  readonly toUnit: Int32Array;
  readonly toCp: Int32Array;
  constructor(s: string, cpLength: number) {
    this.toUnit = new Int32Array(cpLength + 1);
    this.toCp = new Int32Array(s.length + 1);
    let cp = 0;
    for (let u = 0; u < s.length; u++) {
      this.toUnit[cp] = u;
      this.toCp[u] = cp;
      const c = s.charCodeAt(u);
      if (c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00) {
        u++;
        this.toCp[u] = cp;
      }
      cp++;
    }
    this.toUnit[cp] = s.length;
    this.toCp[s.length] = cp;
  }
}

/** What a pattern matches against: the Python object and its JS text. */
export class Subject {
  constructor(
    readonly obj: PyValue,
    readonly text: string,
    /** The bytes of a bytes-like subject (null for str). */
    readonly bytes: Uint8Array | null,
    /** Python length (code points or bytes). */
    readonly length: number,
    readonly map: IndexMap | null,
  ) {}

  unit(pos: number): number {
    return this.map === null ? pos : this.map.toUnit[pos]!;
  }

  py(unit: number): number {
    return this.map === null ? unit : this.map.toCp[unit]!;
  }

  /** A new str/bytes of text[start:end] (JS units). */
  slice(start: number, end: number): PyValue {
    if (this.bytes === null) return newStr(this.text.slice(start, end));
    return new PyBytes(this.bytes.slice(start, end));
  }

  fromText(s: string): PyValue {
    if (this.bytes === null) return newStr(s);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return new PyBytes(out);
  }
}

/** The index map of the last astral str seen (loops of p.match(s, pos) reuse it). */
let lastMapText = '';
let lastMap: IndexMap | null = null;

function indexMapOf(v: PyStr): IndexMap | null {
  if (v.isSimple) return null;
  if (lastMap === null || lastMapText !== v.value) {
    lastMap = new IndexMap(v.value, v.length);
    lastMapText = v.value;
  }
  return lastMap;
}

export function subjectOf(isBytesPattern: boolean, v: PyValue): Subject {
  if (v instanceof PyStr) {
    if (isBytesPattern) raise(TypeError, 'cannot use a bytes pattern on a string-like object');
    return new Subject(v, v.value, null, v.length, indexMapOf(v));
  }
  const buf = bufferOf(v);
  if (buf === null) raise(TypeError, `expected string or bytes-like object, got '${typeName(v)}'`);
  // Only bytes are immutable: other buffers are copied so matches keep what was matched.
  const bytes = v instanceof PyBytes ? buf : buf.slice();
  const n = bytes.length;
  if (!isBytesPattern) raise(TypeError, 'cannot use a string pattern on a bytes-like object');
  return new Subject(v, latin1(bytes, n), bytes, n, null);
}
