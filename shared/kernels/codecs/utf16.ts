// UTF-16 and UTF-32 decoding as CPython's PyUnicode_DecodeUTF16/UTF32 do it: 'utf-16' and
// 'utf-32' read a byte order mark of either order (little-endian without one), and every
// error names the byte order actually used ('utf-16-le', 'utf-32-be', ...) with CPython's
// ranges: a lone low surrogate is "illegal encoding" (its 2 bytes), a high one followed by
// anything else "illegal UTF-16 surrogate" (its 2 bytes, decoding resumes after them), a high
// one at the end "unexpected end of data" and an odd tail "truncated data" (both to the end).

import { PyUnicodeDecodeError } from './decode-error.js';

const isSurrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdfff;

/** The byte order a 'utf-16'/'utf-32' input starts with (its BOM length), or the default LE. */
export function bomOrder(bytes: Uint8Array, width: 2 | 4): { big: boolean; skip: number } {
  if (width === 2 && bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { big: false, skip: 2 };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { big: true, skip: 2 };
  }
  if (width === 4 && bytes.length >= 4) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { big: false, skip: 4 };
    if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { big: true, skip: 4 };
  }
  return { big: false, skip: 0 };
}

/** A strict UTF-16 decoder: `big` null reads a BOM ('utf-16'). */
export function utf16Decoder(big: boolean | null): (bytes: Uint8Array) => string {
  return (bytes) => {
    const order = big === null ? bomOrder(bytes, 2) : { big, skip: 0 };
    const name = order.big ? 'utf-16-be' : 'utf-16-le';
    const [hi, lo] = order.big ? [0, 1] : [1, 0];
    const n = bytes.length;
    const units: number[] = [];
    let out = '';
    let i = order.skip;
    for (; i + 1 < n; i += 2) {
      const u = (bytes[i + hi]! << 8) | bytes[i + lo]!;
      if (!isSurrogate(u)) {
        units.push(u);
      } else if (u >= 0xdc00) {
        throw new PyUnicodeDecodeError(name, bytes, i, i + 2, 'illegal encoding');
      } else if (i + 3 >= n) {
        throw new PyUnicodeDecodeError(name, bytes, i, n, 'unexpected end of data');
      } else {
        const u2 = (bytes[i + 2 + hi]! << 8) | bytes[i + 2 + lo]!;
        if (u2 < 0xdc00 || u2 > 0xdfff) throw new PyUnicodeDecodeError(name, bytes, i, i + 2, 'illegal UTF-16 surrogate');
        units.push(u, u2);
        i += 2;
      }
      if (units.length >= 4096) { out += String.fromCharCode(...units); units.length = 0; }
    }
    out += String.fromCharCode(...units);
    if (i < n) throw new PyUnicodeDecodeError(name, bytes, i, n, 'truncated data');
    return out;
  };
}

/** A strict UTF-32 decoder: `big` null reads a BOM ('utf-32'). */
export function utf32Decoder(big: boolean | null): (bytes: Uint8Array) => string {
  return (bytes) => {
    const order = big === null ? bomOrder(bytes, 4) : { big, skip: 0 };
    const name = order.big ? 'utf-32-be' : 'utf-32-le';
    let out = '';
    for (let i = order.skip; i < bytes.length; i += 4) {
      if (i + 4 > bytes.length) throw new PyUnicodeDecodeError(name, bytes, i, bytes.length, 'truncated data');
      const cp = order.big
        ? ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0
        : ((bytes[i + 3]! << 24) | (bytes[i + 2]! << 16) | (bytes[i + 1]! << 8) | bytes[i]!) >>> 0;
      if (cp > 0x10ffff) throw new PyUnicodeDecodeError(name, bytes, i, i + 4, 'code point not in range(0x110000)');
      if (isSurrogate(cp)) throw new PyUnicodeDecodeError(name, bytes, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      out += String.fromCodePoint(cp);
    }
    return out;
  };
}

/**
 * The surrogate code unit at bytes[at..) in a UTF-16/32 codec named as its errors name it
 * ('utf-16-le', ...), and its width, or null: what surrogatepass lets through when decoding.
 */
export function utf16or32Surrogate(codec: string, bytes: Uint8Array, at: number): { cp: number; width: number } | null {
  const width = codec.startsWith('utf-16') ? 2 : codec.startsWith('utf-32') ? 4 : 0;
  if (width === 0 || at + width > bytes.length) return null;
  const big = codec.endsWith('-be');
  let cp = 0;
  for (let k = 0; k < width; k++) cp = cp * 256 + bytes[big ? at + k : at + width - 1 - k]!;
  return isSurrogate(cp) ? { cp, width } : null;
}
