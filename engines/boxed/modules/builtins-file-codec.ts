// Encoding and decoding the text of files opened in text mode: the encoding and errors names
// open() accepts, with CPython's UnicodeDecodeError/UnicodeEncodeError/LookupError. Decoding
// uses the shared codec kernels; encoding covers UTF-8, Latin-1 and ASCII.

import { raise } from '../errors.js';
import { newStr } from '../strings.js';
import { PyBytes } from '../types/bytes.js';
import { LookupError, UnicodeDecodeError, UnicodeEncodeError } from '../types/exceptions.js';
import { call } from '../protocols/call.js';
import { decref, type PyValue } from '../object.js';
import { lookupDecoder, PyUnicodeDecodeError, decodeUtf8Escaped } from '../../../shared/kernels/codecs.js';
import { encodeStr } from '../types/str/str-codecs.js';
import { findCodec } from '../../../shared/kernels/codecs/names.js';

export interface TextCodec {
  /** The name as the file's `encoding` attribute shows it (as given to open()). */
  readonly name: string;
  decode(bytes: Uint8Array): string;
  encode(text: string): Uint8Array;
}

function throwCall(type: typeof UnicodeDecodeError, args: PyValue[]): never {
  let e: PyValue;
  try {
    e = call(type, args);
  } finally {
    for (const a of args) decref(a);
  }
  throw e;
}

function decodeError(err: PyUnicodeDecodeError): never {
  throwCall(UnicodeDecodeError, [newStr(err.encoding), new PyBytes(err.object.slice()), err.start, err.end, newStr(err.reason)]);
}

function encodeError(encoding: string, text: string, index: number, reason: string): never {
  // Positions count code points, as Python's do.
  const start = [...text.slice(0, index)].length;
  throwCall(UnicodeEncodeError, [newStr(encoding), newStr(text), start, start + 1, newStr(reason)]);
}

const utf8Encoder = new TextEncoder();

function encodeUtf8(text: string, errors: string): Uint8Array {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
    }
    // A lone surrogate: str.encode's codec reports the run of them, or applies the error handler.
    const s = newStr(text);
    try {
      return encodeStr(s, 'utf-8', errors);
    } finally {
      decref(s);
    }
  }
  return utf8Encoder.encode(text);
}

function encodeSingleByte(text: string, limit: number, encoding: string, errors: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < limit) { out.push(cp); continue; }
    if (errors === 'ignore') continue;
    if (errors === 'replace') { out.push(0x3f); continue; }
    encodeError(encoding, text, cp > 0xffff ? i - 1 : i, `ordinal not in range(${limit})`);
  }
  return Uint8Array.from(out);
}

/** The codec for open(encoding=..., errors=...); LookupError for unknown names. */
export function textCodec(encoding: string, errors: string): TextCodec {
  const codec = findCodec(encoding);
  if (codec === null) raise(LookupError, `unknown encoding: ${encoding}`);
  const module = codec.module;
  const strictDecoder = lookupDecoder(encoding)!;
  const lenient = module === 'utf_8' && errors !== 'strict';
  const decode = (bytes: Uint8Array): string => {
    if (lenient) {
      if (errors === 'surrogateescape') return decodeUtf8Escaped(bytes).text;
      const s = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      return errors === 'ignore' ? s.replace(/\ufffd/g, '') : s;
    }
    try {
      return strictDecoder(bytes);
    } catch (e) {
      if (e instanceof PyUnicodeDecodeError) decodeError(e);
      throw e;
    }
  };
  let encode: (text: string) => Uint8Array;
  if (module === 'utf_8' || module === 'utf_8_sig') encode = (t) => encodeUtf8(t, errors);
  else if (module === 'latin_1') encode = (t) => encodeSingleByte(t, 0x100, 'latin-1', errors);
  else if (module === 'ascii') encode = (t) => encodeSingleByte(t, 0x80, 'ascii', errors);
  else encode = () => raise(LookupError, `writing with encoding ${encoding} is not supported`);
  return { name: encoding, decode, encode };
}

/** UTF-8 byte length of a JS string (tell() in text mode counts bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
