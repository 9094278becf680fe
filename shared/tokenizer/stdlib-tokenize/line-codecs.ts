// The codecs a PEP 263 cookie can name, as tokenize.py sees them: `codecs.lookup` decides
// whether a name exists (after Python's name normalization and alias table), and each
// line is then decoded on its own with `bytes.decode(encoding)` — strict errors, so a bad
// byte raises UnicodeDecodeError with CPython's codec name, position and reason.
// UTF-8, Latin-1 and ASCII are decoded here byte-exactly. Single-byte code pages take
// their table from the engine's TextDecoder (WHATWG), corrected where CPython differs:
// ASCII maps to itself, the bytes CPython leaves undefined raise "character maps to
// <undefined>", and cp1252 has its own row because Node decodes windows-1252 as Latin-1.
// Multi-byte codecs go through TextDecoder as they are. Codecs not listed count as unknown.

import { PyUnicodeDecodeError } from './errors.js';

/** Decode one line; throws PyUnicodeDecodeError. */
export type LineDecoder = (bytes: Uint8Array) => string;

/** [Python module name, WHATWG label or null for the built-in decoders, aliases]. */
const CODEC_TABLE: readonly (readonly [string, string | null, string])[] = [
  ['utf_8', null, 'cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4'],
  ['latin_1', null, '8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1'],
  ['ascii', null, '646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii'],
  ['cp1250', 'windows-1250', '1250 windows_1250'],
  ['cp1251', 'windows-1251', '1251 windows_1251'],
  ['cp1252', 'windows-1252', '1252 windows_1252'],
  ['cp1253', 'windows-1253', '1253 windows_1253'],
  ['cp1254', 'windows-1254', '1254 windows_1254'],
  ['cp1255', 'windows-1255', '1255 windows_1255'],
  ['cp1256', 'windows-1256', '1256 windows_1256'],
  ['cp1257', 'windows-1257', '1257 windows_1257'],
  ['cp1258', 'windows-1258', '1258 windows_1258'],
  ['cp874', 'windows-874', ''],
  ['koi8_r', 'koi8-r', 'cskoi8r'],
  ['koi8_u', 'koi8-u', ''],
  ['cp866', 'ibm866', '866 csibm866 ibm866'],
  ['mac_roman', 'macintosh', 'macintosh macroman'],
  ['mac_cyrillic', 'x-mac-cyrillic', 'maccyrillic'],
  ['shift_jis', 'shift_jis', 'csshiftjis s_jis shiftjis sjis x_mac_japanese'],
  ['euc_jp', 'euc-jp', 'eucjp u_jis ujis'],
  ['iso2022_jp', 'iso-2022-jp', 'csiso2022jp iso2022jp iso_2022_jp'],
  ['gbk', 'gbk', '936 cp936 ms936'],
  ['gb18030', 'gb18030', 'gb18030_2000'],
  ['big5', 'big5', 'big5_tw csbig5 x_mac_trad_chinese'],
  ['euc_kr', 'euc-kr', 'euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean'],
  ['iso8859_2', 'iso-8859-2', 'csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2'],
  ['iso8859_3', 'iso-8859-3', 'csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3'],
  ['iso8859_4', 'iso-8859-4', 'csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4'],
  ['iso8859_5', 'iso-8859-5', 'csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144'],
  ['iso8859_6', 'iso-8859-6', 'arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127'],
  ['iso8859_7', 'iso-8859-7', 'csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126'],
  ['iso8859_8', 'iso-8859-8', 'csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138'],
  ['iso8859_10', 'iso-8859-10', 'csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6'],
  ['iso8859_13', 'iso-8859-13', 'iso_8859_13 l7 latin7'],
  ['iso8859_14', 'iso-8859-14', 'iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8'],
  ['iso8859_15', 'iso-8859-15', 'iso_8859_15 l9 latin9'],
];

