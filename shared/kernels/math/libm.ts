// The math functions CPython hands to the C library (glibc on the reference
// machine), with mathmodule.c's error rules and special-value handling around
// them, computed so that they round as glibc does:
// - exp, exp2, pow, sin, cos, tan, asin, acos, atan, atan2: glibc's are
//   correctly rounded but for rare near-halfway cases, so ours are correctly
//   rounded (accurate-exp-log.ts, accurate-trig.ts); V8's Math ones are not;
// - sinh, cosh, tanh, asinh, acosh: fdlibm's algorithms as glibc has them,
//   over those accurate exp and log; cbrt: glibc's own method;
// - sqrt, expm1, log1p, atanh: JS's Math (sqrt is exact; V8 and glibc share
//   fdlibm's expm1 and log1p, though glibc's FMA build rounds differently
//   once in a few thousand calls).
// libm-differences.ts lists the fixture cases that still differ. Every special
// value (infinities, NaNs, signed zeros, domain edges) and every error is
// exact, because C99 Annex F fixes them and math_1 decides errors from the
// result alone.

import { KernelError } from '../py-error.js';
import { floatPow } from '../float-ops.js';
import { accurateExp, accurateExp2, accurateLog } from './accurate-exp-log.js';
import { accurateAcos, accurateAsin, accurateAtan, accurateAtan2, accurateCos, accurateSin, accurateTan } from './accurate-trig.js';
import { checkBinary, checkUnary, domainError, rangeError } from './errors.js';
import { binaryExponent, frexpMantissa, ldexp } from './float-bits.js';
import { toDouble, type FloatArg } from './to-double.js';

export function sqrt(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, Math.sqrt(d), false); }
export function exp(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, accurateExp(d), true); }
export function exp2(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, accurateExp2(d), true); }
export function expm1(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, Math.expm1(d), true); }
export function log1p(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, Math.log1p(d), false); }
export function cbrt(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, glibcCbrt(d), false); }

export function sin(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, accurateSin(d), false); }
export function cos(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, accurateCos(d), false); }
export function tan(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, accurateTan(d), false); }
export function asin(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, accurateAsin(d), false); }
export function acos(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, accurateAcos(d), false); }
export function atan(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, accurateAtan(d), false); }

export function sinh(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, fdlibmSinh(d), true); }
export function cosh(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, fdlibmCosh(d), true); }
export function tanh(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, fdlibmTanh(d), false); }
export function asinh(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, fdlibmAsinh(d), false); }
export function acosh(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, fdlibmAcosh(d), false); }
export function atanh(x: FloatArg): number { const d = toDouble(x); return checkUnary(d, Math.atanh(d), false); }

const PI = Math.PI;

/** math.atan2(y, x), with m_atan2's special cases decided before libm is asked. */
export function atan2(y: FloatArg, x: FloatArg): number {
  const b = toDouble(y);
  const a = toDouble(x);
  return checkBinary(b, a, specialAtan2(b, a));
}

function specialAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const xPositive = x > 0 || Object.is(x, 0);
  if (y === Infinity || y === -Infinity) {
    const r = x === Infinity || x === -Infinity ? (xPositive ? 0.25 * PI : 0.75 * PI) : 0.5 * PI;
    return y < 0 ? -r : r;
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    const r = xPositive ? 0 : PI;
    return y < 0 || Object.is(y, -0) ? -r : r;
  }
  return accurateAtan2(y, x);
}

/**
 * math.pow(x, y): C99's pow with CPython's special cases and errors. Finite
 * results come from the float kernel's power, which is glibc's pow reproduced
 * bit for bit (glibc-pow.ts), so math.pow(x, y) == x ** y as in CPython.
 */
export function pow(x: FloatArg, y: FloatArg): number {
  const a = toDouble(x);
  const b = toDouble(y);
  if (a - a !== 0 || b - b !== 0) return specialPow(a, b);
  if (a === 0) {
    if (b < 0) domainError(); // (±0) ** negative: a pole
    return floatPow(a, b)!;
  }
  if (a < 0 && !Number.isInteger(b)) domainError();
  try {
    return floatPow(a, b)!;
  } catch (e) {
    if (e instanceof KernelError && e.pyType === 'OverflowError') rangeError();
    throw e;
  }
}

