// Byte → text codecs with CPython's names, tables and error reports, shared by the two
// front ends that decode source bytes: PEP 263 decoding for the parser
// (tokenizer/source-decoding.ts, which also keeps bad UTF-8 as escaped bytes for the
// lexer) and the line-by-line decoding of the tokenize.py emulation. `lookupDecoder`
// resolves a name as `codecs.lookup` does (codecs/names.ts) and returns a strict decoder
// that throws PyUnicodeDecodeError; UTF-8 lives in codecs/utf8.ts, Latin-1, ASCII and the
// code pages in codecs/single-byte.ts, UTF-16 and UTF-32 in codecs/utf16.ts, the CJK codecs
// in codecs/multi-byte.ts.

import { findCodec } from './codecs/names.js';
import { charmapDecoder, decodeAscii, decodeLatin1 } from './codecs/single-byte.js';
import { decodeUtf8, decodeUtf8Sig } from './codecs/utf8.js';
import { textDecoderCodec } from './codecs/multi-byte.js';
import { utf16Decoder, utf32Decoder } from './codecs/utf16.js';

export { PyUnicodeDecodeError } from './codecs/decode-error.js';
export { bomOrder, utf16or32Surrogate } from './codecs/utf16.js';
export { decodeUtf8, decodeUtf8Escaped, encodeUtf8Escaped, isEscapedByte } from './codecs/utf8.js';

/** Decodes a whole byte string strictly; throws PyUnicodeDecodeError. */
export type Decoder = (bytes: Uint8Array) => string;

/** The codecs written out in codecs/ (kind "own"), by Python module name. */
const OWN_DECODERS: ReadonlyMap<string, Decoder> = new Map([
  ['utf_8', decodeUtf8],
  ['utf_8_sig', decodeUtf8Sig],
  ['latin_1', decodeLatin1],
  ['ascii', decodeAscii],
  ['utf_16', utf16Decoder(null)],
  ['utf_16_le', utf16Decoder(false)],
  ['utf_16_be', utf16Decoder(true)],
  ['utf_32', utf32Decoder(null)],
  ['utf_32_le', utf32Decoder(false)],
  ['utf_32_be', utf32Decoder(true)],
]);

/** `codecs.lookup(name)` succeeds? */
export function codecExists(name: string): boolean {
  return findCodec(name) !== null;
}

/** The strict decoder of the Python codec `name`, or null when Python would not know it. */
export function lookupDecoder(name: string): Decoder | null {
  const codec = findCodec(name);
  if (codec === null) return null;
  if (codec.kind === 'own') return OWN_DECODERS.get(codec.module)!;
  if (codec.kind === 'charmap') return charmapDecoder(codec.module, codec.label!);
  return textDecoderCodec(codec.module, codec.label!);
}
