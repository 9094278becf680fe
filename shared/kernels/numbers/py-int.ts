// The representation of a Python int on the JS side, shared by the numeric kernels.
//
// An int is a JS number while it is a safe integer (|n| <= 2^53 - 1) and a
// bigint otherwise, so the common case never touches BigInt. The form is
// canonical: a value in the safe range is always a number, and never -0.
// Every kernel here returns canonical ints and accepts either form, so callers
// can build a bigint however they like and pass it through normInt once.

/** A Python int: a safe-integer number, or a bigint outside that range. */
export type PyInt = number | bigint;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;

/** The largest bigint V8 builds, in bits: ints beyond it are a MemoryError here. */
export const MAX_BIGINT_BITS = 2 ** 30;

/** The canonical form of a bigint: a number when it is a safe integer. */
export function normInt(n: bigint): PyInt {
  return n >= MIN_SAFE_BIG && n <= MAX_SAFE_BIG ? Number(n) : n;
}

/** The canonical form of an integral double that may lie outside the safe range (or be -0). */
export function intFromIntegralDouble(x: number): PyInt {
  if (x <= MAX_SAFE && x >= -MAX_SAFE) return x + 0; // + 0 turns -0 into 0
  return BigInt(x);
}

/** The int as a bigint. */
export function toBigInt(n: PyInt): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

/** -1, 0 or 1. */
export function intSign(n: PyInt): number {
  if (typeof n === 'number') return n > 0 ? 1 : n < 0 ? -1 : 0;
  return n > 0n ? 1 : n < 0n ? -1 : 0;
}
