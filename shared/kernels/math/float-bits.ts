// The math functions that take a float apart or step through floats exactly:
// frexp, ldexp, modf, fmod, remainder, copysign, nextafter, ulp, and the
// float-to-int conversion behind floor, ceil and trunc. None of them rounds
// (except ldexp into the subnormal range, once), so they match CPython bit for
// bit; the special values follow mathmodule.c's explicit tests.

import { raise } from '../py-error.js';
import { checkBinary, domainError, rangeError } from './errors.js';
import { toDouble, type FloatArg, type PyInt } from './to-double.js';

const view = new DataView(new ArrayBuffer(8));

/** The IEEE bits of x as [high 32, low 32]; written into the shared view. */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0);
}

/** The binary exponent e of a finite non-zero x with x = m × 2^e, 0.5 <= |m| < 1 (frexp's e). */
export function binaryExponent(x: number): number {
  const biased = (highWord(x) >>> 20) & 0x7ff;
  if (biased !== 0) return biased - 1022;
  // Subnormal: scale into the normal range first (exact).
  return ((highWord(x * 2 ** 64) >>> 20) & 0x7ff) - 1022 - 64;
}

/** m with x = m × 2^binaryExponent(x), 0.5 <= |m| < 1: x with its exponent field replaced. */
export function frexpMantissa(x: number, e: number): number {
  if (e < -1021) x *= 2 ** 64; // subnormal: normalise first (exact)
  view.setFloat64(0, x);
  view.setUint32(0, (view.getUint32(0) & 0x800fffff) | (1022 << 20));
  return view.getFloat64(0);
}

/** math.frexp(x): [m, e] with x = m × 2^e and 0.5 <= |m| < 1, or [x, 0] for 0, inf, nan. */
export function frexp(x: FloatArg): [number, number] {
  const d = toDouble(x);
  if (d === 0 || d - d !== 0) return [d, 0];
  const e = binaryExponent(d);
  return [frexpMantissa(d, e), e];
}

/** INT_MAX and INT_MIN of C, the exponent range ldexp accepts before deciding by itself. */
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** math.ldexp(x, i): x × 2^i (i an int of any size); OverflowError on overflow. */
export function ldexp(x: FloatArg, i: PyInt): number {
  const d = toDouble(x);
  if (d === 0 || d - d !== 0) return d;
  const n = typeof i === 'number' ? i : i > 2147483647n ? INT_MAX + 1 : i < -2147483648n ? INT_MIN - 1 : Number(i);
  if (n > INT_MAX) rangeError();
  if (n < INT_MIN) return d < 0 ? -0 : 0;
  const e = binaryExponent(d);
  const m = frexpMantissa(d, e);
  // The result is m × 2^big with 0.5 <= |m| < 1: one product, so at most one rounding.
  const big = e + n;
  if (big > 1024) rangeError();
  if (big === 1024) return m * 2 * 2 ** 1023;
  if (big < -1074) return d < 0 ? -0 : 0;
  return m * 2 ** big;
}

/** math.modf(x): [fractional part, integer part], both with the sign of x. */
export function modf(x: FloatArg): [number, number] {
  const d = toDouble(x);
  if (d !== d) return [d, d];
  if (d === Infinity || d === -Infinity) return [d < 0 ? -0 : 0, d];
  const whole = Math.trunc(d);
  const frac = d - whole; // exact
  return [frac === 0 ? (d < 0 || Object.is(d, -0) ? -0 : 0) : frac, whole];
}

/** math.fmod(x, y): C's fmod, the remainder with the sign of x. */
export function fmod(x: FloatArg, y: FloatArg): number {
  const a = toDouble(x);
  const b = toDouble(y);
  if ((b === Infinity || b === -Infinity) && a - a === 0) return a;
  const r = a % b; // JS % on numbers is exactly C's fmod
  if (r !== r && a === a && b === b) domainError();
  return r;
}

/** math.remainder(x, y): IEEE 754 remainder, x - n×y with n the nearest integer to x/y (ties to even). */
export function remainder(x: FloatArg, y: FloatArg): number {
  const a = toDouble(x);
  const b = toDouble(y);
  return checkBinary(a, b, ieeeRemainder(a, b));
}