/** pow for an infinite or NaN argument: no error, ever. */
function specialPow(x: number, y: number): number {
  if (x !== x) return y === 0 ? 1 : x;
  if (y !== y) return x === 1 ? 1 : y;
  if (x === Infinity || x === -Infinity) {
    const oddY = y - y === 0 && Math.abs(y) % 2 === 1;
    if (y > 0) return oddY ? x : Math.abs(x);
    if (y === 0) return 1;
    return oddY ? (x < 0 ? -0 : 0) : 0;
  }
  // y is infinite, x finite.
  const ax = Math.abs(x);
  if (ax === 1) return 1;
  if (y > 0 && ax > 1) return y;
  if (y < 0 && ax < 1) return -y;
  return 0;
}

const LN2 = 6.93147180559945286227e-01;
// fdlibm's branch points, which it tests on the high word of x (so they are
// doubles with a zero low word, slightly above the round numbers they stand for).
const HALF_LN2_CUT = 0.3465735912322998; // 0x3fd62e43_00000000, about ln(2)/2
const LOG_MAX = 709.7822265625; // 0x40862e42_00000000, about log(DBL_MAX)
const OVERFLOW_THRESHOLD = 710.4758600739439; // 0x408633ce_8fb9f87d: cosh/sinh overflow above
const TWO_CUT = 2.000001907348633; // 0x40000001_00000000: acosh's and asinh's log1p branch ends below
const ASINH_BIG_CUT = 268435712; // 0x41b00001_00000000: asinh is log(2|x|) from here

/** fdlibm's cosh (glibc's e_cosh.c), over a correctly rounded exp. */
function fdlibmCosh(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax) return ax;
  if (ax < HALF_LN2_CUT) {
    if (ax < 2 ** -55) return 1;
    const t = Math.expm1(ax);
    const w = 1 + t;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = accurateExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < LOG_MAX) return 0.5 * accurateExp(ax);
  if (ax <= OVERFLOW_THRESHOLD) {
    const w = accurateExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

/** fdlibm's sinh (glibc's e_sinh.c), over a correctly rounded exp. */
function fdlibmSinh(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax || ax === Infinity) return x;
  const h = x < 0 ? -0.5 : 0.5;
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAX) return h * accurateExp(ax);
  if (ax <= OVERFLOW_THRESHOLD) {
    const w = accurateExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1e307 * 1e307; // overflow, with the sign of x
}

/**
 * fdlibm's tanh as glibc has it: V8's returns x below 2^-28, glibc only below
 * 2^-55 (as x·(1 + x)) and uses expm1 down to there.
 */
function fdlibmTanh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  let z: number;
  if (ax < 22) {
    if (ax < 2 ** -55) return x * (1 + x);
    if (ax >= 1) {
      const t = Math.expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else {
    z = 1; // 1 - tiny
  }
  return x < 0 ? -z : z;
}

/** fdlibm's asinh (glibc's s_asinh.c), over a correctly rounded log. */
function fdlibmAsinh(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax || ax === Infinity || ax < 2 ** -28) return x;
  let w: number;
  if (ax >= ASINH_BIG_CUT) w = accurateLog(ax) + LN2;
  else if (ax >= TWO_CUT) w = accurateLog(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** fdlibm's acosh (glibc's e_acosh.c), over a correctly rounded log. */
function fdlibmAcosh(x: number): number {
  if (x < 1 || x !== x) return x !== x ? x : NaN;
  if (x >= 2 ** 28) return x === Infinity ? x : accurateLog(x) + LN2;
  if (x === 1) return 0;
  if (x >= TWO_CUT) {
    const t = x * x;
    return accurateLog(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

const CBRT2 = 1.2599210498948731648; // 2^(1/3)
const SQR_CBRT2 = 1.5874010519681994748; // 2^(2/3)
/** 2^(r/3) for r = -2..2, indexed by r + 2. */
const CBRT_FACTOR = new Float64Array([1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2]);

/**
 * glibc's cbrt (not V8's fdlibm one): with |x| = m × 2^e, m in [0.5, 1), a
 * degree-6 polynomial guess u ≈ m^(1/3), one Halley step u(u³ + 2m)/(2u³ + m),
 * then the factor 2^((e mod 3)/3) and an exact scaling by 2^(e div 3)
 * (C's division and remainder, truncating toward zero).
 */
function glibcCbrt(x: number): number {
  if (x === 0 || x - x !== 0) return x + x;
  const xe = binaryExponent(x);
  const xm = frexpMantissa(Math.abs(x), xe);
  const u = 0.354895765043919860
    + (1.50819193781584896
      + (-2.11499494167371287
        + (2.44693122563534430
          + (-1.83469277483613086
            + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)]!;
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}
