// round() for ints and floats, as CPython 3.11 rounds them.
//
// round(int, n): unchanged for n >= 0, otherwise to the nearest multiple of
// 10^-n with ties to even (round(25, -1) == 20).
// round(float): the nearest int, ties to even.
// round(float, n): the double nearest to the decimal that x rounds to at n
// places, with the decimal rounding done on x's exact binary value, ties to
// even (CPython's _Py_dg_dtoa mode 3 then strtod). So round(2.675, 2) is 2.67,
// because the double 2.675 is a little below 2.675. Beyond the double range
// of n CPython returns x itself (n > 323) or a signed zero (n < -308).

import { floatParts, ratioToFloat } from '../float-rounding.js';
import { bitLength } from '../int-ops.js';
import { raise } from '../py-error.js';
import { intFromFloat } from './int-float.js';
import { intFromIntegralDouble, normInt, toBigInt, type PyInt } from './py-int.js';

/** Exact powers of ten as doubles (10^22 is the last one). */
const POW10: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10.push(p);

/** round(i, ndigits) for an int. */
export function roundInt(i: PyInt, ndigits: number): PyInt {
  if (ndigits >= 0) return i;
  const k = -ndigits;
  if (typeof i === 'number' && k <= 15) {
    const p = POW10[k];
    let r = i % p;
    if (r < 0) r += p; // Python's modulo: 0 <= r < p
    let down = i - r; // exact: a multiple of p no further from zero than |i| + p
    if (r * 2 > p || (r * 2 === p && (down / p) % 2 !== 0)) down += p;
    return intFromIntegralDouble(down);
  }
  const big = toBigInt(i);
  // |i| < 2^bits, so every power of ten above 2^(bits + 1) rounds i to zero.
  if (k > (bitLength(big) + 1) * 0.302 + 1) return 0;
  const p = 10n ** BigInt(k);
  let r = big % p;
  if (r < 0n) r += p;
  let down = big - r;
  if (r * 2n > p || (r * 2n === p && (down / p) % 2n !== 0n)) down += p;
  return normInt(down);
}

/** round(x) for a float: the nearest int, ties to even. */
export function roundFloatToInt(x: number): PyInt {
  return intFromFloat(roundHalfEven(x));
}

/** The integral double nearest to x, ties to even (x itself when not finite). */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor; // exact
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Largest and smallest ndigits that round(float, ndigits) computes (CPython's NDIGITS_MAX/MIN). */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits) for a float (ndigits already clipped to a machine size, as CPython does). */
export function roundFloat(x: number, ndigits: number): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return x < 0 ? -0 : 0;
  const quick = roundFloatQuick(x, ndigits);
  if (quick === quick) return quick;
  return roundFloatExact(x, ndigits);
}

/**
 * The answer in doubles when it is certain, NaN otherwise. y = x × 10^n is
 * off by at most half an ulp, so when y is not near an integer + 1/2 the
 * rounded integer N is the right one, and N / 10^n (or N × 10^-n) is one
 * correctly rounded operation on exact operands: the double strtod gives.
 */
function roundFloatQuick(x: number, ndigits: number): number {
  if (ndigits > 22 || ndigits < -22) return NaN;
  const p = POW10[ndigits < 0 ? -ndigits : ndigits];
  const y = ndigits >= 0 ? x * p : x / p;
  const ay = Math.abs(y); // never -0, so neither is n below
  if (!(ay < 2 ** 52)) return NaN;
  const floor = Math.floor(ay);
  const diff = ay - floor;
  if (Math.abs(diff - 0.5) <= ay * 2 ** -50 + 2 ** -60) return NaN;
  const n = diff > 0.5 ? floor + 1 : floor;
  const r = ndigits >= 0 ? n / p : n * p;
  return x < 0 ? -r : r;
}

/** The exact route: x's binary value times 10^n rounded half-even as a bigint, back to a double. */
function roundFloatExact(x: number, ndigits: number): number {
  const { negative, mantissa, exponent } = floatParts(x);
  // |x| × 10^n = num / den exactly.
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  const scale = 10n ** BigInt(ndigits < 0 ? -ndigits : ndigits);
  if (ndigits >= 0) num *= scale;
  else den *= scale;
  let q = num / den;
  const twiceRest = 2n * (num - q * den);
  if (twiceRest > den || (twiceRest === den && (q & 1n) === 1n)) q += 1n;
  const r = ndigits >= 0 ? ratioToFloat(q, scale) : ratioToFloat(q * scale, 1n);
  if (r === Infinity) raise('OverflowError', 'rounded value too large to represent');
  return negative ? -r : r;
}
