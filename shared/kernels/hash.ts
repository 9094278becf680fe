// hash() of constant values as CPython 3.11 computes it on a 64-bit build:
// numbers hash to their value modulo the Mersenne prime 2^61 - 1 (so equal
// numbers of different types agree), str and bytes through SipHash-1-3 over
// their stored bytes (str in its compact 1-, 2- or 4-byte form), tuples
// through the xxHash-style combiner. str/bytes hashes use the secret of
// PYTHONHASHSEED=0, the one deterministic setting. Results are signed 64-bit
// bigints; -1 never occurs (CPython reserves it for errors).

import { siphash13 } from './siphash.js';
import { floatParts } from './float-rounding.js';

const MODULUS = (1n << 61n) - 1n;
const INF_HASH = 314159n;
const IMAG_MULTIPLIER = 1000003n;
const U64 = (x: bigint): bigint => BigInt.asUintN(64, x);
const S64 = (x: bigint): bigint => BigInt.asIntN(64, x);

/** -1 is reserved: CPython hashes it (and anything hashing to it) as -2. */
const avoidMinusOne = (h: bigint): bigint => (h === -1n ? -2n : h);

/** hash(n) for an int. */
export function hashInt(n: bigint): bigint {
  const m = (n < 0n ? -n : n) % MODULUS;
  return avoidMinusOne(n < 0n ? -m : m);
}

/** hash(x) for a float; NaN hashes by identity in CPython, here as 0. */
export function hashFloat(x: number): bigint {
  if (x !== x) return 0n;
  if (!isFinite(x)) return x > 0 ? INF_HASH : -INF_HASH;
  // A float is m × 2^e exactly; 2^61 ≡ 1 (mod P), so 2^e ≡ 2^(e mod 61).
  const { negative, mantissa, exponent } = floatParts(x);
  const shift = BigInt(((exponent % 61) + 61) % 61);
  const h = ((mantissa % MODULUS) << shift) % MODULUS;
  return avoidMinusOne(negative ? -h : h);
}

/** hash(complex(real, imag)). */
export function hashComplex(real: number, imag: number): bigint {
  return avoidMinusOne(S64(U64(hashFloat(real)) + U64(IMAG_MULTIPLIER * hashFloat(imag))));
}

/** The bytes CPython hashes for a str: its code points at 1, 2 or 4 bytes each, little-endian. */
function strStorage(codePoints: readonly number[]): Uint8Array {
  let max = 0;
  for (const cp of codePoints) if (cp > max) max = cp;
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(codePoints.length * width);
  codePoints.forEach((cp, i) => {
    for (let b = 0; b < width; b++) out[i * width + b] = (cp >>> (8 * b)) & 0xff;
  });
  return out;
}

/** hash(s) for a str given as code points. */
export function hashStr(codePoints: readonly number[]): bigint {
  if (codePoints.length === 0) return 0n;
  return avoidMinusOne(S64(siphash13(strStorage(codePoints))));
}

/** hash(b) for bytes. */
export function hashBytes(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  return avoidMinusOne(S64(siphash13(bytes)));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(t) for a tuple, from its items' hashes. */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = U64(acc + U64(h) * XXPRIME_2);
    acc = U64((acc << 31n) | (acc >> 33n));
    acc = U64(acc * XXPRIME_1);
  }
  acc = U64(acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n)));
  return acc === U64(-1n) ? 1546275796n : S64(acc);
}
