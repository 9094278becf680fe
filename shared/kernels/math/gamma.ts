// math.gamma and math.lgamma as CPython 3.11 computes them itself (m_tgamma,
// m_lgamma in mathmodule.c): the Lanczos approximation with N = 13 and
// g = 6.024680040776729583740234375 written as a rational function, the
// reflection formula for negative x through an accurate sin(pi·x), and a
// correction for the rounding error of x + g - 0.5. The coefficients are the
// published Boost/MPFR values. CPython's exp, log, pow, sin and cos come from
// glibc, so ours are the correctly rounded ones of accurate-exp-log.ts and
// accurate-trig.ts.

import { accurateExp, accurateLog } from './accurate-exp-log.js';
import { glibcPow } from './glibc-pow.js';
import { accurateCos, accurateSin } from './accurate-trig.js';
import { domainError, rangeError } from './errors.js';
import { toDouble, type FloatArg } from './to-double.js';

const PI = 3.141592653589793238462643383279502884197;
const LOG_PI = 1.144729885849400174143427351353058711647;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;

const NUM = new Float64Array([
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
]);

/** The denominator x(x+1)…(x+11) expanded. */
const DEN = new Float64Array([
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
]);

/** Γ(n) = (n-1)! for n = 1..23, exact in a double. */
const GAMMA_INTEGRAL = new Float64Array(23);
GAMMA_INTEGRAL[0] = 1;
for (let i = 1; i < 23; i++) GAMMA_INTEGRAL[i] = GAMMA_INTEGRAL[i - 1]! * i;

/** The Lanczos sum L_g(x) for x > 0; in powers of 1/x above 5 to avoid overflow. */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + NUM[i]!;
      den = den * x + DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + NUM[i]!;
      den = den / x + DEN[i]!;
    }
  }
  return num / den;
}

/** sin(pi·x) for finite x, exact at integers and accurate near them. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y); // C's round: halves away from zero; y >= 0 so Math.round agrees
  let r: number;
  switch (n) {
    case 0: r = accurateSin(PI * y); break;
    case 1: r = accurateCos(PI * (y - 0.5)); break;
    case 2: r = accurateSin(PI * (1 - y)); break; // not -sin(pi(y-1)): that gives -0.0 at y = 1
    case 3: r = -accurateCos(PI * (y - 1.5)); break;
    default: r = accurateSin(PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** math.gamma(x). */
export function gamma(x: FloatArg): number {
  const d = toDouble(x);
  if (d - d !== 0) {
    if (d !== d || d > 0) return d;
    domainError(); // gamma(-inf)
  }
  if (d === 0) domainError(); // a pole
  if (d === Math.floor(d)) {
    if (d < 0) domainError();
    if (d <= 23) return GAMMA_INTEGRAL[d - 1]!;
  }
  const absx = Math.abs(d);
  if (absx < 1e-20) {
    const r = 1 / d;
    if (r === Infinity || r === -Infinity) rangeError();
    return r;
  }
  if (absx > 200) {
    if (d < 0) return 0 / sinpi(d);
    rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // z = the rounding error of y, scaled: the first-order correction factor is 1 + z.
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) z = (y - absx) - LANCZOS_G_MINUS_HALF;
  else z = (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (d < 0) {
    r = -PI / sinpi(absx) / absx * accurateExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) {
      r /= glibcPow(y, absx - 0.5);
    } else {
      const sqrtpow = glibcPow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / accurateExp(y);
    r += z * r;
    if (absx < 140) {
      r *= glibcPow(y, absx - 0.5);
    } else {
      const sqrtpow = glibcPow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

/** math.lgamma(x): log|Γ(x)|. */
export function lgamma(x: FloatArg): number {
  const d = toDouble(x);
  if (d - d !== 0) return d !== d ? d : Infinity;
  if (d === Math.floor(d) && d <= 2) {
    if (d <= 0) domainError(); // poles at 0, -1, -2, ...
    return 0; // lgamma(1) = lgamma(2) = 0
  }
  const absx = Math.abs(d);
  if (absx < 1e-20) return -accurateLog(absx);
  let r = accurateLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (accurateLog(absx + LANCZOS_G - 0.5) - 1);
  if (d < 0) r = LOG_PI - accurateLog(Math.abs(sinpi(absx))) - accurateLog(absx) - r;
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}
