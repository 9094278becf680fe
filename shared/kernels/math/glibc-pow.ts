// pow(x, y) exactly as glibc's libm computes it on x86-64 with FMA: the C
// library function behind CPython's float ** float and math.pow.
//
// glibc's pow (2.28 and later; ARM's optimized-routines algorithm) is not
// correctly rounded: it is accurate to about 0.52 ulp, and in the hard cases
// (results within a hair of a rounding midpoint, including exact midpoints
// such as 10.0 ** 23) it rounds whichever way its internal approximation
// falls. Reproducing CPython means reproducing that approximation step for step.
//
// Which steps: glibc on x86-64 ships the pow source compiled three times and
// picks one when libm loads (sysdeps/x86_64/fpu/multiarch/e_pow.c):
// __pow_fma (built with -mfma -mavx2) on CPUs with FMA and AVX2, which is every
// x86-64 CPU of the last decade, __pow_fma4 on old AMD CPUs, and the SSE2 build
// otherwise. The FMA build differs from the others in two ways: the source's
// `__FP_FAST_FMA` branches use fused multiply-adds explicitly, and GCC contracts
// most remaining `a * b + c` expressions into fused operations too. Which
// expressions it contracted is read off the machine code of Debian 12's libm
// (glibc 2.36); each fused step is marked `fma` below, and every other
// operation is a separately rounded double operation, in the machine code's
// order. Tests compare against python3 bit for bit (glibc-pow.test.ts).
//
// The algorithm: x = 2^k·z with z in [0x1.69555p-1, 0x1.69555p0), and z lies
// in one of 128 subintervals, each with a centre c whose reciprocal has few
// bits. Then log x = k·ln2 + log c + log1p(r) with r = z/c - 1 computed
// exactly, the polynomial for log1p evaluated with its leading terms in extra
// precision, giving log x as hi + lo with about 68 bits. y·log x is formed as
// ehi + elo, and exp(ehi + elo) = 2^(m/128)·exp(r') with m = round(ehi·128/ln2),
// 2^(m/128) from a table (2^(m>>7) put in the exponent bits directly) and
// exp(r') - 1 a short polynomial. Results that might overflow or land in the
// subnormal range take a rescaled path that rounds only once.

import { fma, fmaSplit, productError, splitHigh } from './glibc-pow-fma.js';
import {
  EXP_C2, EXP_C3, EXP_C4, EXP_C5, EXP_SCALE_HIGH, EXP_SCALE_LOW, EXP_SHIFT, EXP_TAIL, INV_LN2_N, LN2_HI, LN2_LO,
  LOG_INVC, LOG_LOGC, LOG_LOGCTAIL, LOG_OFF_HIGH, LOG_POLY, NEG_LN2_HI_N, NEG_LN2_LO_N,
} from './glibc-pow-tables.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/** The double with the given 32-bit words. */
function fromWords(high: number, low: number): number {
  u32[HIGH] = high;
  u32[LOW] = low;
  return f64[0]!;
}

const [A0, A1, A2, A3, A4, A5, A6] = LOG_POLY as [number, number, number, number, number, number, number];

// The constants that are multiplied in fused operations, split once for fmaSplit.
const A2H = splitHigh(A2), A2L = A2 - A2H;
const A4H = splitHigh(A4), A4L = A4 - A4H;
const A6H = splitHigh(A6), A6L = A6 - A6H;
const LN2_LO_H = splitHigh(LN2_LO), LN2_LO_L = LN2_LO - LN2_LO_H;
const INV_LN2_N_H = splitHigh(INV_LN2_N), INV_LN2_N_L = INV_LN2_N - INV_LN2_N_H;
const NEG_LN2_HI_N_H = splitHigh(NEG_LN2_HI_N), NEG_LN2_HI_N_L = NEG_LN2_HI_N - NEG_LN2_HI_N_H;
const NEG_LN2_LO_N_H = splitHigh(NEG_LN2_LO_N), NEG_LN2_LO_N_L = NEG_LN2_LO_N - NEG_LN2_LO_N_H;
const C3H = splitHigh(EXP_C3), C3L = EXP_C3 - C3H;
const C5H = splitHigh(EXP_C5), C5L = EXP_C5 - C5H;

/** log_inline's second result: log x = (returned value) + logTail, with about 15 more bits. */
let logTail = 0;

/**
 * log x as hi + logTail for x given by its bits (high word as a signed 32-bit
 * integer, so a subnormal x scaled by 2^52 can carry a negative exponent).
 */
