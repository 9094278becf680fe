// sin, cos, tan, atan, atan2, asin and acos rounded as glibc rounds them.
//
// glibc's versions (IBM's Accurate Mathematical Library) are correctly rounded
// in practice; V8's Math ones (fdlibm) are off by one unit in a few percent of
// cases. So these work in double-double arithmetic and round once:
// - sin, cos, tan reduce x modulo π/2 (Cody-Waite with a five-part π/2 below
//   2^26, exact Payne-Hanek with a 1300-bit 2/π in bigints above), then sum the
//   Taylor series of the reduced argument, low-order terms in double-double;
// - the inverse functions take V8's answer θ0 and correct it by one Newton
//   step, θ = θ0 + (Y·cos θ0 - X·sin θ0) / (X·cos θ0 + Y·sin θ0), which is the
//   angle between (X, Y) and the direction θ0, with asin(x) = atan2(x, √(1-x²))
//   and acos(x) = atan2(√(1-x²), x), the square root in double-double.
// π is computed once at load from Machin's formula with bigints.

import { DD, addDD, divDD, mulDD, sqrtDD, twoProd } from './double-double.js';
import { binaryExponent } from './float-bits.js';

/** π × 2^PI_BITS, from π = 16·atan(1/5) - 4·atan(1/239). */
const PI_BITS = 1400n;
function arctanInverse(n: bigint): bigint {
  // atan(1/n) × 2^PI_BITS = Σ (-1)^k / ((2k+1) n^(2k+1)).
  const one = 1n << (PI_BITS + 16n); // 16 guard bits
  let term = one / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += ((k & 2n) === 0n ? term : -term) / k;
    term /= n2;
  }
  return sum >> 16n;
}
const PI_FIXED = 16n * arctanInverse(5n) - 4n * arctanInverse(239n);

/** π/2 × 2^PI_BITS, and the exact double of its bits [from, from + count) counted from the top. */
const PIO2_FIXED = PI_FIXED >> 1n;
const PIO2_LENGTH = BigInt(PIO2_FIXED.toString(2).length);
function pio2Chunk(from: number, count: number): number {
  const shift = PIO2_LENGTH - BigInt(from + count);
  const chunk = (PIO2_FIXED >> shift) & ((1n << BigInt(count)) - 1n);
  return Number(chunk) * 2 ** Number(shift - PI_BITS);
}
// Cody-Waite parts: 26 bits each (so n·part is exact for n < 2^27), then 53.
const PIO2_1 = pio2Chunk(0, 26);
const PIO2_2 = pio2Chunk(26, 26);
const PIO2_3 = pio2Chunk(52, 26);
const PIO2_4 = pio2Chunk(78, 26);
const PIO2_5 = pio2Chunk(104, 53);
// π/2 as a double-double.
const PIO2_HI = pio2Chunk(0, 53);
const PIO2_LO = pio2Chunk(53, 53);
const TWO_OVER_PI = 0.6366197723675814;

/** 2/π × 2^TWO_OVER_PI_BITS, for reducing huge arguments. */
const TWO_OVER_PI_BITS = 1300n;
const TWO_OVER_PI_FIXED = (1n << (TWO_OVER_PI_BITS + PI_BITS + 1n)) / PI_FIXED;

/** Below this |x| reduction is Cody-Waite's (n < 2^27). */
const CODY_WAITE_LIMIT = 2 ** 26;

/** Taylor coefficients (-1)^k/(2k+1)! and (-1)^k/(2k)! as double-doubles, k = 0..14. */
const TERMS = 15;
const SIN_HI = new Float64Array(TERMS), SIN_LO = new Float64Array(TERMS);
const COS_HI = new Float64Array(TERMS), COS_LO = new Float64Array(TERMS);
{
  let h = 1; // 1/n! as a double-double, built by exact division
  let l = 0;
  for (let n = 0; n < 2 * TERMS; n++) {
    if (n > 0) { divDD(h, l, n, 0); h = DD.hi; l = DD.lo; }
    const k = n >> 1;
    const sign = k % 2 === 0 ? 1 : -1;
    if (n % 2 === 0) { COS_HI[k] = sign * h; COS_LO[k] = sign * l; }
    else { SIN_HI[k] = sign * h; SIN_LO[k] = sign * l; }
  }
}
/** Series terms from here on are summed in plain doubles: below 2^-21 of the result, so their rounding errors stay below 2^-74. */
const DD_TERMS = 4;

