// float.hex() and float.fromhex(), as CPython 3.11's floatobject.c words them.
//
// hex(): '[-]0x1.<13 hex digits>p<sign><exponent>' for normal numbers, with
// subnormals written '0x0.<13 digits>p-1022' (the exponent never goes below
// that of the smallest normal), zeros as '0x0.0p+0', and 'inf', '-inf', 'nan'.
//
// fromhex(): ASCII whitespace, a sign, then inf / infinity / nan in any case,
// or an optional 0x and hex digits with an optional point and an optional
// p<decimal exponent>, at least one digit in all; whitespace to the end. The
// value is correctly rounded (ties to even, subnormals included); a value that
// rounds past the largest double is an OverflowError, not infinity.

import { floatParts, ratioToFloat } from '../float-rounding.js';
import { raise } from '../py-error.js';
import { isAsciiSpace } from './unicode-numeric.js';
import { NEGATIVE_NAN } from './parse-float.js';

/** x.hex(). */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const { negative, mantissa, exponent } = floatParts(x);
  // mantissa × 2^exponent with a 53-bit mantissa for normal numbers; the 52
  // bits below the leading one are the 13 hex digits.
  const lead = mantissa >> 52n; // 1 for normal numbers, 0 for subnormals
  const fraction = (mantissa & 0xfffffffffffffn).toString(16).padStart(13, '0');
  const e = lead === 1n ? exponent + 52 : -1022;
  return `${negative ? '-' : ''}0x${lead}.${fraction}p${e < 0 ? '-' : '+'}${e < 0 ? -e : e}`;
}

/** Value of a hex digit character, or -1. */
function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

function invalid(): never {
  raise('ValueError', 'invalid hexadecimal floating-point string');
}

function tooLarge(): never {
  raise('OverflowError', 'hexadecimal value too large to represent as a float');
}

/** Does s[i, i + word.length) spell the lower-case `word`, ignoring case? */
function matchesWord(s: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** float.fromhex(text). */
export function floatFromHex(text: string): number {
  let end = text.length;
  let i = 0;
  while (i < end && isAsciiSpace(text.charCodeAt(i))) i++;
  while (end > i && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  const signChar = text.charCodeAt(i);
  if (signChar === 0x2d || signChar === 0x2b) { negative = signChar === 0x2d; i++; }

  // inf, infinity, nan
  const rest = end - i;
  if ((rest === 3 || rest === 8) && matchesWord(text, i, rest === 3 ? 'inf' : 'infinity')) {
    return negative ? -Infinity : Infinity;
  }
  if (rest === 3 && matchesWord(text, i, 'nan')) return negative ? NEGATIVE_NAN : NaN;

  if (text.charCodeAt(i) === 0x30 && (text.charCodeAt(i + 1) | 0x20) === 0x78) i += 2;

  // The coefficient: hex digits around at most one point.
  const intStart = i;
  while (i < end && hexDigit(text.charCodeAt(i)) >= 0) i++;
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (i < end && text.charCodeAt(i) === 0x2e) {
    fracStart = ++i;
    while (i < end && hexDigit(text.charCodeAt(i)) >= 0) i++;
    fracEnd = i;
  }
  const fracDigits = fracEnd - fracStart;
  if (intEnd - intStart + fracDigits === 0) invalid();

  // The exponent, as a double: the sizes that matter are tiny next to its range,
  // and a huge exponent only needs to stay huge (C's strtol saturates as well).
  let exp = 0;
  if (i < end && (text.charCodeAt(i) | 0x20) === 0x70) {
    i++;
    let expNegative = false;
    const expSign = text.charCodeAt(i);
    if (expSign === 0x2d || expSign === 0x2b) { expNegative = expSign === 0x2d; i++; }
    const expStart = i;
    while (i < end && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) {
      exp = exp * 10 + (text.charCodeAt(i) - 0x30);
      i++;
    }
    if (i === expStart) invalid();
    if (expNegative) exp = -exp;
  }
  if (i !== end) invalid();

  const digits = text.slice(intStart, intEnd) + text.slice(fracStart, fracEnd);
  // Leading zeros carry no value; a zero coefficient ignores the exponent.
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 0x30) lead++;
  if (lead === digits.length) return negative ? -0 : 0;
  const significant = digits.slice(lead);
  exp -= 4 * fracDigits;
  // topExp: one more than the exponent of the leading bit (CPython's top_exp).
  const topExp = exp + 4 * (significant.length - 1) + (32 - Math.clz32(hexDigit(significant.charCodeAt(0))));
  if (topExp < -1021 - 53) return negative ? -0 : 0;
  if (topExp > 1024) tooLarge();
  const value = ratioToFloat(BigInt('0x' + significant), 1n, exp);
  if (value === Infinity) tooLarge();
  return negative ? -value : value;
}
