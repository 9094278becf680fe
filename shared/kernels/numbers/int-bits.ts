// Bitwise operations on Python ints (PyInt): & | ^ ~ << >>, bit_length and bit_count.
//
// Python ints behave as infinitely sign-extended two's complement, and so do
// JS's 32-bit operators and bigint operators, so the results agree as long as
// no value is cut. Numbers within int32 use the 32-bit operators directly;
// other safe integers are split into a signed high part and an unsigned low
// 32-bit part (both exact in doubles); the rest goes through bigint.

import { bitLength } from '../int-ops.js';
import { raise } from '../py-error.js';
import { MAX_BIGINT_BITS, MAX_SAFE, normInt, type PyInt } from './py-int.js';

const TWO_32 = 2 ** 32;

const isInt32 = (a: number): boolean => (a | 0) === a;

/** A result in [-2^53, 2^53) in canonical form (only -2^53 is unsafe). */
const fromWide = (r: number): PyInt => (r >= -MAX_SAFE ? r : BigInt(r));

export function andInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (isInt32(a) && isInt32(b)) return a & b;
    const ha = Math.floor(a / TWO_32);
    const hb = Math.floor(b / TWO_32);
    return fromWide((ha & hb) * TWO_32 + (((a - ha * TWO_32) & (b - hb * TWO_32)) >>> 0));
  }
  return normInt(BigInt(a) & BigInt(b));
}

export function orInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (isInt32(a) && isInt32(b)) return a | b;
    const ha = Math.floor(a / TWO_32);
    const hb = Math.floor(b / TWO_32);
    return fromWide((ha | hb) * TWO_32 + (((a - ha * TWO_32) | (b - hb * TWO_32)) >>> 0));
  }
  return normInt(BigInt(a) | BigInt(b));
}

export function xorInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (isInt32(a) && isInt32(b)) return a ^ b;
    const ha = Math.floor(a / TWO_32);
    const hb = Math.floor(b / TWO_32);
    return fromWide((ha ^ hb) * TWO_32 + (((a - ha * TWO_32) ^ (b - hb * TWO_32)) >>> 0));
  }
  return normInt(BigInt(a) ^ BigInt(b));
}

/** ~a, which is -a - 1. */
export function invertInt(a: PyInt): PyInt {
  return typeof a === 'number' ? fromWide(-a - 1) : normInt(~a);
}

/** The shift count as a number, after CPython's check of its sign (a bigint count stays huge). */
function shiftCount(n: PyInt): number {
  const count = typeof n === 'number' ? n : n < 0n ? -1 : Infinity;
  if (count < 0) raise('ValueError', 'negative shift count');
  return count;
}

/** CPython's MAX_LONG_DIGITS on 64-bit builds: the most 30-bit digits an int may have. */
const MAX_LONG_DIGITS = 2305843009213693945n;

/** a << n. */
export function lshiftInt(a: PyInt, n: PyInt): PyInt {
  const count = shiftCount(n);
  if (typeof a === 'number') {
    if (a === 0) return 0;
    if (count < 53) {
      const r = a * 2 ** count; // exact: a power-of-two scaling
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
  }
  const big = BigInt(a);
  if (big === 0n) return 0;
  const bits = bitLength(big);
  if (bits + count > MAX_BIGINT_BITS) tooBigShift(bits, BigInt(n));
  return normInt(big << BigInt(count));
}

/**
 * The error for a shift past V8's bigint size: CPython's OverflowError when
 * even the digit count would overflow, else the MemoryError it meets first.
 */
function tooBigShift(bits: number, n: bigint): never {
  const digits = BigInt(Math.ceil(bits / 30)) + n / 30n + (n % 30n === 0n ? 0n : 1n);
  if (digits > MAX_LONG_DIGITS) raise('OverflowError', 'too many digits in integer');
  raise('MemoryError', '');
}

/** a >> n (rounding toward minus infinity). */
export function rshiftInt(a: PyInt, n: PyInt): PyInt {
  const count = shiftCount(n);
  if (typeof a === 'number') {
    if (count >= 53) return a < 0 ? -1 : 0;
    if (isInt32(a) && count < 32) return a >> count;
    return Math.floor(a / 2 ** count); // exact: a power-of-two scaling, then floor
  }
  if (count >= bitLength(a)) return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(count));
}

/** a.bit_length(). */
export function bitLengthInt(a: PyInt): number {
  if (typeof a === 'bigint') return bitLength(a);
  if (a < 0) a = -a;
  if (a < TWO_32) return 32 - Math.clz32(a);
  return 64 - Math.clz32(Math.floor(a / TWO_32));
}

/** Set bits of a 32-bit unsigned value. */
function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** a.bit_count(): the number of ones in |a|. */
export function bitCountInt(a: PyInt): number {
  if (typeof a === 'number') {
    if (a < 0) a = -a;
    const hi = Math.floor(a / TWO_32);
    return popcount32(hi) + popcount32((a - hi * TWO_32) >>> 0);
  }
  const hex = (a < 0n ? -a : a).toString(16);
  let count = 0;
  for (let i = 0; i < hex.length; i++) count += popcount32(parseInt(hex[i]!, 16));
  return count;
}
