// UTF-8 as CPython's codec decodes it. Valid input goes through the engine's decoder (a
// BOM is kept as U+FEFF, as Python's 'utf-8' keeps it); on failure the first bad sequence
// is located and sized the way CPython reports it. Besides the strict codec and
// 'utf-8-sig' this holds the "surrogateescape" pair the C tokenizer's emulation relies
// on: undecodable bytes become lone surrogates U+DC80..U+DCFF, so a later stage can still
// tell which bytes were bad and report them where CPython does, and turn them back.

import { PyUnicodeDecodeError } from './decode-error.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** [lead-byte low, high, sequence length, second-byte low, second-byte high]. */
const UTF8_LEADS: readonly (readonly [number, number, number, number, number])[] = [
  [0xc2, 0xdf, 2, 0x80, 0xbf],
  [0xe0, 0xe0, 3, 0xa0, 0xbf], // no overlong forms
  [0xe1, 0xec, 3, 0x80, 0xbf],
  [0xed, 0xed, 3, 0x80, 0x9f], // no encoded surrogates
  [0xee, 0xef, 3, 0x80, 0xbf],
  [0xf0, 0xf0, 4, 0x90, 0xbf], // no overlong forms
  [0xf1, 0xf3, 4, 0x80, 0xbf],
  [0xf4, 0xf4, 4, 0x80, 0x8f], // nothing above U+10FFFF
];

interface Utf8Error {
  start: number;
  end: number;
  reason: string;
}

function leadRow(b: number): readonly [number, number, number, number, number] | null {
  for (const row of UTF8_LEADS) if (b >= row[0] && b <= row[1]) return row;
  return null;
}

/**
 * The first invalid sequence at or after `from`, sized as CPython reports it: one byte for
 * a bad lead, the valid prefix for a bad continuation, up to the end for truncated data.
 */
function findUtf8Error(bytes: Uint8Array, from: number): Utf8Error | null {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const lead = leadRow(b);
    if (lead === null) return { start: i, end: i + 1, reason: 'invalid start byte' };
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

/** Strict UTF-8; on failure, CPython's error range and reason for the first bad sequence. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const bad = findUtf8Error(bytes, 0)!;
    throw new PyUnicodeDecodeError('utf-8', bytes, bad.start, bad.end, bad.reason);
  }
}

/** 'utf-8-sig': one leading BOM is dropped; errors are counted from after it, as CPython does. */
export function decodeUtf8Sig(bytes: Uint8Array): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return decodeUtf8(bom ? bytes.subarray(3) : bytes);
}

/** UTF-8 with surrogateescape: each undecodable byte b becomes U+DC00+b; `escaped` tells whether any did. */
export function decodeUtf8Escaped(bytes: Uint8Array): { text: string; escaped: boolean } {
  try {
    return { text: UTF8.decode(bytes), escaped: false };
  } catch {
    let text = '';
    let pos = 0;
    for (let bad = findUtf8Error(bytes, 0); bad !== null; bad = findUtf8Error(bytes, pos)) {
      text += UTF8.decode(bytes.subarray(pos, bad.start));
      for (let i = bad.start; i < bad.end; i++) text += String.fromCharCode(0xdc00 + bytes[i]);
      pos = bad.end;
    }
    return { text: text + UTF8.decode(bytes.subarray(pos)), escaped: true };
  }
}

/** Is `c` (a UTF-16 code unit) a byte escaped by decodeUtf8Escaped? */
export function isEscapedByte(c: number): boolean {
  return c >= 0xdc80 && c <= 0xdcff;
}

const ENCODER = new TextEncoder();

/** The bytes `text` came from: escaped bytes as themselves, other characters as UTF-8. */
export function encodeUtf8Escaped(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isEscapedByte(c)) {
      out.push(c - 0xdc00);
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    for (const b of ENCODER.encode(String.fromCodePoint(cp))) out.push(b);
  }
  return Uint8Array.from(out);
}
