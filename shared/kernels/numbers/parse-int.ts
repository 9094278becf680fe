// int(text, base): CPython 3.11's PyLong_FromUnicodeObject and PyLong_FromString.
//
// The grammar: optional whitespace, a sign, for base 0 a prefix that picks the
// base (0x/0o/0b; otherwise base 10, where a leading zero is only allowed when
// the whole value is zero: "0_0" parses, "010" does not), for bases 16/8/2
// the matching prefix optionally, then digits with single underscores between
// them (one more may follow a prefix), then optional whitespace. Unicode
// decimal digits and spaces count once rewritten (unicode-numeric.ts).
//
// Since 3.11 a base that is not a power of two refuses more than
// sys.get_int_max_str_digits() digits (CVE-2020-10735). CPython counts the
// digits while scanning, before it looks at what follows them, so
// '1' * 5000 + 'x' reports the limit, not an invalid literal.
//
// Every other failure is "invalid literal for int() with base B: R", where B is
// the base as given and R the repr of the original text cut to 200 characters.

import type { PyStrCodePoints } from '../../ast/nodes.js';
import { raise } from '../py-error.js';
import { INT_MAX_STR_DIGITS } from '../repr/int-repr.js';
import { strCodePointsRepr, strRepr } from '../repr/str-repr.js';
import { MAX_SAFE, normInt, type PyInt } from './py-int.js';
import { asciiNumericText, isAsciiSpace } from './unicode-numeric.js';

const UNDERSCORE = 0x5f;
const NOT_A_DIGIT = 99;

/** The value of each ASCII character as a digit of bases up to 36 (NOT_A_DIGIT otherwise). */
const DIGIT_VALUE = new Uint8Array(128).fill(NOT_A_DIGIT);
for (let c = 0; c < 10; c++) DIGIT_VALUE[0x30 + c] = c;
for (let c = 0; c < 26; c++) {
  DIGIT_VALUE[0x41 + c] = 10 + c;
  DIGIT_VALUE[0x61 + c] = 10 + c;
}

/** The digit value of char code c (NOT_A_DIGIT for anything that is no digit). */
function digitValue(c: number): number {
  return c < 128 ? DIGIT_VALUE[c] : NOT_A_DIGIT;
}

/** For each base, how many digits make a chunk whose value stays below 2^53. */
const CHUNK_DIGITS = new Uint8Array(37);
for (let b = 2; b <= 36; b++) {
  let k = 0;
  for (let p = 1; p * b <= 2 ** 53; p *= b) k++;
  CHUNK_DIGITS[b] = k;
}

/** Python's `repr(text)[:200]`, the way %.200R cuts (by code point). */
export function reprCut200(text: string | PyStrCodePoints): string {
  const r = typeof text === 'string' ? strRepr(text) : strCodePointsRepr(text.codePoints);
  if (r.length <= 200) return r;
  let units = 0;
  for (let count = 0; count < 200; count++) units += r.codePointAt(units)! > 0xffff ? 2 : 1;
  return r.slice(0, units);
}

function invalidLiteral(text: string | PyStrCodePoints, base: number): never {
  raise('ValueError', `invalid literal for int() with base ${base}: ${reprCut200(text)}`);
}

/**
 * int(text, base) for a str argument, with CPython's errors. `maxDigits` is
 * sys.get_int_max_str_digits() (0: no limit).
 */
export function parseIntLiteral(text: string | PyStrCodePoints, base = 10, maxDigits = INT_MAX_STR_DIGITS): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  if (typeof text !== 'string') {
    // Only a high and a low surrogate kept apart make a PyStrCodePoints; as one
    // JS character they are still no digit, so the parse fails at the same place.
    const result = parseAscii(asciiNumericText(String.fromCodePoint(...text.codePoints)), base, maxDigits);
    if (result === null) invalidLiteral(text, base);
    return result;
  }
  if (base === 10 && text.length <= 15) {
    const quick = shortDecimal(text);
    if (quick === quick) return quick; // not NaN
  }
  const result = parseAscii(asciiNumericText(text), base, maxDigits);
  if (result === null) invalidLiteral(text, base);
  return result;
}

/**
 * The fast path: plain ASCII decimal digits with optional sign and spaces,
 * at most 15 characters (so the value is a safe integer); NaN for anything else.
 */
