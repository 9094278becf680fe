// The integer functions of the math module: gcd, lcm, isqrt, factorial, comb
// and perm, on Python ints as the engine holds them (a safe-integer number or
// a bigint; see to-double.ts). Results are exact whatever the algorithm, so
// what must match CPython is the errors, their order and their messages;
// what must be fast is the common small case, done in doubles (exact below
// 2^53), with bigints only when a value outgrows them. Large products are
// split in halves so the bigint multiplications stay balanced.

import { bitLength } from '../float-rounding.js';
import { raise } from '../py-error.js';
import { normalizeInt, toBigInt, type PyInt } from './to-double.js';

const MAX_SAFE = 9007199254740991;
const LLONG_MAX = 9223372036854775807n;

/** gcd of two non-negative safe integers (Euclid; % is exact on doubles). */
function gcdSmall(a: number, b: number): number {
  while (b !== 0) { const t = a % b; a = b; b = t; }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) { const t = a % b; a = b; b = t; }
  return a;
}

function gcdPair(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return gcdSmall(Math.abs(a), Math.abs(b));
  return normalizeInt(gcdBig(toBigInt(a), toBigInt(b)));
}

function absInt(a: PyInt): PyInt {
  return typeof a === 'number' ? Math.abs(a) : normalizeInt(a < 0n ? -a : a);
}

/** math.gcd(*integers). */
export function gcd(args: ArrayLike<PyInt>): PyInt {
  const n = args.length;
  if (n === 0) return 0;
  let res = absInt(args[0]!);
  for (let i = 1; i < n; i++) {
    if (res === 1) break; // nothing can change it (the engine has converted every argument)
    res = gcdPair(res, args[i]!);
  }
  return res;
}

function lcmPair(a: PyInt, b: PyInt): PyInt {
  if (a === 0 || b === 0 || a === 0n || b === 0n) return 0;
  if (typeof a === 'number' && typeof b === 'number') {
    const m = Math.abs((a / gcdSmall(Math.abs(a), Math.abs(b))) * b);
    if (m <= MAX_SAFE) return m;
  }
  const x = toBigInt(a);
  const y = toBigInt(b);
  const m = (x / gcdBig(x, y)) * y;
  return normalizeInt(m < 0n ? -m : m);
}

/** math.lcm(*integers). */
export function lcm(args: ArrayLike<PyInt>): PyInt {
  const n = args.length;
  if (n === 0) return 1;
  let res = absInt(args[0]!);
  for (let i = 1; i < n; i++) {
    if (res === 0) break;
    res = lcmPair(res, args[i]!);
  }
  return res;
}

/** math.isqrt(n): the largest a with a² <= n. */
export function isqrt(n: PyInt): PyInt {
  if (n < 0) raise('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    // sqrt is correctly rounded, so its floor is at most one too large.
    const a = Math.floor(Math.sqrt(n));
    return a * a > n ? a - 1 : a;
  }
  return normalizeInt(isqrtBig(n));
}

/**
 * Integer square root by Newton's iteration at doubling precision: each step
 * takes an a within 1 of √(n >> 2(c-e)) to one within 1 of √(n >> 2(c-d)),
 * ending at s = 0, then a final check picks a or a - 1.
 */
function isqrtBig(n: bigint): bigint {
  if (n === 0n) return 0n;
  const c = (bitLength(n) - 1) >> 1;
  let a = 1n;
  let d = 0;
  for (let s = 31 - Math.clz32(c); s >= 0; s--) {
    const e = d;
    d = c >>> s;
    a = (a << BigInt(d - e - 1)) + (n >> BigInt(2 * c - e - d + 1)) / a;
  }
  return a * a > n ? a - 1n : a;
}

/** The largest n whose n! stays below V8's bigint size limit of 2^30 bits (log2(n!) ≈ 1.06e9 there). */
const FACTORIAL_LIMIT = 40_000_000;

/** n! for n <= 18: exact in a double. */
const SMALL_FACTORIALS: number[] = [1];
for (let i = 1; i <= 18; i++) SMALL_FACTORIALS.push(SMALL_FACTORIALS[i - 1]! * i);

/** The product of the odd numbers in [start, stop) (both odd, start < stop), split in halves. */
function oddProduct(start: number, stop: number): bigint {
  const count = (stop - start) / 2;
  // Small enough to multiply in doubles without leaving 2^53?
  if (count === 1 || count * (32 - Math.clz32(stop - 2)) <= 53) {
    let total = start;
    for (let j = start + 2; j < stop; j += 2) total *= j;
    return BigInt(total);
  }
  const mid = (start + count) % 2 === 0 ? start + count + 1 : start + count; // rounded up to odd
  return oddProduct(start, mid) * oddProduct(mid, stop);
}

