// Python int arithmetic on bigint: the operations whose Python meaning differs
// from JS's (floor division and modulo round toward minus infinity, shifts
// reject negative counts, true division is correctly rounded even for huge
// operands, conversion to float raises instead of giving Infinity). Errors are
// raised as KernelError with CPython 3.11's messages.

import { bitLength, ratioToFloat } from './float-rounding.js';
import { raise } from './py-error.js';

export { bitLength };

/** a // b. */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  // JS truncates; step down when the exact quotient was negative and inexact.
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** a % b, with the sign of b. */
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) raise('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

/** a ** b for b >= 0 (a negative b makes a float: see floatPow). */
export function intPowNonNegative(a: bigint, b: bigint): bigint {
  if (b < 0n) throw new RangeError('intPowNonNegative: negative exponent');
  return a ** b;
}

/** The shift count as a number, or the ValueError CPython raises for a negative one. */
function shiftCount(n: bigint): bigint {
  if (n < 0n) raise('ValueError', 'negative shift count');
  return n;
}

/** a << n. */
export function intLShift(a: bigint, n: bigint): bigint {
  shiftCount(n);
  if (a === 0n) return 0n;
  if (n > 0xffffffffn) raise('OverflowError', 'too many digits in integer');
  return a << n;
}

/** a >> n (rounds toward minus infinity, like JS's bigint shift). */
export function intRShift(a: bigint, n: bigint): bigint {
  shiftCount(n);
  if (n >= BigInt(bitLength(a))) return a < 0n ? -1n : 0n;
  return a >> n;
}

/** float(a): correctly rounded, OverflowError when out of range. */
export function intToFloat(a: bigint): number {
  const x = Number(a); // ECMAScript rounds BigInt to Number to nearest, ties to even, as CPython does
  if (!isFinite(x)) raise('OverflowError', 'int too large to convert to float');
  return x;
}

/** a / b: the correctly rounded quotient. */
export function intTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) raise('ZeroDivisionError', 'division by zero');
  const limit = 1n << 53n;
  const negative = (a < 0n) !== (b < 0n);
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  // Both exactly representable: one IEEE division is already correctly rounded.
  if (absA <= limit && absB <= limit) return Number(a) / Number(b);
  const q = ratioToFloat(absA, absB);
  if (!isFinite(q)) raise('OverflowError', 'integer division result too large for a float');
  return negative ? -q : q;
}
