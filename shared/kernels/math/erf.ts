// math.erf and math.erfc. CPython 3.11 calls the C library's erf/erfc when it
// has them, and glibc's are Sun's fdlibm algorithm (s_erf.c): rational
// approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35) and
// [1/0.35, 28), the last two of the form exp(-x² - 0.5625 + R/S) / x. This is
// that method with fdlibm's published coefficients and glibc's evaluation
// order, and glibc's exp is matched by accurate-exp-log.ts, so results agree
// bit for bit but where glibc's exp itself is not correctly rounded.

import { accurateExp } from './accurate-exp-log.js';
import { toDouble, type FloatArg } from './to-double.js';

const ERX = 8.45062911510467529297e-01; // erf(1) rounded to 24 bits
const EFX = 1.28379167095512586316e-01; // 2/sqrt(pi) - 1
const TINY = 1e-300;

// erf(x) = x + x·P(x²)/Q(x²) on |x| < 0.84375.
const PP0 = 1.28379167095512558561e-01, PP1 = -3.25042107247001499370e-01, PP2 = -2.84817495755985104766e-02,
  PP3 = -5.77027029648944159157e-03, PP4 = -2.37630166566501626084e-05;
const QQ1 = 3.97917223959155352819e-01, QQ2 = 6.50222499887672944485e-02, QQ3 = 5.08130628187576562776e-03,
  QQ4 = 1.32494738004321644526e-04, QQ5 = -3.96022827877536812320e-06;
// erf(1 + s) - ERX = PA(s)/QA(s) on 0.84375 <= |x| < 1.25.
const PA0 = -2.36211856075265944077e-03, PA1 = 4.14856118683748331666e-01, PA2 = -3.72207876035701323847e-01,
  PA3 = 3.18346619901161753674e-01, PA4 = -1.10894694282396677476e-01, PA5 = 3.54783043256182359371e-02,
  PA6 = -2.16637559486879084300e-03;
const QA1 = 1.06420880400844228286e-01, QA2 = 5.40397917702171048937e-01, QA3 = 7.18286544141962662868e-02,
  QA4 = 1.26171219808761642112e-01, QA5 = 1.36370839120290507362e-02, QA6 = 1.19844998467991074170e-02;
// log(x·erfc(x)) + x² + 0.5625 = RA(1/x²)/SA(1/x²) on 1.25 <= |x| < 1/0.35.
const RA0 = -9.86494403484714822705e-03, RA1 = -6.93858572707181764372e-01, RA2 = -1.05586262253232909814e+01,
  RA3 = -6.23753324503260060396e+01, RA4 = -1.62396669462573470355e+02, RA5 = -1.84605092906711035994e+02,
  RA6 = -8.12874355063065934246e+01, RA7 = -9.81432934416914548592e+00;
const SA1 = 1.96512716674392571292e+01, SA2 = 1.37657754143519042600e+02, SA3 = 4.34565877475229228821e+02,
  SA4 = 6.45387271733267880336e+02, SA5 = 4.29008140027567833386e+02, SA6 = 1.08635005541779435134e+02,
  SA7 = 6.57024977031928170135e+00, SA8 = -6.04244152148580987438e-02;
// The same on 1/0.35 <= |x| < 28.
const RB0 = -9.86494292470009928597e-03, RB1 = -7.99283237680523006574e-01, RB2 = -1.77579549177547519889e+01,
  RB3 = -1.60636384855821916062e+02, RB4 = -6.37566443368389627722e+02, RB5 = -1.02509513161107724954e+03,
  RB6 = -4.83519191608651397019e+02;
const SB1 = 3.03380607434824582924e+01, SB2 = 3.25792512996573918826e+02, SB3 = 1.53672958608443695994e+03,
  SB4 = 3.19985821950859553908e+03, SB5 = 2.55305040643316442583e+03, SB6 = 4.74528541206955367215e+02,
  SB7 = -2.24409524465858183362e+01;

const view = new DataView(new ArrayBuffer(8));

