// str.encode() and str(bytes, encoding, errors): text codecs with CPython's error handlers.
//
// Decoding reuses the strict decoders of shared/kernels/codecs (which report the failing byte
// range as CPython does) and applies the error handler to each failing range in turn. Encoding
// is written here: UTF-8/16/32, ASCII, Latin-1 and the code pages the decoding kernel knows
// (their tables inverted). An error handler is looked up only when a character fails, as in
// CPython, so `'abc'.encode('ascii', 'bogus')` succeeds. Failures raise the Python
// UnicodeEncodeError/UnicodeDecodeError built by calling the exception type.

import { decref, newref, type PyValue } from '../../object.js';
import { newException, raise } from '../../errors.js';
import { call } from '../../protocols/call.js';
import { newStr } from '../../strings.js';
import { LookupError, PyBaseException, TypeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeError } from '../exceptions.js';
import { PyBytes } from '../bytes.js';
import { PyStr } from '../str.js';
import { str } from '../../protocols/objects.js';
import { bomOrder, lookupDecoder, PyUnicodeDecodeError, utf16or32Surrogate } from '../../../../shared/kernels/codecs.js';
import { findCodec, normalizeEncodingName } from '../../../../shared/kernels/codecs/names.js';
import { unicodeCharName } from '../../../../shared/kernels/unicode-names.js';
import { joinText, textCodePoints, textFromCodePoints } from '../../../../shared/kernels/str/code-points.js';

const HEX = '0123456789abcdef';
const hex = (n: number, width: number): string => {
  let s = '';
  for (let shift = (width - 1) * 4; shift >= 0; shift -= 4) s += HEX[(n >>> shift) & 0xf];
  return s;
};

/** "\xNN", "\uNNNN" or "\UNNNNNNNN" as backslashreplace writes a code point. */
function backslashEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

// --- encoders ---------------------------------------------------------------------------------

/** One text encoding: writes a code point's bytes, or returns false when it cannot encode it. */
interface Encoder {
  /** The codec's name in error messages ('utf-8', 'latin-1', 'charmap'). */
  readonly name: string;
  readonly reason: string;
  /** Does surrogatepass apply (the UTF codecs)? */
  readonly utf: boolean;
  bom: readonly number[];
  put(cp: number, out: number[]): boolean;
  /** Writes a surrogate as surrogatepass does. */
  putSurrogate(cp: number, out: number[]): void;
}