function ieeeRemainder(x: number, y: number): number {
  if (x - x === 0 && y - y === 0) {
    if (y === 0) return NaN;
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const m = ax % ay;
    // Compare m with ay - m rather than with ay / 2, which may not be exact
    // for tiny ay; ay - m is exact whenever the comparison matters.
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else {
      // A tie: ax = n·ay + m with m = ay/2; keep m when n is even, -m when odd.
      // (ax - m)/2 mod ay is 0 for even n and m for odd n, all exactly.
      r = m - 2 * ((0.5 * (ax - m)) % ay);
    }
    return x < 0 || Object.is(x, -0) ? -r : r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x; // y is infinite, x finite
}

/** Is the sign bit of x set (true for -0.0 and negative NaNs)? */
export function signBit(x: number): boolean {
  return highWord(x) >>> 31 === 1;
}

/** math.copysign(x, y): |x| with the sign of y. */
export function copysign(x: FloatArg, y: FloatArg): number {
  const a = toDouble(x);
  const b = toDouble(y);
  const abs = Math.abs(a);
  return signBit(b) ? -abs : abs;
}

/** math.nextafter(x, y): the next double after x towards y. */
export function nextafter(x: FloatArg, y: FloatArg): number {
  const a = toDouble(x);
  const b = toDouble(y);
  if (a !== a) return a;
  if (b !== b) return b;
  if (a === b) return b;
  if (a === 0) return b > 0 ? 5e-324 : -5e-324;
  view.setFloat64(0, a);
  let bits = view.getBigUint64(0);
  // Away from zero when moving towards the side of the larger magnitude.
  if ((b > a) === (a > 0)) bits += 1n; else bits -= 1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

/** math.ulp(x): the value of the least significant bit of x. */
export function ulp(x: FloatArg): number {
  let d = toDouble(x);
  if (d !== d) return d;
  d = Math.abs(d);
  if (d === Infinity) return d;
  const up = nextafter(d, Infinity);
  if (up === Infinity) return d - nextafter(d, -Infinity);
  return up - d;
}

/** math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0). */
export function isclose(a: FloatArg, b: FloatArg, relTol: FloatArg = 1e-9, absTol: FloatArg = 0): boolean {
  const x = toDouble(a);
  const y = toDouble(b);
  const rel = toDouble(relTol);
  const abs = toDouble(absTol);
  if (rel < 0 || abs < 0) raise('ValueError', 'tolerances must be non-negative');
  if (x === y) return true;
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

/** math.isfinite, math.isinf, math.isnan. */
export function isfinite(x: FloatArg): boolean { const d = toDouble(x); return d - d === 0; }
export function isinf(x: FloatArg): boolean { const d = toDouble(x); return d === Infinity || d === -Infinity; }
export function isnan(x: FloatArg): boolean { const d = toDouble(x); return d !== d; }

/** 180/pi and pi/180 as CPython's compiler folds them. */
const RAD_TO_DEG = 180 / Math.PI;
const DEG_TO_RAD = Math.PI / 180;

/** math.degrees(x). */
export function degrees(x: FloatArg): number { return toDouble(x) * RAD_TO_DEG; }
/** math.radians(x). */
export function radians(x: FloatArg): number { return toDouble(x) * DEG_TO_RAD; }

/** math.fabs(x). */
export function fabs(x: FloatArg): number { return Math.abs(toDouble(x)); }

/**
 * int(x) for an integral-valued double, as PyLong_FromDouble: a number when it
 * is a safe integer, else a bigint; ValueError for NaN, OverflowError for infinities.
 */
export function integralToInt(x: number): PyInt {
  if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert float infinity to integer');
  if (x <= 9007199254740991 && x >= -9007199254740991) return x + 0; // + 0 turns -0 into 0
  return BigInt(x);
}

/** math.floor for a float (the engine dispatches __floor__ first). */
export function floor(x: FloatArg): PyInt {
  return typeof x === 'bigint' ? x : integralToInt(Math.floor(x));
}

/** math.ceil for a float (the engine dispatches __ceil__ first). */
export function ceil(x: FloatArg): PyInt {
  return typeof x === 'bigint' ? x : integralToInt(Math.ceil(x));
}

/** math.trunc for a float (the engine dispatches __trunc__ for everything else). */
export function trunc(x: FloatArg): PyInt {
  return typeof x === 'bigint' ? x : integralToInt(Math.trunc(x));
}