// The reduced argument and its sine and cosine.
let quadrant = 0;
let rh = 0;
let rl = 0;
let sh = 0;
let sl = 0;
let ch = 0;
let cl = 0;

/** x = quadrant·π/2 + (rh + rl) (quadrant mod 4), |r| <= π/4 + tiny, for finite x >= 0. */
function reduce(x: number): void {
  if (x < 0.7853981633974483) { quadrant = 0; rh = x; rl = 0; return; }
  if (x < CODY_WAITE_LIMIT) {
    const n = Math.round(x * TWO_OVER_PI);
    addDD(x, 0, -n * PIO2_1, 0);
    addDD(DD.hi, DD.lo, -n * PIO2_2, 0);
    addDD(DD.hi, DD.lo, -n * PIO2_3, 0);
    const h = DD.hi, l = DD.lo;
    twoProd(n, PIO2_4);
    addDD(h, l, -DD.hi, -DD.lo - n * PIO2_5);
    quadrant = n % 4;
    rh = DD.hi; rl = DD.lo;
    return;
  }
  // Payne-Hanek, exactly: x·2/π = v / 2^shift with x = m·2^e.
  const e = binaryExponent(x) - 53;
  const m = BigInt(x * 2 ** -e); // the 53-bit integer mantissa (exact)
  const shift = TWO_OVER_PI_BITS - BigInt(e);
  const v = m * TWO_OVER_PI_FIXED;
  let n = v >> shift;
  let frac = v - (n << shift);
  if (frac << 1n >= 1n << shift) { n += 1n; frac -= 1n << shift; }
  quadrant = Number(n & 3n);
  // The fraction in [-1/2, 1/2) to 110 significant bits, as a double-double.
  const negative = frac < 0n;
  if (negative) frac = -frac;
  const bits = BigInt(frac.toString(2).length);
  const drop = bits > 110n ? bits - 110n : 0n;
  const top = frac >> drop;
  const fh = Number(top);
  const fl = Number(top - BigInt(fh));
  const scale = 2 ** Number(drop - shift);
  mulDD(fh * scale, fl * scale, PIO2_HI, PIO2_LO);
  rh = negative ? -DD.hi : DD.hi;
  rl = negative ? -DD.lo : DD.lo;
}

/** sin of the reduced argument (rh, rl) into (sh, sl). */
function sinReduced(zh: number, zl: number): void {
  let p = SIN_HI[TERMS - 1]!;
  for (let k = TERMS - 2; k >= DD_TERMS; k--) p = p * zh + SIN_HI[k]!;
  let pl = 0;
  for (let k = DD_TERMS - 1; k >= 0; k--) {
    mulDD(p, pl, zh, zl);
    addDD(DD.hi, DD.lo, SIN_HI[k]!, SIN_LO[k]!);
    p = DD.hi; pl = DD.lo;
  }
  mulDD(rh, rl, p, pl);
  sh = DD.hi; sl = DD.lo;
}

/** cos of the reduced argument (rh, rl) into (ch, cl). */
function cosReduced(zh: number, zl: number): void {
  let p = COS_HI[TERMS - 1]!;
  for (let k = TERMS - 2; k >= DD_TERMS; k--) p = p * zh + COS_HI[k]!;
  let pl = 0;
  for (let k = DD_TERMS - 1; k >= 0; k--) {
    mulDD(p, pl, zh, zl);
    addDD(DD.hi, DD.lo, COS_HI[k]!, COS_LO[k]!);
    p = DD.hi; pl = DD.lo;
  }
  ch = p; cl = pl;
}

const WANT_SIN = 1;
const WANT_COS = 2;

