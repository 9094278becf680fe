// fma(a, b, c): a × b + c with a single rounding (to nearest, ties to even), as
// the x86 vfmadd instructions compute it. JavaScript has no fused multiply-add,
// so it is emulated exactly:
//
// - the product is split into p + e exactly (Dekker's product with Veltkamp's
//   splitting: exact while nothing overflows or underflows);
// - p + c is split into s + t exactly (Knuth's two-sum);
// - the two error terms are added (t + e = w, rounded) and w to s. Rounding
//   s + w once gives the correctly rounded a×b + c except when s + w falls
//   exactly halfway between two doubles and w itself was inexact: w is so much
//   smaller than s that no other rounding boundary lies within w's error. In
//   that case the sign of w's error decides the direction. (This is the
//   argument of Boldo and Melquiond's emulation with rounding to odd, "Emulation
//   of FMA and correctly rounded sums: proved algorithms using rounding to odd",
//   IEEE Transactions on Computers 57(4), 2008, with the odd rounding replaced
//   by an explicit test for the halfway case.)
//
// Arguments outside the range where those steps are exact (huge or tiny
// products, a result near the subnormal range, infinities) take an exact
// bigint path instead; glibc's pow never sends such arguments. Callers that
// multiply by the same number several times pass its Veltkamp split in.

import { floatParts, ratioToFloat } from '../float-rounding.js';

/** Veltkamp's splitter 2^27 + 1: x = hi + lo with both halves of 26 bits at most. */
const SPLIT = 134217729;

/** The high half of x's Veltkamp split (the low half is x - splitHigh(x)); |x| < 2^995. */
export function splitHigh(x: number): number {
  const t = SPLIT * x;
  return t - (t - x);
}

/** The error of the rounded product: a × b - RN(a × b), exactly (Dekker), for |a|, |b| < 2^995 and no underflow. */
export function productError(a: number, b: number, p: number): number {
  const ah = splitHigh(a);
  const al = a - ah;
  const bh = splitHigh(b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** fma(a, b, c) with a = ah + al and b = bh + bl already split. */
export function fmaSplit(a: number, ah: number, al: number, b: number, bh: number, bl: number, c: number): number {
  const p = a * b;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl; // a×b = p + e
  const s = p + c;
  const v = s - p;
  const t = (p - (s - v)) + (c - v); // p + c = s + t
  const w = t + e;
  const r = s + w;
  const ap = Math.abs(p);
  const ar = Math.abs(r);
  // NaN (a split overflowed) fails these tests too.
  if (!(ap > 2 ** -900 && ap < 2 ** 900 && ar > 2 ** -960 && ar < 2 ** 1000)) return exactFma(a, b, c);
  const z = r - s;
  const q = (s - (r - z)) + (w - z); // s + w = r + q
  // Not halfway: r is right. Halfway: r + 2q is the other neighbour, exactly 2q away.
  if (q === 0 || (r + 2 * q) - r !== 2 * q) return r;
  const bw = w - t;
  const wErr = (t - (w - bw)) + (e - bw); // t + e = w + wErr
  return wErr !== 0 && (wErr > 0) === (q > 0) ? r + 2 * q : r;
}

/** a × b + c rounded once. */
export function fma(a: number, b: number, c: number): number {
  const ah = splitHigh(a);
  const bh = splitHigh(b);
  return fmaSplit(a, ah, a - ah, b, bh, b - bh, c);
}

/** fma by exact rational arithmetic (any arguments). */
export function exactFma(a: number, b: number, c: number): number {
  if (!isFinite(a) || !isFinite(b)) return a * b + c;
  if (!isFinite(c)) return c; // a finite product, even one past the double range, leaves c
  if (a === 0 || b === 0) return a * b + c; // exact product: the sum is rounded once
  if (c === 0) return a * b; // (a×b) + 0 has the sign of the product unless it underflows to zero — a * b then too
  const pa = floatParts(a);
  const pb = floatParts(b);
  const pc = floatParts(c);
  // Everything as integers times 2^base.
  const eProd = pa.exponent + pb.exponent;
  const base = Math.min(eProd, pc.exponent);
  let prod = (pa.mantissa * pb.mantissa) << BigInt(eProd - base);
  if (pa.negative !== pb.negative) prod = -prod;
  let add = pc.mantissa << BigInt(pc.exponent - base);
  if (pc.negative) add = -add;
  const sum = prod + add;
  if (sum === 0n) return 0; // an exact zero of opposite terms is +0 when rounding to nearest
  const magnitude = ratioToFloat(sum < 0n ? -sum : sum, 1n, base);
  return sum < 0n ? -magnitude : magnitude;
}