function utf8Put(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

function utf16Put(cp: number, out: number[], big: boolean): void {
  const unit = (u: number): void => {
    if (big) out.push(u >> 8, u & 0xff);
    else out.push(u & 0xff, u >> 8);
  };
  if (cp < 0x10000) unit(cp);
  else {
    const v = cp - 0x10000;
    unit(0xd800 | (v >> 10));
    unit(0xdc00 | (v & 0x3ff));
  }
}

function utf32Put(cp: number, out: number[], big: boolean): void {
  if (big) out.push(cp >>> 24, (cp >> 16) & 0xff, (cp >> 8) & 0xff, cp & 0xff);
  else out.push(cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, cp >>> 24);
}

function utfEncoder(name: string, bom: number[], write: (cp: number, out: number[]) => void): Encoder {
  return {
    name, reason: 'surrogates not allowed', utf: true, bom,
    put(cp, out) {
      if (isSurrogate(cp)) return false;
      write(cp, out);
      return true;
    },
    putSurrogate: write,
  };
}

function limitEncoder(name: string, limit: number): Encoder {
  return {
    name, reason: `ordinal not in range(${limit})`, utf: false, bom: [],
    put(cp, out) {
      if (cp >= limit) return false;
      out.push(cp);
      return true;
    },
    putSurrogate() {},
  };
}

const charmapTables = new Map<string, Map<number, number>>();

/** The code point → byte table of a code page, from its decoder. */
function charmapEncoder(module: string): Encoder {
  let table = charmapTables.get(module);
  if (table === undefined) {
    table = new Map();
    const decode = lookupDecoder(module)!;
    for (let b = 0; b < 256; b++) {
      try {
        table.set(decode(Uint8Array.of(b)).codePointAt(0)!, b);
      } catch {
        // undefined byte
      }
    }
    charmapTables.set(module, table);
  }
  const map = table;
  return {
    name: 'charmap', reason: 'character maps to <undefined>', utf: false, bom: [],
    put(cp, out) {
      const b = map.get(cp);
      if (b === undefined) return false;
      out.push(b);
      return true;
    },
    putSurrogate() {},
  };
}

/** Non-text codecs Python knows by name: encode() refuses them with their own message. */
const NON_TEXT = new Set(['base64', 'base_64', 'base64_codec', 'bz2', 'bz2_codec', 'hex', 'hex_codec', 'quopri', 'quopri_codec',
  'quotedprintable', 'rot13', 'rot_13', 'uu', 'uu_codec', 'zip', 'zlib', 'zlib_codec']);

/** The codec module name for an encoding name, or a LookupError. */
function codecModule(encoding: string): string {
  const norm = normalizeEncodingName(encoding);
  const codec = findCodec(encoding);
  if (codec !== null) return codec.module;
  if (NON_TEXT.has(norm)) raise(LookupError, `'${encoding}' is not a text encoding; use codecs.encode() to handle arbitrary codecs`);
  raise(LookupError, `unknown encoding: ${encoding}`);
}

function encoderFor(encoding: string): Encoder {
  const module = codecModule(encoding);
  switch (module) {
    case 'utf_8': return utfEncoder('utf-8', [], utf8Put);
    case 'utf_8_sig': return utfEncoder('utf-8', [0xef, 0xbb, 0xbf], utf8Put);
    case 'ascii': return limitEncoder('ascii', 128);
    case 'latin_1': return limitEncoder('latin-1', 256);
    case 'utf_16': return utfEncoder('utf-16', [0xff, 0xfe], (cp, out) => utf16Put(cp, out, false));
    case 'utf_16_le': return utfEncoder('utf-16-le', [], (cp, out) => utf16Put(cp, out, false));
    case 'utf_16_be': return utfEncoder('utf-16-be', [], (cp, out) => utf16Put(cp, out, true));
    case 'utf_32': return utfEncoder('utf-32', [0xff, 0xfe, 0, 0], (cp, out) => utf32Put(cp, out, false));
    case 'utf_32_le': return utfEncoder('utf-32-le', [], (cp, out) => utf32Put(cp, out, false));
    case 'utf_32_be': return utfEncoder('utf-32-be', [], (cp, out) => utf32Put(cp, out, true));
    default: {
      const codec = findCodec(module);
      if (codec !== null && codec.kind === 'charmap') return charmapEncoder(module);
      raise(LookupError, `unknown encoding: ${encoding}`);
    }
  }
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) raise(LookupError, `unknown error handler name '${errors}'`);
}

/** Raises UnicodeEncodeError(encoding, s, start, end, reason). */
function encodeError(enc: Encoder, s: PyStr, start: number, end: number): never {
  const args: PyValue[] = [newStr(enc.name), s, start, end, newStr(enc.reason)];
  const e = call(UnicodeEncodeError, args);
  decref(args[0]!);
  decref(args[4]!);
  throw e;
}

const utf8Encoder = new TextEncoder();
/** A surrogate that is not half of a pair: UTF-8 cannot encode it without an error handler. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** s.encode(encoding, errors) as bytes. */
export function encodeStr(s: PyStr, encoding: string, errors: string): Uint8Array {
  return wrapCodecErrors('encoding', encoding, () => encodeWith(s, encoding, errors));
}

