// bytes.hex(sep, bytes_per_sep) and bytes.fromhex(string).
//
// hex(): lowercase digit pairs; with a separator, one is put every
// |bytes_per_sep| bytes, counted from the right when bytes_per_sep > 0 and
// from the left when < 0 (0 means none). The separator must be one ASCII
// character (the engine passes a bytes separator decoded as Latin-1).
//
// fromhex(): pairs of hex digits, ASCII whitespace allowed before each pair
// but not inside one. The error names the first offending code point; a
// string with any non-ASCII character is rejected at its first one, before
// anything else is looked at, as CPython does.

import { raise } from '../py-error.js';
import { isSpaceByte } from './byte-class.js';

const HEX = '0123456789abcdef';

/** bytes.hex(sep=None, bytes_per_sep=1); sep undefined for None. */
export function bytesHex(data: Uint8Array, sep?: string, bytesPerSep = 1): string {
  if (sep !== undefined) {
    if (sep.length !== 1) raise('ValueError', 'sep must be length 1.');
    if (sep.charCodeAt(0) > 127) raise('ValueError', 'sep must be ASCII.');
  }
  let out = '';
  const n = data.length;
  const group = bytesPerSep < 0 ? -bytesPerSep : bytesPerSep;
  const separated = sep !== undefined && group !== 0;
  for (let i = 0; i < n; i++) {
    if (separated && i > 0 && (bytesPerSep > 0 ? (n - i) % group : i % group) === 0) out += sep;
    const b = data[i]!;
    out += HEX[b >> 4]! + HEX[b & 15]!;
  }
  return out;
}

/** Value of a hex digit, or 16 for anything else. */
function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  const lower = unit | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return 16;
}

function invalidAt(position: number): never {
  raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${position}`);
}

/** bytes.fromhex(string). */
export function bytesFromHex(s: string): Uint8Array {
  // A non-ASCII character is reported first; everything before it is ASCII, so
  // its UTF-16 index is its code point index.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) invalidAt(i);
  const out = new Uint8Array(s.length >> 1);
  let k = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const unit = s.charCodeAt(i);
    if (isSpaceByte(unit)) {
      i++;
      continue;
    }
    const top = hexValue(unit);
    if (top === 16) invalidAt(i);
    const bottom = i + 1 < n ? hexValue(s.charCodeAt(i + 1)) : 16;
    if (bottom === 16) invalidAt(i + 1);
    out[k++] = (top << 4) | bottom;
    i += 2;
  }
  return k === out.length ? out : out.slice(0, k);
}