/** The bytes CPython's single-byte codecs leave undefined where WHATWG defines a C1 control. */
const UNDEFINED_BYTES: ReadonlyMap<string, string> = new Map([
  ['cp1250', '81 83 88 90 98'],
  ['cp1251', '98'],
  ['cp1252', '81 8d 8f 90 9d'],
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

/** Codecs decoded one byte at a time through a 256-entry table. */
const SINGLE_BYTE = new Set([
  'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258', 'cp874',
  'koi8_r', 'koi8_u', 'cp866', 'mac_roman', 'mac_cyrillic', 'iso8859_2', 'iso8859_3', 'iso8859_4',
  'iso8859_5', 'iso8859_6', 'iso8859_7', 'iso8859_8', 'iso8859_10', 'iso8859_13', 'iso8859_14', 'iso8859_15',
]);

const UNDEFINED = -1;

/** The byte → code point table of a single-byte codec, UNDEFINED where CPython raises. */
function singleByteTable(module: string, label: string): Int32Array {
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

function singleByteDecoder(module: string, label: string): LineDecoder {
  const table = singleByteTable(module, label);
  return (bytes) => {
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
      const cp = table[bytes[i]];
      if (cp === UNDEFINED) throw new PyUnicodeDecodeError('charmap', bytes, i, i + 1, 'character maps to <undefined>');
      out += String.fromCharCode(cp);
    }
    return out;
  };
}

/** Codec module name → WHATWG label (null: decoded here). */
const MODULES: ReadonlyMap<string, string | null> = new Map(CODEC_TABLE.map(([module, label]) => [module, label]));

/** Alias → codec module name, as encodings.aliases. */
const ALIASES: ReadonlyMap<string, string> = new Map(
  CODEC_TABLE.flatMap(([module, , aliases]) =>
    aliases.split(' ').filter((a) => a !== '').map((a) => [a, module] as const),
  ),
);

/**
 * `encodings.normalize_encoding` after codecs' lower-casing: every run of characters other
 * than alphanumerics and '.' becomes one '_' (dropped at either end); non-ASCII
 * alphanumerics end such a run but are themselves left out.
 */
export function normalizeEncodingName(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name.toLowerCase()) {
    const c = ch.charCodeAt(0);
    const ascii = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x2e;
    if (ascii || /^[\p{L}\p{N}]$/u.test(ch)) {
      if (punct && out !== '') out += '_';
      if (ascii) out += ch;
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

/** encodings.search_function: the alias of the name (or of it with '.' as '_'), else the name. */
function findCodec(name: string): string | undefined {
  const norm = normalizeEncodingName(name);
  const aliased = ALIASES.get(norm) ?? ALIASES.get(norm.replace(/\./g, '_'));
  if (aliased !== undefined) return aliased;
  return MODULES.has(norm) ? norm : undefined;
}

/** `codecs.lookup(name)` succeeds? */
export function codecExists(name: string): boolean {
  return findCodec(name) !== undefined;
}

/** The strict line decoder for a codec name, or null when Python would not know it. */
export function lookupLineDecoder(name: string): LineDecoder | null {
  const module = findCodec(name === 'utf-8-sig' ? 'utf-8' : name);
  if (module === undefined) return null;
  const label = MODULES.get(module);
  if (module === 'utf_8') return decodeUtf8Strict;
  if (module === 'latin_1') return decodeLatin1;
  if (module === 'ascii') return decodeAscii;
  if (SINGLE_BYTE.has(module)) return singleByteDecoder(module, label!);
  const decoder = new TextDecoder(label!, { fatal: true });
  return (bytes) => {
    try {
      return decoder.decode(bytes);
    } catch {
      return raiseAtSequence(module, label!, bytes);
    }
  };
}

/**
 * Locate a multi-byte decoding failure the way CPython's CJK codecs report it: the bad
 * sequence starts after the last complete character; at the end of the data it is
 * incomplete rather than illegal. Feeds a streaming decoder one byte at a time.
 */
function raiseAtSequence(module: string, label: string, bytes: Uint8Array): never {
  const decoder = new TextDecoder(label, { fatal: true });
  let boundary = 0;
  for (let i = 0; i < bytes.length; i++) {
    try {
      if (decoder.decode(bytes.subarray(i, i + 1), { stream: true }) !== '') boundary = i + 1;
    } catch {
      throw new PyUnicodeDecodeError(module, bytes, boundary, boundary + 1, 'illegal multibyte sequence');
    }
  }
  throw new PyUnicodeDecodeError(module, bytes, boundary, bytes.length, 'incomplete multibyte sequence');
}

function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

function decodeAscii(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) throw new PyUnicodeDecodeError('ascii', bytes, i, i + 1, 'ordinal not in range(128)');
  }
  return decodeLatin1(bytes);
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8; on failure, CPython's error range and reason for the first bad sequence. */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    const bad = findUtf8Error(bytes, 0)!;
    throw new PyUnicodeDecodeError('utf-8', bytes, bad.start, bad.end, bad.reason);
  }
}

/** UTF-8 with surrogateescape: each undecodable byte b becomes U+DC00+b (sys.stdin's errors). */
export function decodeUtf8SurrogateEscape(bytes: Uint8Array): string {
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    let out = '';
    let pos = 0;
    for (let bad = findUtf8Error(bytes, 0); bad !== null; bad = findUtf8Error(bytes, pos)) {
      out += UTF8_FATAL.decode(bytes.subarray(pos, bad.start));
      for (let i = bad.start; i < bad.end; i++) out += String.fromCharCode(0xdc00 + bytes[i]);
      pos = bad.end;
    }
    return out + UTF8_FATAL.decode(bytes.subarray(pos));
  }
}

interface Utf8Error {
  start: number;
  end: number;
  reason: string;
}

/** [lead-byte range low, high, sequence length, second-byte low, second-byte high]. */
const UTF8_LEADS: readonly (readonly number[])[] = [
  [0xc2, 0xdf, 2, 0x80, 0xbf],
  [0xe0, 0xe0, 3, 0xa0, 0xbf],
  [0xe1, 0xec, 3, 0x80, 0xbf],
  [0xed, 0xed, 3, 0x80, 0x9f], // no encoded surrogates
  [0xee, 0xef, 3, 0x80, 0xbf],
  [0xf0, 0xf0, 4, 0x90, 0xbf], // no overlong forms
  [0xf1, 0xf3, 4, 0x80, 0xbf],
  [0xf4, 0xf4, 4, 0x80, 0x8f], // nothing above U+10FFFF
];

/**
 * The first invalid sequence at or after `from`, sized as CPython reports it: one byte for
 * a bad lead, the valid prefix for a bad continuation, up to the end for truncated data.
 */
function findUtf8Error(bytes: Uint8Array, from: number): Utf8Error | null {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const lead = UTF8_LEADS.find((l) => b >= l[0] && b <= l[1]);
    if (lead === undefined) return { start: i, end: i + 1, reason: 'invalid start byte' };
    const len = lead[2];
    for (let k = 1; k < len; k++) {
      if (i + k >= bytes.length) return { start: i, end: bytes.length, reason: 'unexpected end of data' };
      const c = bytes[i + k];
      const lo = k === 1 ? lead[3] : 0x80;
      const hi = k === 1 ? lead[4] : 0xbf;
      if (c < lo || c > hi) return { start: i, end: i + k, reason: 'invalid continuation byte' };
    }
    i += len;
  }
  return null;
}