function encodeWith(s: PyStr, encoding: string, errors: string): Uint8Array {
  const text = s.value;
  const enc = encoderFor(encoding);
  if (enc.name === 'utf-8' && enc.bom.length === 0 && !LONE_SURROGATE.test(text)) return utf8Encoder.encode(text);
  const out: number[] = [...enc.bom];
  // Walk by code point, keeping the code point index for error positions.
  const cps = textCodePoints(text);
  for (let k = 0; k < cps.length; k++) {
    if (enc.put(cps[k]!, out)) continue;
    // A run of characters the codec cannot encode goes to the handler at once.
    let end = k + 1;
    const probe: number[] = [];
    // (UTF-16 and UTF-32 hand the handler one character at a time.)
    if (enc.utf && enc.name !== 'utf-8') end = k + 1;
    else while (end < cps.length && !enc.put(cps[end]!, probe) && (!enc.utf || isSurrogate(cps[end]!))) end++;
    if (errors === 'strict') encodeError(enc, s, k, end);
    checkHandler(errors);
    for (let j = k; j < end; j++) {
      const cp = cps[j]!;
      switch (errors) {
        case 'ignore': break;
        case 'replace': enc.put(0x3f, out); break;
        case 'xmlcharrefreplace': putAscii(enc, `&#${cp};`, out); break;
        case 'backslashreplace': putAscii(enc, backslashEscape(cp), out); break;
        case 'namereplace': {
          const name = unicodeCharName(cp);
          putAscii(enc, name !== null ? `\\N{${name}}` : backslashEscape(cp), out);
          break;
        }
        case 'surrogateescape':
          // CPython's UTF-16 and UTF-32 encoders take no raw bytes from a handler: the first
          // character fails. The others fail from the first character outside U+DC80-U+DCFF to
          // the end of the run.
          if (enc.utf && enc.name !== 'utf-8') encodeError(enc, s, j, j + 1);
          if (cp >= 0xdc80 && cp <= 0xdcff) out.push(cp - 0xdc00);
          else encodeError(enc, s, j, end);
          break;
        case 'surrogatepass':
          // Elsewhere the handler re-raises the codec's error, which spans the whole run.
          if (enc.utf && isSurrogate(cp)) enc.putSurrogate(cp, out);
          else encodeError(enc, s, j, end);
          break;
      }
    }
    k = end - 1;
  }
  return Uint8Array.from(out);
}

function putAscii(enc: Encoder, text: string, out: number[]): void {
  for (let i = 0; i < text.length; i++) enc.put(text.charCodeAt(i), out);
}

// --- decoding ---------------------------------------------------------------------------------

/** The surrogate UTF-8 spells at data[at..at+3) (ED A0..BF 80..BF), or -1. */
function utf8Surrogate(data: Uint8Array, at: number): number {
  if (at + 2 >= data.length || data[at] !== 0xed) return -1;
  const b1 = data[at + 1]!;
  const b2 = data[at + 2]!;
  if (b1 < 0xa0 || b1 > 0xbf || (b2 & 0xc0) !== 0x80) return -1;
  return 0xd000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
}

/** What surrogatepass decodes at a failing position of a UTF codec: the code point and its width, or null. */
function passedSurrogate(codec: string, bytes: Uint8Array, at: number): { cp: number; width: number } | null {
  if (codec === 'utf-8') {
    const cp = utf8Surrogate(bytes, at);
    return cp < 0 ? null : { cp, width: 3 };
  }
  return utf16or32Surrogate(codec, bytes, at);
}

/** Raises the Python UnicodeDecodeError for a kernel's report. */
function decodeError(e: PyUnicodeDecodeError): never {
  const args: PyValue[] = [newStr(e.encoding), new PyBytes(e.object.slice()), e.start, e.end, newStr(e.reason)];
  const exc = call(UnicodeDecodeError, args);
  for (const a of args) decref(a);
  throw exc;
}

/** bytes.decode(encoding, errors): the text. */
export function decodeBytes(bytes: Uint8Array, encoding: string, errors: string): string {
  return wrapCodecErrors('decoding', encoding, () => decodeWith(bytes, encoding, errors));
}

