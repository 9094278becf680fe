// math.hypot and math.dist: the Euclidean norm as CPython 3.11's vector_norm
// computes it, almost always correctly rounded: scale by a power of two so the
// largest coordinate lies in [0.5, 1), square each coordinate exactly as a
// hi/lo pair (Veltkamp-Dekker splitting), add the squares with Neumaier
// compensation into three accumulators, take the square root, and correct it
// with one differential (Newton) step. Only the operation order matters for
// bit-exactness, and it is mathmodule.c's.

import { raise } from '../py-error.js';
import { binaryExponent } from './float-bits.js';
import { toDouble, type FloatArg } from './to-double.js';

/** 2^27 + 1, the Veltkamp splitter for doubles. */
const T27 = 134217729.0;

/** Scratch for the absolute coordinates; grown when needed, never shrunk. */
let scratch = new Float64Array(16);

function scratchOf(n: number): Float64Array {
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
  return scratch;
}

/**
 * The norm of vec[0..n) (non-negative values) given their maximum and whether
 * one is a NaN: an infinity wins over a NaN, as in CPython.
 */
function vectorNorm(n: number, vec: Float64Array, max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = binaryExponent(max);
  if (maxE >= -1023) {
    const scale = 2 ** -maxE;
    let csum = 1.0;
    let frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    for (let i = 0; i < n; i++) {
      let x = vec[i]! * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      let old = csum;
      csum += x;
      frac1 += (old - csum) + x;
      x = 2.0 * hi * lo;
      old = csum;
      csum += x;
      frac2 += (old - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // Subtract h² exactly from the accumulated sum to get the residual.
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // Subnormal maximum: 2^-maxE would overflow, so divide by max instead.
  let csum = 1.0;
  let frac1 = 0.0;
  for (let i = 0; i < n; i++) {
    let x = vec[i]! / max;
    x = x * x;
    const old = csum;
    csum += x;
    frac1 += (old - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** math.hypot(*coordinates). */
export function hypot(coordinates: ArrayLike<FloatArg>): number {
  const n = coordinates.length;
  const vec = scratchOf(n);
  let max = 0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(toDouble(coordinates[i]!));
    vec[i] = x;
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(n, vec, max, foundNan);
}

/** math.dist(p, q): the Euclidean distance between two points of the same dimension. */
export function dist(p: ArrayLike<FloatArg>, q: ArrayLike<FloatArg>): number {
  const n = q.length;
  if (p.length !== n) raise('ValueError', 'both points must have the same number of dimensions');
  const vec = scratchOf(n);
  let max = 0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(toDouble(p[i]!) - toDouble(q[i]!));
    vec[i] = x;
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(n, vec, max, foundNan);
}
