// exp, log and pow correctly rounded, for the functions whose CPython results
// depend on glibc's (exp, exp2, log, lgamma, erf/erfc). float ** float and
// gamma use glibc's pow itself, reproduced bit for bit in glibc-pow.ts.
//
// glibc's exp, exp2 and log are correctly rounded in all but a vanishing
// fraction of cases; V8's Math.exp/log/pow (fdlibm ports) are only faithful and
// miss by one unit in a few percent. So these compute in double-double
// arithmetic (about 100 bits) and round once, which gives the correctly
// rounded double except in astronomically rare hard cases. No allocation and
// no bigints: double-double results travel in double-double.ts's register.

import { DD, addDD, mulDD, twoProd } from './double-double.js';

// 1/ln 2 as a double-double, for log2.
const INV_LN2_HI = 1.4426950408889634;
const INV_LN2_LO = 2.0355273740931033e-17;

// ln 2 in three parts; the first has 32 trailing zero bits so k·LN2_1 is exact for |k| < 2^20.
const LN2_1 = 6.93147180369123816490e-01; // 0x3FE62E42FEE00000
const LN2_2 = 1.90821492927058770002e-10; // 0x3DEA39EF35793C76
const LN2_3 = 1.1612227229362532e-26; // ln 2 - LN2_1 - LN2_2, to double precision
const INV_LN2 = 1.44269504088896338700e+00;
// ln 2 as a double-double, for exp2.
const LN2_HI = 6.93147180559945286227e-01;
const LN2_LO = 2.31904681384629955842e-17;

// 1/n! as double-doubles for the Taylor series of exp, n = 2..9.
const INV_FACT_HI = new Float64Array(10);
const INV_FACT_LO = new Float64Array(10);
{
  // Built by exact division in double-double: 1/n! = (1/(n-1)!) / n.
  let h = 1;
  let l = 0;
  for (let n = 1; n < 10; n++) {
    const q = h / n;
    twoProd(q, n);
    const rem = ((h - DD.hi) - DD.lo + l) / n;
    h = q + rem;
    l = rem - (h - q);
    INV_FACT_HI[n] = h;
    INV_FACT_LO[n] = l;
  }
}

/**
 * exp(xh + xl) for |x| < 1 as a double-double in (DD.hi, DD.lo), scaled by 2^-k
 * with k returned: the true value is (DD.hi + DD.lo) × 2^k. Slow (eight squarings):
 * only builds the table of the fast version below.
 */
function expBySquaring(xh: number, xl: number): number {
  const k = Math.round(xh * INV_LN2);
  // r = x - k·ln2, in double-double.
  let h = xh - k * LN2_1; // exact
  let l = xl;
  twoProd(k, LN2_2);
  addDD(h, l, -DD.hi, -DD.lo);
  h = DD.hi; l = DD.lo;
  addDD(h, l, -k * LN2_3, 0);
  // exp(r) = exp(r / 2^8)^(2^8); the series converges in 9 terms for |r| / 2^8 < 0.0014.
  h = DD.hi * (1 / 256);
  l = DD.lo * (1 / 256);
  let sh = INV_FACT_HI[9]!;
  let sl = INV_FACT_LO[9]!;
  for (let n = 8; n >= 1; n--) {
    mulDD(sh, sl, h, l);
    addDD(DD.hi, DD.lo, INV_FACT_HI[n]!, INV_FACT_LO[n]!);
    sh = DD.hi; sl = DD.lo;
  }
  // Now s ≈ (exp(t) - 1)/t with t = r/256; e = t·s = expm1(t). Square (1 + e) 8 times as
  // e ← 2e + e², which keeps the small part's relative precision.
  mulDD(sh, sl, h, l);
  let eh = DD.hi;
  let el = DD.lo;
  for (let i = 0; i < 8; i++) {
    mulDD(eh, el, eh, el);
    addDD(DD.hi, DD.lo, 2 * eh, 2 * el);
    eh = DD.hi; el = DD.lo;
  }
  addDD(1, 0, eh, el);
  return k;
}

/** 2^(j/32) for j = 0..31 as double-doubles: exp's table. */
const TABLE_SIZE = 32;
const TAB_HI = new Float64Array(TABLE_SIZE);
const TAB_LO = new Float64Array(TABLE_SIZE);
for (let j = 0; j < TABLE_SIZE; j++) {
  twoProd(j / TABLE_SIZE, LN2_HI);
  const k = expBySquaring(DD.hi, DD.lo + (j / TABLE_SIZE) * LN2_LO);
  TAB_HI[j] = DD.hi * 2 ** k;
  TAB_LO[j] = DD.lo * 2 ** k;
}

// 1/n! for the double part of the series, n = 3..11.
const C3 = 1 / 6, C4 = 1 / 24, C5 = 1 / 120, C6 = 1 / 720, C7 = 1 / 5040, C8 = 1 / 40320, C9 = 1 / 362880,
  C10 = 1 / 3628800, C11 = 1 / 39916800;

