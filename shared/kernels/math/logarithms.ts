// math.log, math.log2 and math.log10, including ints too large for a double
// (math.log(10**400)): CPython's loghelper writes such an int as x × 2^e with
// x correctly rounded into [0.5, 1) and returns f(x) + f(2.0)·e. Float
// arguments follow m_log/m_log2/m_log10: log of 0 or a negative number is a
// ValueError, log(inf) = inf, log(nan) = nan. log and log2 are correctly
// rounded as glibc's are (accurate-exp-log.ts); log10 is glibc's fdlibm
// method (n·log10(2) + log(m)/ln 10) over that log.

import { bitLength, ratioToFloat } from '../float-rounding.js';
import { raise } from '../py-error.js';
import { accurateLog, accurateLog2 } from './accurate-exp-log.js';
import { binaryExponent, frexpMantissa } from './float-bits.js';
import { checkUnary, domainError } from './errors.js';
import type { FloatArg } from './to-double.js';

type LogFunction = (x: number) => number;

/** loghelper(arg, func): f(arg) for a float or an int of any size. */
function logHelper(arg: FloatArg, f: LogFunction): number {
  if (typeof arg === 'bigint') {
    if (arg <= 0n) domainError();
    const x = Number(arg);
    if (x !== Infinity) return f(x);
    // Too large for a double: arg ≈ m × 2^e with m in [0.5, 1), rounded half to even.
    let e = bitLength(arg);
    let m = ratioToFloat(arg, 1n, -e);
    if (m === 1) { m = 0.5; e += 1; }
    return f(m) + f(2.0) * e;
  }
  // m_log and friends: 0 gives -inf (a pole), negatives and -inf give NaN: both ValueErrors.
  return checkUnary(arg, arg < 0 ? NaN : f(arg), false);
}

/** math.log(x) or math.log(x, base). */
export function log(x: FloatArg, base?: FloatArg): number {
  const num = logHelper(x, accurateLog);
  if (base === undefined) return num;
  const den = logHelper(base, accurateLog);
  if (den === 0) raise('ZeroDivisionError', 'float division by zero');
  return num / den;
}

/** math.log2(x). */
export function log2(x: FloatArg): number {
  return logHelper(x, accurateLog2);
}

/** math.log10(x). */
export function log10(x: FloatArg): number {
  return logHelper(x, glibcLog10);
}

// fdlibm's log10 constants: log10(2) split so that n·LOG10_2HI is exact, and 1/ln 10.
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

/**
 * glibc's log10 (Sun's e_log10.c), for finite x > 0 and +inf: with x = m·2^n,
 * m in [1, 2) (or [0.5, 1) when n < 0), log10(x) = n·log10(2) + log(m)/ln 10,
 * the small parts added first.
 */
function glibcLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  // frexp gives m in [0.5, 1) and e; fdlibm's m is in [1, 2) with n = e - 1, except that it
  // keeps [0.5, 1) with n = e when e - 1 < 0 (so log(m) and n share a sign).
  const e = binaryExponent(x);
  let n = e - 1;
  let m = frexpMantissa(x, e) * 2;
  if (n < 0) { n += 1; m *= 0.5; }
  const z = n * LOG10_2LO + IVLN10 * accurateLog(m);
  return z + n * LOG10_2HI;
}