function logInline(high: number, low: number): number {
  // x = 2^k·z: tmp = bits(x) - bits(OFF) (the low word of OFF is 0), whose top bits
  // are k and whose next 7 bits pick the subinterval.
  const tmpHigh = (high - LOG_OFF_HIGH) | 0;
  const i = (tmpHigh >>> 13) & 127;
  const k = tmpHigh >> 20;
  const z = fromWords((high - (tmpHigh & 0xfff00000)) | 0, low);
  const invc = LOG_INVC[i]!;
  const logc = LOG_LOGC[i]!;
  const logctail = LOG_LOGCTAIL[i]!;

  // r = fma(z, invc, -1): z·invc is within [0.5, 2], so RN(z·invc) - 1 is exact and
  // adding the product's exact error rounds once, as the fused operation does.
  const zc = z * invc;
  const r = (zc - 1) + productError(z, invc, zc);
  // t1 = fma(k, ln2hi, logc): both the product and the sum are exact (ln2hi and logc
  // are multiples of 2^-43 with few bits), so the plain expression is the same.
  const t1 = k * LN2_HI + logc;
  // k has 12 bits at most: its split is (k, 0).
  const lo1 = fmaSplit(k, k, 0, LN2_LO, LN2_LO_H, LN2_LO_L, logctail);
  const ar = A0 * r;
  const rh = splitHigh(r);
  const rl = r - rh;
  const q12 = fmaSplit(r, rh, rl, A2, A2H, A2L, A1);
  const q34 = fmaSplit(r, rh, rl, A4, A4H, A4L, A3);
  const t2 = t1 + r;
  const ar2 = r * ar;
  const lo2 = (t1 - t2) + r;
  const ar3 = r * ar2;
  // fma(ar, r, -ar2): the exact error of the product ar2.
  const lo3 = productError(ar, r, ar2);
  const q56 = fmaSplit(r, rh, rl, A6, A6H, A6L, A5);
  const hi = t2 + ar2;
  const ar2h = splitHigh(ar2);
  const ar2l = ar2 - ar2h;
  const q56h = splitHigh(q56);
  const q36 = fmaSplit(q56, q56h, q56 - q56h, ar2, ar2h, ar2l, q34);
  const lo4 = (t2 - hi) + ar2;
  const q36h = splitHigh(q36);
  const q16 = fmaSplit(ar2, ar2h, ar2l, q36, q36h, q36 - q36h, q12);
  // lo = lo1 + lo2 + lo3 + lo4 + ar3·q16, the last product fused into the last sum.
  const lo = fma(ar3, q16, ((lo1 + lo2) + lo3) + lo4);
  const y = hi + lo;
  logTail = (hi - y) + lo;
  return y;
}

/** The sign bias added to the exponent multiplier for a negative result: moves 1 into the sign bit. */
const SIGN_BIAS = 0x800 << 7;

/**
 * The result scale·(1 + tmp) when it may overflow or be subnormal: the exponent
 * in the scale's bits (high word scaleHigh) may have wrapped, so it is rebased
 * first. k >= 0 means overflow is possible, k < 0 underflow.
 */
function specialCase(tmp: number, scaleHigh: number, scaleLow: number, k: number): number {
  if (k >= 0) {
    // The exponent overflowed by at most 460: take 2^1009 out, put it back after rounding.
    const scale = fromWords((scaleHigh - (1009 << 20)) | 0, scaleLow);
    const y = fma(scale, tmp, scale);
    return y * 2 ** 1009;
  }
  const rebasedHigh = (scaleHigh + (1022 << 20)) | 0; // the sign bit of this is the result's
  const scale = fromWords(rebasedHigh, scaleLow);
  const product = scale * tmp;
  let y = scale + product;
  if (Math.abs(y) < 1) {
    // The result is subnormal: round y to the precision it will have after scaling by
    // 2^-1022 first (adding 1 does that), so the scaling does not round a second time.
    const one = y < 0 ? -1 : 1;
    let lo = (scale - y) + product;
    const hi = one + y;
    lo = ((one - hi) + y) + lo;
    y = (lo + hi) - one;
    if (y === 0) y = rebasedHigh < 0 ? -0 : 0;
  }
  return 2 ** -1022 * y;
}

