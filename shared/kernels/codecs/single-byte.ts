// The one-byte-per-character codecs. Latin-1 and ASCII are written out here. The code
// pages take their table from the engine's TextDecoder (WHATWG), corrected where CPython's
// tables differ: the bytes CPython leaves undefined raise "character maps to <undefined>"
// (codec name 'charmap'), and cp1252's 0x80-0x9F row is spelled out because Node decodes
// windows-1252 as Latin-1. Each table is built once, on first use.

import { PyUnicodeDecodeError } from './decode-error.js';

/** The bytes CPython's single-byte codecs leave undefined where WHATWG defines a C1 control. */
const UNDEFINED_BYTES: ReadonlyMap<string, string> = new Map([
  ['cp1250', '81 83 88 90 98'],
  ['cp1251', '98'],
  ['cp1253', '81 88 8a 8c 8d 8e 8f 90 98 9a 9c 9d 9e 9f aa d2 ff'],
  ['cp1254', '81 8d 8e 8f 90 9d 9e'],
  ['cp1255', '81 8a 8c 8d 8e 8f 90 9a 9c 9d 9e 9f ca d9 da db dc dd de df fb fc ff'],
  ['cp1257', '81 83 88 8a 8c 90 98 9a 9c 9f a1 a5'],
  ['cp1258', '81 8a 8d 8e 8f 90 9a 9d 9e'],
  ['cp874', '81 82 83 84 86 87 88 89 8a 8b 8c 8d 8e 8f 90 98 99 9a 9b 9c 9d 9e 9f db dc dd de fc fd fe ff'],
]);

/** cp1252's 0x80-0x9F row (0 for the undefined bytes). */
const CP1252_ROW = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const UNDEFINED = -1;

/** The byte → code point table of a code page, UNDEFINED where CPython raises. */
function charmapTable(module: string, label: string): Int32Array {
  const table = new Int32Array(256);
  const decoder = new TextDecoder(label);
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    table[b] = b < 0x80 ? b : ch === '\ufffd' ? UNDEFINED : ch.codePointAt(0)!;
  }
  if (module === 'cp1252') CP1252_ROW.forEach((cp, i) => (table[0x80 + i] = cp === 0 ? UNDEFINED : cp));
  for (const hex of (UNDEFINED_BYTES.get(module) ?? '').split(' ')) if (hex) table[parseInt(hex, 16)] = UNDEFINED;
  return table;
}

const tables = new Map<string, Int32Array>();

/** The strict decoder of code page `module`, whose WHATWG label is `label`. */
export function charmapDecoder(module: string, label: string): (bytes: Uint8Array) => string {
  let table = tables.get(module);
  if (table === undefined) tables.set(module, (table = charmapTable(module, label)));
  const map = table;
  return (bytes) => {
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
      const cp = map[bytes[i]];
      if (cp === UNDEFINED) throw new PyUnicodeDecodeError('charmap', bytes, i, i + 1, 'character maps to <undefined>');
      out += String.fromCharCode(cp);
    }
    return out;
  };
}

/** Latin-1: each byte is the code point of the same number. */
export function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

/** ASCII, strict. */
export function decodeAscii(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) throw new PyUnicodeDecodeError('ascii', bytes, i, i + 1, 'ordinal not in range(128)');
  }
  return decodeLatin1(bytes);
}
