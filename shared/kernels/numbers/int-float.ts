// Conversions between Python ints (PyInt) and floats, and their exact comparison.
//
// int(x) truncates and is exact for every finite double (int(1e300) has all
// of 1e300's bits); float(i) and i / j are correctly rounded and raise
// OverflowError past the double range. Comparisons between an int and a
// float are exact in CPython, never through a rounded conversion: 2**53 + 1 >
// 2.0**53 is True although float(2**53 + 1) == 2.0**53.

import { floatParts } from '../float-rounding.js';
import { intToFloat, intTrueDivide } from '../int-ops.js';
import { raise } from '../py-error.js';
import { intFromIntegralDouble, normInt, type PyInt } from './py-int.js';

/** int(x) for a float: truncation toward zero. */
export function intFromFloat(x: number): PyInt {
  if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert float infinity to integer');
  return intFromIntegralDouble(Math.trunc(x));
}

/** float(i): exact for numbers (safe integers are doubles), correctly rounded for bigints. */
export function floatFromInt(i: PyInt): number {
  return typeof i === 'number' ? i : intToFloat(i);
}

/** i / j, correctly rounded. */
export function trueDivInt(i: PyInt, j: PyInt): number {
  if (typeof i === 'number' && typeof j === 'number') {
    // Both are exact doubles, so one IEEE division is the correctly rounded quotient.
    if (j === 0) raise('ZeroDivisionError', 'division by zero');
    return i / j;
  }
  return intTrueDivide(BigInt(i), BigInt(j));
}

/** x.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

/** x.as_integer_ratio(): the lowest terms [numerator, denominator > 0]. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (Number.isInteger(x)) return [intFromIntegralDouble(x), 1];
  const { negative, mantissa, exponent } = floatParts(x);
  // Not an integer, so exponent < 0: strip the mantissa's trailing zero bits
  // into the power of two below it.
  let m = mantissa;
  let e = -exponent;
  while ((m & 1n) === 0n) { m >>= 1n; e--; }
  return [normInt(negative ? -m : m), normInt(1n << BigInt(e))];
}

/** i.as_integer_ratio(). */
export function intAsIntegerRatio(i: PyInt): [PyInt, PyInt] {
  return [i, 1];
}

/** Compares int i with float f exactly: -1, 0 or 1, or NaN when f is NaN. */
export function compareIntFloat(i: PyInt, f: number): number {
  if (f !== f) return NaN;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0; // i is an exact double
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  // An integer i compares with a non-integral f as with floor(f) (they are
  // never equal); floor(f) is an exact integer, so compare as bigints.
  const floor = Math.floor(f);
  const big = BigInt(floor);
  if (i < big) return -1;
  if (i > big) return 1;
  return floor === f ? 0 : -1;
}