/**
 * exp(xh + xl) as a double-double in (DD.hi, DD.lo), scaled by 2^-k with k
 * returned: the true value is (DD.hi + DD.lo) × 2^k. For |xh| <= 746.
 * x = (32k + j)·ln2/32 + r with |r| <= ln2/64, exp(x) = 2^k · 2^(j/32) · exp(r);
 * exp(r) - 1 = r + r²/2 in double-double plus r³/6 + … + r^11/11! in doubles
 * (those terms are below 2^-22 of the result, so a double's precision does).
 */
function expDDScaled(xh: number, xl: number): number {
  const m = Math.round(xh * (TABLE_SIZE * INV_LN2));
  const k = Math.floor(m / TABLE_SIZE);
  const j = m - k * TABLE_SIZE;
  const mm = m / TABLE_SIZE;
  // r = x - m·ln2/32, in double-double; m·LN2_1/32 is exact.
  const h = xh - mm * LN2_1;
  twoProd(mm, LN2_2);
  addDD(h, xl, -DD.hi, -DD.lo);
  addDD(DD.hi, DD.lo, -mm * LN2_3, 0);
  const r = DD.hi;
  const rlo = DD.lo;
  const p = r * r * r * (C3 + r * (C4 + r * (C5 + r * (C6 + r * (C7 + r * (C8 + r * (C9 + r * (C10 + r * C11))))))));
  twoProd(r, r);
  const sh = DD.hi * 0.5;
  const sl = (DD.lo + 2 * r * rlo) * 0.5;
  addDD(r, rlo, sh, sl);
  addDD(DD.hi, DD.lo, p, 0);
  // 2^(j/32) · (1 + e) = T + T·e.
  const th = TAB_HI[j]!;
  const tl = TAB_LO[j]!;
  mulDD(th, tl, DD.hi, DD.lo);
  addDD(th, tl, DD.hi, DD.lo);
  return k;
}

/** exp(xh + xl) correctly rounded (to ~2^-100), overflow to Infinity and underflow handled. */
function expOf(xh: number, xl: number): number {
  if (xh !== xh) return xh;
  if (xh > 709.8) return Infinity;
  if (xh < -745.2) return 0;
  const k = expDDScaled(xh, xl);
  if (k > -1020 && k < 1020) return (DD.hi + DD.lo) * 2 ** k; // DD.hi + DD.lo rounds to DD.hi: the dd is normalised
  // Near the ends of the range scale in two steps; the subnormal range rounds once more (rare).
  const half = k > 0 ? 1000 : -1000;
  return (DD.hi + DD.lo) * 2 ** half * 2 ** (k - half);
}

/** e^x, as glibc's exp. */
export function accurateExp(x: number): number {
  return expOf(x, 0);
}

/** 2^x, as glibc's exp2. */
export function accurateExp2(x: number): number {
  if (x !== x) return x;
  if (Number.isInteger(x) && x > -1075 && x < 1024) return 2 ** x; // exact
  twoProd(x, LN2_HI);
  return expOf(DD.hi, DD.lo + x * LN2_LO);
}

/** log(x) for finite x > 0 as a double-double in (DD.hi, DD.lo). */
function logDD(x: number): void {
  const u = x - 1;
  if (Math.abs(u) < 2 ** -40) {
    // log(1 + u) = u - u²/2 + u³/3 - …; u is exact and the rest tiny next to it.
    const c = -0.5 * u * u + (u * u * u) / 3;
    DD.hi = u + c;
    DD.lo = c - (DD.hi - u);
    return;
  }
  // One Newton step from libm's faithful log: y + (x - e^y) / e^y.
  const y = Math.log(x);
  const k = expDDScaled(y, 0);
  const eh = DD.hi * 2 ** k;
  const el = DD.lo * 2 ** k;
  const corr = ((x - eh) - el) / eh; // x - eh is exact: they agree to ~52 bits
  DD.hi = y + corr;
  DD.lo = corr - (DD.hi - y);
}

/** log(x) for finite x > 0 into (DD.hi, DD.lo), keeping e^log(x) inside the normal range. */
function logAnyDD(x: number): void {
  if (x < 2 ** -1000 || x > 2 ** 1000) {
    // log(x) = log(x·2^∓64) ± 64·ln 2 (the scaling is exact).
    const s = x < 1 ? 64 : -64;
    logDD(x * 2 ** s);
    addDD(DD.hi, DD.lo, -s * LN2_HI, -s * LN2_LO);
    return;
  }
  logDD(x);
}

/** log(x), as glibc's log; x > 0 finite (callers deal with the rest). */
export function accurateLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  logAnyDD(x);
  return DD.hi;
}

/** log2(x), as glibc's log2 (exact at powers of two); x > 0 finite. */
export function accurateLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  logAnyDD(x);
  mulDD(DD.hi, DD.lo, INV_LN2_HI, INV_LN2_LO);
  return DD.hi;
}

/** x^y for finite x > 0 and finite y, as glibc's pow: exp(y·log x) in double-double. */
export function accuratePow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  logAnyDD(x);
  const lh = DD.hi;
  const ll = DD.lo;
  twoProd(y, lh);
  return expOf(DD.hi, DD.lo + y * ll);
}