/** The high 32 bits of x (sign, exponent, top of the fraction), as a signed int. */
function high(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** x with its low 32 bits cleared: a value close to x whose square is exact. */
function clearLow(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** x·P/Q, the correction to erf(x) ≈ x on |x| < 0.84375 (as y = P/Q). */
function smallRatio(x: number): number {
  const z = x * x;
  const r1 = PP0 + z * PP1, z2 = z * z;
  const r2 = PP2 + z * PP3, z4 = z2 * z2;
  const s1 = 1 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** PA(s)/QA(s) for s = |x| - 1. */
function nearOne(s: number): number {
  const p1 = PA0 + s * PA1, s2 = s * s;
  const q1 = 1 + s * QA1, s4 = s2 * s2;
  const p2 = PA2 + s * PA3, s6 = s4 * s2;
  const q2 = QA2 + s * QA3;
  const p3 = PA4 + s * PA5;
  const q3 = QA4 + s * QA5;
  const p = p1 + s2 * p2 + s4 * p3 + s6 * PA6;
  const q = q1 + s2 * q2 + s4 * q3 + s6 * QA6;
  return p / q;
}

/** exp(-x² - 0.5625 + R/S) for 1.25 <= x < 28, where erfc(x) is this over x. */
function tailExp(x: number, ix: number, cutoff: number): number {
  const s = 1 / (x * x);
  let r: number, q: number;
  if (ix < cutoff) {
    const r1 = RA0 + s * RA1, s2 = s * s;
    const q1 = 1 + s * SA1, s4 = s2 * s2;
    const r2 = RA2 + s * RA3, s6 = s4 * s2;
    const q2 = SA2 + s * SA3, s8 = s4 * s4;
    const r3 = RA4 + s * RA5;
    const q3 = SA4 + s * SA5;
    const r4 = RA6 + s * RA7;
    const q4 = SA6 + s * SA7;
    r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
    q = q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA8;
  } else {
    const r1 = RB0 + s * RB1, s2 = s * s;
    const q1 = 1 + s * SB1, s4 = s2 * s2;
    const r2 = RB2 + s * RB3, s6 = s4 * s2;
    const q2 = SB2 + s * SB3;
    const r3 = RB4 + s * RB5;
    const q3 = SB4 + s * SB5;
    const q4 = SB6 + s * SB7;
    r = r1 + s2 * r2 + s4 * r3 + s6 * RB6;
    q = q1 + s2 * q2 + s4 * q3 + s6 * q4;
  }
  // -x² split as -z² + (z - x)(z + x) with z = x truncated to 21 bits, so z² is exact.
  const z = clearLow(x);
  return accurateExp(-z * z - 0.5625) * accurateExp((z - x) * (z + x) + r / q);
}

/** math.erf(x). */
export function erf(x: FloatArg): number {
  const d = toDouble(x);
  const hx = high(d);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return d !== d ? d : d > 0 ? 1 : -1;
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3e300000) { // |x| < 2^-28
      if (ix < 0x00800000) return 0.0625 * (16 * d + (16 * EFX) * d); // avoids underflow in EFX·x
      return d + EFX * d;
    }
    return d + d * smallRatio(d);
  }
  if (ix < 0x3ff40000) { // |x| < 1.25
    const pq = nearOne(Math.abs(d) - 1);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1; // |x| >= 6
  const ax = Math.abs(d);
  const r = tailExp(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

/** math.erfc(x). Underflow to 0 for large x is not an error (is_error ignores |r| < 1.5). */
export function erfc(x: FloatArg): number {
  const d = toDouble(x);
  const hx = high(d);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return d !== d ? d : d > 0 ? 0 : 2;
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3c700000) return 1 - d; // |x| < 2^-56
    const y = smallRatio(d);
    if (hx < 0x3fd00000) return 1 - (d + d * y); // x < 1/4
    let r = d * y;
    r += d - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) { // |x| < 1.25
    const pq = nearOne(Math.abs(d) - 1);
    return hx >= 0 ? (1 - ERX) - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) { // |x| < 28
    if (hx < 0 && ix >= 0x40180000) return 2 - TINY; // x <= -6
    const ax = Math.abs(d);
    const r = tailExp(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}