function popcount(n: number): number {
  let c = 0;
  while (n > 0) { c += n % 2; n = Math.floor(n / 2); }
  return c;
}

/** n! for 19 <= n < 2^53: its odd part (a product of odd ranges) shifted by its power of two. */
function bigFactorial(n: number): bigint {
  // odd(n!) = ∏_i ∏ { odd j : n/2^(i+1) < j <= n/2^i }: each level multiplies in more odd numbers.
  let inner = 1n;
  let outer = 1n;
  let upper = 3;
  for (let i = Math.floor(Math.log2(n)) + 1; i >= 0; i--) {
    const v = Math.floor(n / 2 ** i);
    if (v <= 2) continue;
    const lower = upper;
    upper = (v + 1) % 2 === 0 ? v + 2 : v + 1; // the least odd number above v
    if (upper > lower) inner *= oddProduct(lower, upper);
    outer *= inner;
  }
  return outer << BigInt(n - popcount(n));
}

/** math.factorial(n). */
export function factorial(n: PyInt): PyInt {
  if (typeof n === 'bigint') {
    if (n > LLONG_MAX) raise('OverflowError', `factorial() argument should not exceed ${LLONG_MAX}`);
    if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
    n = Number(n);
  }
  if (n < 0) raise('ValueError', 'factorial() not defined for negative values');
  if (n <= 18) return SMALL_FACTORIALS[n]!;
  // CPython would run out of memory (or time) where V8's bigints stop, at 2^30
  // bits: fail at once the way a too-large bigint operation fails (the engine
  // maps that RangeError to MemoryError for every bigint operation).
  if (n > FACTORIAL_LIMIT) throw new RangeError('Maximum BigInt size exceeded');
  return bigFactorial(n);
}

/** The product lo × (lo+1) × … × hi for 1 <= lo <= hi, split in halves. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const count = hi - lo + 1n;
  if (count <= 8n) {
    let r = lo;
    for (let j = lo + 1n; j <= hi; j++) r *= j;
    return r;
  }
  const mid = lo + count / 2n;
  return rangeProduct(lo, mid - 1n) * rangeProduct(mid, hi);
}

function checkNonNegative(n: PyInt, k: PyInt): void {
  if (n < 0) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0) raise('ValueError', 'k must be a non-negative integer');
}

/** math.perm(n, k); perm(n) (k None) is factorial(n): pass k undefined. */
export function perm(n: PyInt, k?: PyInt): PyInt {
  if (k === undefined) return factorial(n);
  checkNonNegative(n, k);
  if (n < k) return 0;
  if (typeof k === 'bigint' && k > LLONG_MAX) raise('OverflowError', `k must not exceed ${LLONG_MAX}`);
  if (k == 0) return 1; // eslint-disable-line eqeqeq
  if (typeof n === 'number' && typeof k === 'number') {
    // n (n-1) … (n-k+1) in doubles while it stays exact.
    let r = n;
    for (let i = 1; i < k; i++) {
      const next = r * (n - i);
      if (next > MAX_SAFE) return normalizeInt(BigInt(r) * rangeProduct(BigInt(n - k + 1), BigInt(n - i)));
      r = next;
    }
    return r;
  }
  const bn = toBigInt(n);
  return normalizeInt(rangeProduct(bn - toBigInt(k) + 1n, bn));
}

/** math.comb(n, k). */
export function comb(n: PyInt, k: PyInt): PyInt {
  checkNonNegative(n, k);
  if (n < k) return 0;
  // k = min(k, n - k)
  const rest = typeof n === 'number' && typeof k === 'number' ? n - k : toBigInt(n) - toBigInt(k);
  if (rest < k) k = rest;
  if (typeof k === 'bigint' && k > LLONG_MAX) raise('OverflowError', `min(n - k, k) must not exceed ${LLONG_MAX}`);
  if (k == 0) return 1; // eslint-disable-line eqeqeq
  if (typeof n === 'number' && typeof k === 'number') {
    // C(n, i+1) = C(n, i) (n-i) / (i+1), exact at every step while the product fits.
    let r = n;
    for (let i = 1; i < k; i++) {
      const next = r * (n - i);
      if (next > MAX_SAFE) return normalizeInt(combBig(BigInt(n), BigInt(k)));
      r = next / (i + 1);
    }
    return r;
  }
  return normalizeInt(combBig(toBigInt(n), toBigInt(k)));
}

/** C(n, k) = n (n-1) … (n-k+1) / k! for 1 <= k <= n/2. */
function combBig(n: bigint, k: bigint): bigint {
  const kf = factorial(k);
  return rangeProduct(n - k + 1n, n) / toBigInt(kf);
}