function decodeWith(bytes: Uint8Array, encoding: string, errors: string): string {
  let module = codecModule(encoding);
  let pos = 0;
  if (module === 'utf_16' || module === 'utf_32') {
    // The BOM decides the byte order once; decoding resumes after an error in that order.
    const order = bomOrder(bytes, module === 'utf_16' ? 2 : 4);
    module += order.big ? '_be' : '_le';
    pos = order.skip;
  }
  const decode = lookupDecoder(module);
  if (decode === null) raise(LookupError, `unknown encoding: ${encoding}`);
  let out = '';
  for (;;) {
    try {
      return joinText(out, decode(pos === 0 ? bytes : bytes.subarray(pos)));
    } catch (e) {
      if (!(e instanceof PyUnicodeDecodeError)) throw e;
      // Positions are relative to the part decoded; report them in the whole input.
      const start = pos + e.start;
      const end = pos + e.end;
      const failure = new PyUnicodeDecodeError(e.encoding, bytes, start, end, e.reason);
      if (errors === 'strict') decodeError(failure);
      checkHandler(errors);
      if (errors === 'xmlcharrefreplace' || errors === 'namereplace') {
        raise(TypeError, "don't know how to handle UnicodeDecodeError in error callback");
      }
      out = joinText(out, decode(bytes.subarray(pos, start)));
      if (errors === 'surrogateescape') {
        // Escapes the failing bytes up to the first ASCII one (at most 4) and resumes there, even
        // inside a code unit (PyCodec_SurrogateEscapeErrors); none to escape re-raises.
        let piece = '';
        let i = start;
        while (i < end && i - start < 4 && bytes[i]! >= 0x80) piece += String.fromCharCode(0xdc00 + bytes[i++]!);
        if (i === start) decodeError(failure);
        out = joinText(out, piece);
        pos = i;
        continue;
      }
      if (errors === 'surrogatepass') {
        // Decoded surrogates stay separate code points (joinText adds a pair break between two).
        const passed = passedSurrogate(e.encoding, bytes, start);
        if (passed === null) decodeError(failure);
        out = joinText(out, String.fromCharCode(passed.cp));
        pos = start + passed.width;
        continue;
      }
      let piece = '';
      for (let i = start; i < end; i++) {
        const b = bytes[i]!;
        switch (errors) {
          case 'ignore': break;
          case 'replace': if (i === start) piece += '\ufffd'; break;
          case 'backslashreplace': piece += '\\x' + hex(b, 2); break;
        }
      }
      out = joinText(out, piece);
      pos = end;
    }
  }
}

/**
 * Normalized names str.encode/bytes.decode handle in C without the codec registry
 * (PyUnicode_AsEncodedString and PyUnicode_Decode's fast paths); errors of every other
 * name pass through _PyCodec_EncodeText, which wraps the simple ones.
 */
const FAST_PATH_NAMES = new Set(['utf_8', 'utf8', 'utf_16', 'utf16', 'utf_32', 'utf32', 'ascii', 'us_ascii', 'latin1', 'latin_1', 'iso_8859_1', 'iso8859_1']);

/**
 * Runs a codec; outside the fast paths a LookupError, TypeError or plain UnicodeError from it
 * becomes "encoding with 'NAME' codec failed (Type: message)" of the same type, caused by the
 * original (wrap_codec_error / _PyErr_TrySetFromCause).
 */
function wrapCodecErrors<T>(operation: 'encoding' | 'decoding', encoding: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof PyBaseException) || FAST_PATH_NAMES.has(normalizeEncodingName(encoding))) throw e;
    const type = e.ob_type;
    if (type !== LookupError && type !== TypeError && type !== UnicodeError) throw e;
    // A LookupError for the encoding itself comes from the registry, before the codec runs.
    if (type === LookupError && findCodec(encoding) === null) throw e;
    const text = str(e);
    const wrapped = newException(type, `${operation} with '${encoding}' codec failed (${type.name}: ${text})`);
    wrapped.cause = e;
    wrapped.context = newref(e);
    throw wrapped;
  }
}