function shortDecimal(s: string): number {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  const first = s.charCodeAt(i);
  if (first === 0x2d) { negative = true; i++; } else if (first === 0x2b) { i++; }
  const start = i;
  let value = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
  }
  if (i === start) return NaN;
  // A leading zero followed by more digits is fine in base 10; only base 0 rejects it.
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return NaN;
  return negative ? 0 - value : value;
}

/** PyLong_FromString on the rewritten text: the value, or null for an invalid literal. */
function parseAscii(s: string, base: number, maxDigits: number): PyInt | null {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 0x2b) {
    c = s.charCodeAt(++i);
  } else if (c === 0x2d) {
    negative = true;
    c = s.charCodeAt(++i);
  }
  const next = s.charCodeAt(i + 1) | 0x20; // lower-cased letter after a possible '0'
  let zeroOnly = false;
  if (base === 0) {
    if (c !== 0x30) base = 10;
    else if (next === 0x78) base = 16;
    else if (next === 0x6f) base = 8;
    else if (next === 0x62) base = 2;
    else { base = 10; zeroOnly = true; } // an old-style octal literal: allowed only when it is zero
  }
  if (c === 0x30 && ((base === 16 && next === 0x78) || (base === 8 && next === 0x6f) || (base === 2 && next === 0x62))) {
    i += 2;
    if (s.charCodeAt(i) === UNDERSCORE) i++;
  }
  if (s.charCodeAt(i) === UNDERSCORE) return null;

  // Scan the digits: underscores only singly and between digits.
  const start = i;
  let digits = 0;
  let prevUnderscore = false;
  for (; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch === UNDERSCORE) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
    } else if (digitValue(ch) < base) {
      digits++;
      prevUnderscore = false;
    } else {
      break;
    }
  }
  if (prevUnderscore) return null;
  const end = i;
  if ((base & (base - 1)) !== 0 && maxDigits > 0 && digits > maxDigits) {
    raise('ValueError', `Exceeds the limit (${maxDigits} digits) for integer string conversion: ` +
      `value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (digits === 0) return null;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;

  const value = digitsValue(s, start, end, base);
  if (zeroOnly && value !== 0) return null;
  if (!negative) return value;
  return typeof value === 'number' ? 0 - value : normInt(-value);
}

/** The value of the digits and underscores s[start, end) in `base`. */
function digitsValue(s: string, start: number, end: number, base: number): PyInt {
  // Small values never leave doubles: stop once the next digit could pass 2^53.
  const limit = (MAX_SAFE - (base - 1)) / base;
  let acc = 0;
  let i = start;
  for (; i < end; i++) {
    const ch = s.charCodeAt(i);
    if (ch === UNDERSCORE) continue;
    if (acc > limit) break;
    acc = acc * base + DIGIT_VALUE[ch];
  }
  if (i === end) return acc;
  const text = s.slice(start, end).replaceAll('_', '');
  switch (base) {
    case 10: return normInt(BigInt(text));
    case 16: return normInt(BigInt('0x' + text));
    case 8: return normInt(BigInt('0o' + text));
    case 2: return normInt(BigInt('0b' + text));
    case 4: case 32: return normInt(BigInt('0b' + binaryDigits(text, base === 4 ? 2 : 5)));
    default: return normInt(chunkedValue(text, base));
  }
}

/** Digits of base 2^bits rewritten as binary digits. */
function binaryDigits(text: string, bits: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += DIGIT_VALUE[text.charCodeAt(i)].toString(2).padStart(bits, '0');
  return out;
}

/** Digits in any base, accumulated a double-sized chunk at a time. */
function chunkedValue(text: string, base: number): bigint {
  const k = CHUNK_DIGITS[base];
  const bigBase = BigInt(base) ** BigInt(k);
  let value = 0n;
  // The first chunk takes the leftover digits so that every later chunk is full.
  let i = 0;
  let take = text.length % k || k;
  while (i < text.length) {
    let chunk = 0;
    for (let j = i + take; i < j; i++) chunk = chunk * base + DIGIT_VALUE[text.charCodeAt(i)];
    value = value * (take === k ? bigBase : BigInt(base) ** BigInt(take)) + BigInt(chunk);
    take = k;
  }
  return value;
}