/** sin (WANT_SIN) and/or cos (WANT_COS) of finite x into (sh, sl), (ch, cl). */
function sinCos(x: number, want: number): void {
  reduce(Math.abs(x));
  mulDD(rh, rl, rh, rl);
  const zh = DD.hi, zl = DD.lo;
  // Which of sin r, cos r each result needs depends on the quadrant's parity.
  const odd = (quadrant & 1) === 1;
  const need = want === (WANT_SIN | WANT_COS) ? want : (want === WANT_SIN) !== odd ? WANT_SIN : WANT_COS;
  if (need & WANT_SIN) sinReduced(zh, zl);
  if (need & WANT_COS) cosReduced(zh, zl);
  let s = sh, s2 = sl, c = ch, c2 = cl;
  switch (quadrant) {
    case 1: s = ch; s2 = cl; c = -sh; c2 = -sl; break;
    case 2: s = -sh; s2 = -sl; c = -ch; c2 = -cl; break;
    case 3: s = -ch; s2 = -cl; c = sh; c2 = sl; break;
  }
  if (x < 0) { s = -s; s2 = -s2; }
  sh = s; sl = s2; ch = c; cl = c2;
}

/** Below this |x|, sin x and tan x round to x and cos x to 1. */
const TINY = 2 ** -27;

/** sin(x), as glibc's. */
export function accurateSin(x: number): number {
  if (x - x !== 0) return NaN;
  if (Math.abs(x) < TINY) return x;
  sinCos(x, WANT_SIN);
  return sh;
}

/** cos(x), as glibc's. */
export function accurateCos(x: number): number {
  if (x - x !== 0) return NaN;
  if (Math.abs(x) < TINY) return 1;
  sinCos(x, WANT_COS);
  return ch;
}

/** tan(x), as glibc's. */
export function accurateTan(x: number): number {
  if (x - x !== 0) return NaN;
  if (Math.abs(x) < TINY) return x;
  sinCos(x, WANT_SIN | WANT_COS);
  divDD(sh, sl, ch, cl);
  return DD.hi;
}

/**
 * The angle of (X, Y) = (xh + xl, yh + yl), both scaled to at most about 1,
 * from θ0 = V8's atan2 and one Newton step.
 */
function angle(yh: number, yl: number, xh: number, xl: number): number {
  const t0 = Math.atan2(yh, xh);
  sinCos(t0, WANT_SIN | WANT_COS);
  mulDD(yh, yl, ch, cl);
  const ah = DD.hi, al = DD.lo;
  mulDD(xh, xl, sh, sl);
  addDD(ah, al, -DD.hi, -DD.lo);
  const num = DD.hi;
  const den = xh * ch + yh * sh;
  return t0 + num / den;
}

/** atan2(y, x) for finite y, x, not both zero, as glibc's. */
export function accurateAtan2(y: number, x: number): number {
  const big = Math.max(Math.abs(x), Math.abs(y));
  const small = Math.min(Math.abs(x), Math.abs(y));
  // Scale to |max| ≈ 1 (exact); give up where the smaller would lose bits.
  if (small !== 0 && small < big * 2 ** -900) return Math.atan2(y, x);
  // 2^-e in two factors, each a normal double even for subnormal or huge arguments.
  const e = binaryExponent(big);
  const s1 = 2 ** -(e >> 1);
  const s2 = 2 ** -(e - (e >> 1));
  return angle(y * s1 * s2, 0, x * s1 * s2, 0);
}

/** atan(x), as glibc's. */
export function accurateAtan(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax || ax < TINY) return x;
  if (ax > 2 ** 60) return Math.atan(x); // ±π/2 to the last bit
  return accurateAtan2(x, 1);
}

/** √(1 - x²) for |x| <= 1 into (DD.hi, DD.lo). */
function cosineSide(x: number): void {
  twoProd(x, x);
  addDD(1, 0, -DD.hi, -DD.lo);
  if (DD.hi <= 0) { DD.hi = 0; DD.lo = 0; return; }
  sqrtDD(DD.hi, DD.lo);
}

/** asin(x) for |x| <= 1, as glibc's. */
export function accurateAsin(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (Math.abs(x) < TINY) return x;
  cosineSide(x);
  return angle(x, 0, DD.hi, DD.lo);
}

/** acos(x) for |x| <= 1, as glibc's. */
export function accurateAcos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  cosineSide(x);
  return angle(DD.hi, DD.lo, x, 0);
}
