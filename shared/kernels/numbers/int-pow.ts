// pow() for Python ints: a ** b and pow(a, b, m).
//
// A negative exponent without a modulus makes a float (CPython hands the
// operands to float pow, so a huge base is "int too large to convert to
// float"). With a modulus, CPython works modulo |m| and moves a nonzero result
// to m's side when m < 0; a negative exponent uses the modular inverse of the
// base. Results too big for a JS bigint (V8 caps them at 2^30 bits, where
// CPython would go on for minutes) raise MemoryError, as CPython does when it
// runs out of memory.

import { floatPow } from '../float-ops.js';
import { bitLength } from '../int-ops.js';
import { raise } from '../py-error.js';
import { floatFromInt } from './int-float.js';
import { MAX_BIGINT_BITS, MAX_SAFE, normInt, toBigInt, type PyInt } from './py-int.js';

/** a ** b; a float when b < 0. */
export function powInt(a: PyInt, b: PyInt): PyInt | number {
  if (typeof b === 'bigint' ? b < 0n : b < 0) {
    // floatPow gives null only for a negative base with a non-integral exponent.
    return floatPow(floatFromInt(a), floatFromInt(b))!;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 0) return b === 0 ? 1 : 0;
    if (a === 1) return 1;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    // |a| >= 2: at most 52 multiplications stay safe, each of them exact.
    if (b <= 53) {
      let r = 1;
      let i = 0;
      for (; i < b; i++) {
        r *= a;
        if (r > MAX_SAFE || r < -MAX_SAFE) break;
      }
      if (i === b) return r;
    }
  }
  const x = toBigInt(a);
  if (x === 0n) return 0; // b is a huge bigint here, never 0
  if (x === 1n) return 1;
  if (x === -1n) return toBigInt(b) % 2n === 0n ? 1 : -1;
  if (typeof b === 'bigint' || (bitLength(x) - 1) * b >= MAX_BIGINT_BITS) raise('MemoryError', '');
  try {
    return normInt(x ** BigInt(b));
  } catch (e) {
    if (e instanceof RangeError) raise('MemoryError', ''); // past V8's size limit after all
    throw e;
  }
}

/** pow(a, b, m). */
export function powModInt(a: PyInt, b: PyInt, m: PyInt): PyInt {
  if (m === 0 || m === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeModulus = typeof m === 'number' ? m < 0 : m < 0n;
  let mod = toBigInt(m);
  if (negativeModulus) mod = -mod;
  if (mod === 1n) return 0;
  let base = toBigInt(a);
  let exp = toBigInt(b);
  if (exp < 0n) {
    base = modInverse(base, mod);
    exp = -exp;
  }
  const reduced = ((base % mod) + mod) % mod;
  if (mod <= 67108864n) {
    const r = powModSmall(Number(reduced), exp, Number(mod));
    return negativeModulus && r !== 0 ? r - Number(mod) : r;
  }
  const r = powModBig(reduced, exp, mod);
  return normInt(negativeModulus && r !== 0n ? r - mod : r);
}

/** base^exp mod m in doubles, for m <= 2^26 (so every product stays below 2^52). */
function powModSmall(base: number, exp: bigint, m: number): number {
  let result = 1 % m;
  let e = exp;
  // Small exponents as numbers, the rest of a bigint exponent bit by bit.
  while (e > 0n) {
    let chunk = Number(e & 0xffffffn);
    e >>= 24n;
    const last = e === 0n;
    for (let k = 0; k < 24 && (!last || chunk > 0); k++) {
      if (chunk & 1) result = (result * base) % m;
      chunk >>>= 1;
      base = (base * base) % m;
    }
  }
  return result;
}

/** base^exp mod m with bigints (0 <= base < m). */
function powModBig(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n;
  while (exp > 0n) {
    if ((exp & 1n) === 1n) result = (result * base) % m;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % m;
  }
  return result % m;
}

/** The inverse of a modulo m > 1, or CPython's ValueError when there is none. */
function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid on (a mod m, m), tracking only the coefficient of a.
  let r0 = ((a % m) + m) % m;
  let r1 = m;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}
