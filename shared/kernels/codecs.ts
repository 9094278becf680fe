// Byte → text codecs with CPython's names and error messages.
//
// Source decoding (PEP 263) and the bytes/str machinery need Python's codecs,
// not the WHATWG ones: Node's TextDecoder maps 'latin1' to windows-1252 and
// words errors its own way. UTF-8, Latin-1, ASCII and cp1252 are written here
// with Python's exact error reports (the UnicodeDecodeError message text);
// other codecs a coding cookie may name are delegated to TextDecoder under
// their WHATWG label. `lookupCodec` normalizes a name as `codecs.lookup` does.

/** A decoding failure, as Python's UnicodeDecodeError reports it. */
export class CodecError extends Error {
  constructor(
    readonly encoding: string,
    /** Byte offsets [start, end) of the undecodable bytes. */
    readonly start: number,
    readonly end: number,
    readonly reason: string,
    readonly bytes: Uint8Array,
  ) {
    super(codecErrorMessage(encoding, bytes, start, end, reason));
  }
}

/** "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte". */
export function codecErrorMessage(encoding: string, bytes: Uint8Array, start: number, end: number, reason: string): string {
  if (end - start === 1) {
    const hex = bytes[start].toString(16).padStart(2, '0');
    return `'${encoding}' codec can't decode byte 0x${hex} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

// ---------------------------------------------------------------------------
// UTF-8

/** Length of the UTF-8 sequence a lead byte announces (0: not a lead byte), and the allowed second-byte range. */
function utf8Lead(b: number): [number, number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f]; // no surrogates
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f]; // nothing above U+10FFFF
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  return [0, 0, 0];
}

/**
 * Checks the UTF-8 sequence at `i` (a byte >= 0x80) within bytes[.., end).
 * Returns its length when valid, else a CodecError-shaped failure: how many
 * bytes Python reports and why.
 */
function utf8Sequence(bytes: Uint8Array, i: number, end: number): number | { len: number; reason: string } {
  const [n, lo, hi] = utf8Lead(bytes[i]);
  if (n === 0) return { len: 1, reason: 'invalid start byte' };
  for (let k = 1; k < n; k++) {
    if (i + k >= end) return { len: k, reason: 'unexpected end of data' };
    const b = bytes[i + k];
    const ok = k === 1 ? b >= lo && b <= hi : b >= 0x80 && b <= 0xbf;
    if (!ok) return { len: k, reason: 'invalid continuation byte' };
  }
  return n;
}

/** Decodes bytes[start, end) as strict UTF-8; throws CodecError (positions relative to `start`). */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  for (let i = start; i < end; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const r = utf8Sequence(bytes, i, end);
    if (typeof r !== 'number') {
      const slice = bytes.subarray(start, end);
      throw new CodecError('utf-8', i - start, i - start + r.len, r.reason, slice);
    }
    i += r;
  }
  return UTF8.decode(bytes.subarray(start, end));
}

const UTF8 = new TextDecoder('utf-8');

/**
 * Decodes UTF-8, replacing each undecodable byte b by the lone surrogate
 * U+DC00+b (Python's "surrogateescape"), so that later stages can still tell
 * which bytes were bad and report them where CPython does.
 */
export function decodeUtf8Escaped(bytes: Uint8Array): { text: string; escaped: boolean } {
  let parts: string[] | null = null;
  let from = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const r = utf8Sequence(bytes, i, bytes.length);
    if (typeof r === 'number') {
      i += r;
      continue;
    }
    parts ??= [];
    parts.push(UTF8.decode(bytes.subarray(from, i)));
    for (let k = 0; k < r.len; k++) parts.push(String.fromCharCode(0xdc00 + bytes[i + k]));
    i += r.len;
    from = i;
  }
  if (parts === null) return { text: UTF8.decode(bytes), escaped: false };
  parts.push(UTF8.decode(bytes.subarray(from)));
  return { text: parts.join(''), escaped: true };
}

/** Is `c` (a UTF-16 code unit) a byte escaped by decodeUtf8Escaped? */
export function isEscapedByte(c: number): boolean {
  return c >= 0xdc80 && c <= 0xdcff;
}

/** The bytes `text` came from: escaped bytes as themselves, other characters as UTF-8. */
export function encodeUtf8Escaped(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isEscapedByte(c)) out.push(c - 0xdc00);
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      for (const b of new TextEncoder().encode(String.fromCodePoint(cp))) out.push(b);
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------
// Single-byte codecs

function decodeLatin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192)));
  }
  return s;
}

function decodeAscii(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) throw new CodecError('ascii', i, i + 1, 'ordinal not in range(128)', bytes);
  }
  return decodeLatin1(bytes);
}

/** cp1252's 0x80–0x9F row (0 marks the five undefined bytes). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80 || b >= 0xa0) chars.push(String.fromCharCode(b));
    else {
      const cp = CP1252_HIGH[b - 0x80];
      if (cp === 0) throw new CodecError('charmap', i, i + 1, 'character maps to <undefined>', bytes);
      chars.push(String.fromCharCode(cp));
    }
  }
  return chars.join('');
}

// ---------------------------------------------------------------------------
// Names

/** Python codec name → [canonical name, decoder]. Keys are normalized (see normalizeCodecName). */
const HAND_WRITTEN: Record<string, [string, (b: Uint8Array) => string]> = {
  utf_8: ['utf-8', (b) => decodeUtf8(b)],
  latin_1: ['latin-1', decodeLatin1],
  ascii: ['ascii', decodeAscii],
  cp1252: ['cp1252', decodeCp1252],
};

/** Python aliases (encodings.aliases, the common ones) → the key above or a WHATWG label. */
const ALIASES: Record<string, string> = {
  utf8: 'utf_8', u8: 'utf_8', utf: 'utf_8', utf8_ucs2: 'utf_8', utf8_ucs4: 'utf_8', cp65001: 'utf_8',
  latin1: 'latin_1', latin: 'latin_1', l1: 'latin_1', iso8859_1: 'latin_1', iso_8859_1: 'latin_1',
  '8859': 'latin_1', cp819: 'latin_1', iso_ir_100: 'latin_1', iso_8859_1_1987: 'latin_1', ibm819: 'latin_1',
  us_ascii: 'ascii', '646': 'ascii', us: 'ascii', iso646_us: 'ascii', ansi_x3_4_1968: 'ascii', cp367: 'ascii',
  windows_1252: 'cp1252',
};

/** Codecs left to TextDecoder: Python name → WHATWG label. */
const WHATWG: Record<string, string> = {
  utf_8_sig: 'utf-8', koi8_r: 'koi8-r', koi8_u: 'koi8-u', iso8859_15: 'iso-8859-15', iso_8859_15: 'iso-8859-15',
  latin9: 'iso-8859-15', l9: 'iso-8859-15', iso8859_2: 'iso-8859-2', iso_8859_2: 'iso-8859-2', latin2: 'iso-8859-2',
  cp1250: 'windows-1250', windows_1250: 'windows-1250', cp1251: 'windows-1251', windows_1251: 'windows-1251',
  euc_jp: 'euc-jp', shift_jis: 'shift_jis', sjis: 'shift_jis', cp932: 'shift_jis', gbk: 'gbk', gb2312: 'gbk',
  gb18030: 'gb18030', big5: 'big5', euc_kr: 'euc-kr', utf_16: 'utf-16le', utf_16_le: 'utf-16le', utf_16_be: 'utf-16be',
};

/** encodings.normalize_encoding plus lower-casing: runs of non-alphanumerics (but '.') become '_'. */
export function normalizeCodecName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A decoder for the Python codec `name`, or null when Python would say "unknown encoding". */
export function lookupCodec(name: string): ((bytes: Uint8Array) => string) | null {
  let key = normalizeCodecName(name);
  key = ALIASES[key] ?? key;
  const own = HAND_WRITTEN[key];
  if (own !== undefined) return own[1];
  const label = WHATWG[key];
  if (label === undefined) return null;
  const decoder = new TextDecoder(label, { fatal: true });
  return (bytes) => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new CodecError(key, 0, 1, 'illegal multibyte sequence', bytes);
    }
  };
}

/** Decodes `bytes` with the Python codec `name`; throws CodecError, or Error("unknown encoding: name"). */
export function decodeBytes(name: string, bytes: Uint8Array): string {
  const decode = lookupCodec(name);
  if (decode === null) throw new Error(`unknown encoding: ${name}`);
  return decode(bytes);
}