/** sign·exp(x + xtail) for |xtail| much smaller than |x|; signBias is SIGN_BIAS or 0. */
function expInline(x: number, xtail: number, signBias: number): number {
  f64[0] = x;
  const topHigh = u32[HIGH]!;
  let abstop = (topHigh >>> 20) & 0x7ff;
  // 0x3c9: |x| < 2^-54; 0x408: |x| < 512; 0x409: |x| >= 1024.
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) {
      const one = 1 + x;
      return signBias !== 0 ? -one : one;
    }
    if (abstop >= 0x409) {
      if (topHigh >>> 31 !== 0) return signBias !== 0 ? -0 : 0;
      return signBias !== 0 ? -Infinity : Infinity;
    }
    abstop = 0; // large |x|: the result may overflow or underflow
  }
  // x = m·ln2/128 + r with m an integer (rounded by adding 1.5 × 2^52) and |r| <= ln2/256.
  const xh = splitHigh(x);
  const kd = fmaSplit(INV_LN2_N, INV_LN2_N_H, INV_LN2_N_L, x, xh, x - xh, EXP_SHIFT);
  const m = kd - EXP_SHIFT;
  // |m| < 2^18: its split is (m, 0); m = 0 leaves x unchanged (exactly what the fused operations give).
  let r = m === 0 ? x : fmaSplit(m, m, 0, NEG_LN2_HI_N, NEG_LN2_HI_N_H, NEG_LN2_HI_N_L, x);
  if (m !== 0) r = fmaSplit(m, m, 0, NEG_LN2_LO_N, NEG_LN2_LO_N_H, NEG_LN2_LO_N_L, r);
  r = xtail + r;
  const j = m & 127;
  // 2^(m/128) = 2^(j/128) × 2^(m >> 7): the table's biased bits plus m × 2^45.
  const scaleHigh = (EXP_SCALE_HIGH[j]! + ((m + signBias) << 13)) | 0;
  const scaleLow = EXP_SCALE_LOW[j]!;
  const rh = splitHigh(r);
  const rl = r - rh;
  const c23 = fmaSplit(r, rh, rl, EXP_C3, C3H, C3L, EXP_C2);
  const tr = r + EXP_TAIL[j]!;
  const r2 = r * r;
  const c45 = fmaSplit(r, rh, rl, EXP_C5, C5H, C5L, EXP_C4);
  const u = fma(c23, r2, tr);
  const r4 = r2 * r2;
  const tmp = fma(c45, r4, u);
  if (abstop === 0) return specialCase(tmp, scaleHigh, scaleLow, m);
  const scale = fromWords(scaleHigh, scaleLow);
  return fma(scale, tmp, scale);
}

/** 0 if y (finite, non-zero) is not an integer, 1 if it is odd, 2 if even. */
function checkInt(y: number): number {
  if (!Number.isInteger(y)) return 0;
  return Math.abs(y) < 2 ** 53 && y % 2 !== 0 ? 1 : 2;
}

/** glibc's pow(x, y) for any doubles (NaN for a negative x with a non-integer y). */
export function glibcPow(x: number, y: number): number {
  f64[0] = x;
  let xHigh = u32[HIGH]!;
  let xLow = u32[LOW]!;
  f64[0] = y;
  const yHigh = u32[HIGH]!;
  let topx = xHigh >>> 20;
  const topy = yHigh >>> 20;
  let signBias = 0;
  // The fast path takes 2^-1022 <= x < 2^1024 and 2^-65 <= |y| < 2^63.
  if (((topx - 1) >>> 0) >= 0x7ff - 1 || (((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    if (y === 0 || y !== y || y === Infinity || y === -Infinity) {
      if (y === 0) return 1;
      if (x === 1) return 1;
      if (x !== x || y !== y) return x + y;
      if (x === -1) return 1;
      if ((Math.abs(x) < 1) === (y > 0)) return 0; // |x| < 1 and y = +inf, or |x| > 1 and y = -inf
      return y * y;
    }
    if (x === 0 || x !== x || x === Infinity || x === -Infinity) {
      let x2 = x * x;
      if (xHigh >>> 31 !== 0 && checkInt(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    // x and y are finite and non-zero.
    if (x < 0) {
      const yint = checkInt(y);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = SIGN_BIAS;
      xHigh &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if ((((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      // |y| < 2^-65 or |y| >= 2^63 (then y is even, so signBias is 0).
      if (xHigh === 0x3ff00000 && xLow === 0) return 1;
      if ((topy & 0x7ff) < 0x3be) return Math.abs(x) > 1 ? 1 + y : 1 - y;
      return (Math.abs(x) > 1) === (topy < 0x800) ? Infinity : 0;
    }
    if (topx === 0) {
      // Subnormal x: scale it into the normal range and take 52 off the exponent field,
      // which may go negative (the sign bit then acts as part of the exponent).
      f64[0] = Math.abs(x) * 2 ** 52;
      xHigh = (u32[HIGH]! - (52 << 20)) | 0;
      xLow = u32[LOW]!;
    }
  }
  const hi = logInline(xHigh | 0, xLow);
  const lo = logTail;
  // y·log x as ehi + elo: fma(y, hi, -ehi) is the exact error of ehi, and y·lo is fused into it.
  const ehi = y * hi;
  const yh = splitHigh(y);
  const yl = y - yh;
  const hih = splitHigh(hi);
  const ehiError = ((yh * hih - ehi) + yh * (hi - hih) + yl * hih) + yl * (hi - hih); // fma(y, hi, -ehi)
  const loh = splitHigh(lo);
  const elo = fmaSplit(y, yh, yl, lo, loh, lo - loh, ehiError);
  return expInline(ehi, elo, signBias);
}
