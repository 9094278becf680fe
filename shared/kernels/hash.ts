// hash() as CPython 3.11 computes it on a 64-bit build: numbers hash to their
// value modulo the Mersenne prime P = 2^61 - 1 with their sign (so equal
// numbers of different types agree), str and bytes through SipHash-1-3 over
// their stored bytes (a str in its compact 1-, 2- or 4-byte form), tuples
// through the xxHash-style combiner, objects without __hash__ by address.
// str/bytes hashes use the secret of PYTHONHASHSEED=0, the one setting that
// reproduces. -1 never results: CPython reserves it for errors and gives -2.
//
// A hash is a signed 64-bit value. The fast kernels (used by the VM) write it
// into HASH as int32 halves, HASH[0] low and HASH[1] high, allocate nothing and
// use no bigint unless given one; read the halves right after the call, before
// hashing anything else. hashToNumberOrBigint turns halves into the Python int.
// The older bigint-returning functions (hashInt, hashFloat, hashStr, ...) are
// thin wrappers kept for the compiler's constant folding.

import { HASH, sipBuffer16, sipBuffer32, sipBuffer8, sipRun } from './siphash.js';
import { PAIR_BREAK } from './str/code-points.js';

export { HASH };

const TWO_32 = 4294967296;
const INF_HASH = 314159;
const IMAG_MULTIPLIER = 1000003;

/** Writes a hash, given as a signed 64-bit (lo, hi) pair, replacing -1 by -2. */
function put(lo: number, hi: number): void {
  if ((lo & hi) === -1) lo = -2;
  HASH[0] = lo;
  HASH[1] = hi;
}

/** The Python int a hash is: a number when it is a safe integer, else a bigint. */
export function hashToNumberOrBigint(hi: number, lo: number): number | bigint {
  // Safe when the high half is within ±2^21 (|value| < 2^53).
  if (hi >= -0x200000 && hi < 0x200000) return hi * TWO_32 + (lo >>> 0);
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

/** Writes a signed 64-bit bigint hash into HASH (for callers holding one). */
export function putBigintHash(h: bigint): void {
  HASH[0] = Number(BigInt.asIntN(32, h));
  HASH[1] = Number(BigInt.asIntN(32, h >> 32n));
}

// ---------------------------------------------------------------- numbers

/** hash(n) for an int given as a JS integer with |n| <= 2^53 (below P, so the value itself). */
export function hashSmallInt(n: number): void {
  put(n | 0, Math.floor(n / TWO_32) | 0);
}

const MODULUS = (1n << 61n) - 1n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** hash(n) for an int given as a bigint of any size. */
export function hashLargeInt(n: bigint): void {
  if (n >= -MAX_SAFE && n <= MAX_SAFE) return hashSmallInt(Number(n));
  const m = (n < 0n ? -n : n) % MODULUS;
  const h = n < 0n ? -m : m;
  put(Number(BigInt.asIntN(32, h)), Number(BigInt.asIntN(32, h >> 32n)));
}

const bits = new Float64Array(1);
const bitHalves = new Int32Array(bits.buffer);
/** 2^k for k < 61 (a variable-exponent ** is a slow call in V8). */
const POW2 = Float64Array.from({ length: 61 }, (_, k) => 2 ** k);
const TWO_52 = 2 ** 52;
const TWO_61 = 2 ** 61;

/**
 * hash(x) for a float. NaN is hashed by the float object's address in
 * CPython 3.11 (as hashId does): this writes 0 and returns false, and the
 * engine must then hash the object's identity. True otherwise.
 */
export function hashDouble(x: number): boolean {
  if (x !== x) { HASH[0] = 0; HASH[1] = 0; return false; }
  // Integral values of ints' range hash as those ints.
  if (Number.isSafeInteger(x)) { hashSmallInt(x); return true; }
  if (x === Infinity || x === -Infinity) { hashSmallInt(x > 0 ? INF_HASH : -INF_HASH); return true; }
  bits[0] = x;
  const hi = bitHalves[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  // x = ±m × 2^e exactly, m < 2^53 < P; 2^61 ≡ 1 (mod P), so 2^e ≡ 2^(e mod 61).
  const fraction = (hi & 0xfffff) * TWO_32 + (bitHalves[0]! >>> 0);
  const m = biased === 0 ? fraction : fraction + TWO_52;
  const e = biased === 0 ? -1074 : biased - 1075;
  const k = ((e % 61) + 61) % 61;
  // m × 2^k is exact as a double; its bits at and above 2^61 fold back onto
  // the low bits (× 2^61 ≡ 1): a 61-bit rotation, since the folded part is
  // below 2^(k-8) and the low part has no bits below 2^k. Each part has at
  // most 53 significant bits, so both are exact doubles; the result is below P.
  const shifted = m * POW2[k]!;
  const top = Math.floor(shifted / TWO_61);
  const low = shifted - top * TWO_61;
  const lowHi = Math.floor(low / TWO_32);
  const topHi = Math.floor(top / TWO_32);
  // The parts share no bits, so their halves add without carries.
  let rl = (low - lowHi * TWO_32) + (top - topHi * TWO_32);
  let rh = lowHi + topHi;
  if (x < 0) {
    // Two's complement negation in halves.
    rl = (-rl) >>> 0;
    rh = ~rh + (rl === 0 ? 1 : 0);
  }
  put(rl | 0, rh | 0);
  return true;
}

/** The low 64 bits of a 64-bit value times c (0 <= c < 2^21), into HASH unreduced. */
function mulSmall(lo: number, hi: number, c: number): void {
  const p = (lo >>> 0) * c;
  const carry = Math.floor(p / TWO_32);
  HASH[0] = p | 0;
  HASH[1] = (Math.imul(hi, c) + carry) | 0;
}

/**
 * hash(complex) from its parts' hashes: re + 1000003 × im modulo 2^64
 * (the engine calls this itself when a part is NaN, with that part's
 * address-based hash).
 */
export function complexHashCombine(reLo: number, reHi: number, imLo: number, imHi: number): void {
  mulSmall(imLo, imHi, IMAG_MULTIPLIER);
  const s = (reLo >>> 0) + (HASH[0]! >>> 0);
  put(s | 0, (reHi + HASH[1]! + (s >= TWO_32 ? 1 : 0)) | 0);
}

/** hash(complex(re, im)); false (HASH unspecified) when a part is NaN, which CPython hashes by address. */
export function hashComplexParts(re: number, im: number): boolean {
  if (re !== re || im !== im) return false;
  hashDouble(re);
  const reLo = HASH[0]!, reHi = HASH[1]!;
  hashDouble(im);
  complexHashCombine(reLo, reHi, HASH[0]!, HASH[1]!);
  return true;
}

/**
 * hash(o) for an object hashed by address (object.__hash__, None, NaN), given
 * its address-like id (a non-negative safe integer): the address rotated
 * right by 4 bits, as _Py_HashPointer does, since its low bits are always zero.
 */
export function hashId(id: number): void {
  const lo = id >>> 0;
  const hi = Math.floor(id / TWO_32) >>> 0;
  put((lo >>> 4) | (hi << 28), (hi >>> 4) | (lo << 28));
}

// ---------------------------------------------------------------- str and bytes

/** hash(b) for the bytes data[start:end]. */
export function hashByteRange(data: Uint8Array, start = 0, end = data.length): void {
  const n = end - start;
  if (n === 0) { HASH[0] = 0; HASH[1] = 0; return; }
  sipBuffer8(n).set(start === 0 && end === data.length ? data : data.subarray(start, end));
  finishSip(n);
}

function finishSip(byteLength: number): void {
  sipRun(byteLength);
  put(HASH[0]!, HASH[1]!);
}

/**
 * hash(s) for a str held as a JS string (UTF-16): a surrogate pair is one code
 * point, a lone surrogate is itself, a pair break is nothing. The storage CPython hashes has 1, 2 or 4
 * bytes per code point, by the largest one; it is written into the SipHash
 * scratch as the string is read, without building the code points.
 */
export function hashString(s: string): void {
  const len = s.length;
  if (len === 0) { HASH[0] = 0; HASH[1] = 0; return; }
  // Most strs are 1-byte: write bytes while checking, widen only when needed.
  const bytes = sipBuffer8(len);
  let i = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) break;
    bytes[i] = c;
  }
  if (i === len) return finishSip(len);
  const units = sipBuffer16(len * 2);
  let n = 0;
  for (i = 0; i < len; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) return hashAstral(s);
      if (d === PAIR_BREAK) i++; // not a character (shared/kernels/str/code-points.ts)
    }
    units[n] = c;
  }
  finishSip(n * 2);
}

/** hashString for a string holding a surrogate pair: 4 bytes per code point. */
function hashAstral(s: string): void {
  const len = s.length;
  const out = sipBuffer32(len * 4);
  let n = 0;
  for (let i = 0; i < len; i++, n++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      else if (d === PAIR_BREAK) i++;
    }
    out[n] = c;
  }
  finishSip(n * 4);
}

/** hash(s) for a str given as code points cps[start:end]. */
export function hashCodePoints(cps: ArrayLike<number>, start = 0, end = cps.length): void {
  const n = end - start;
  if (n === 0) { HASH[0] = 0; HASH[1] = 0; return; }
  let max = 0;
  for (let i = start; i < end; i++) if (cps[i]! > max) max = cps[i]!;
  if (max < 0x100) {
    const out = sipBuffer8(n);
    for (let i = 0; i < n; i++) out[i] = cps[start + i]!;
    return finishSip(n);
  }
  if (max < 0x10000) {
    const out = sipBuffer16(n * 2);
    for (let i = 0; i < n; i++) out[i] = cps[start + i]!;
    return finishSip(n * 2);
  }
  const out = sipBuffer32(n * 4);
  for (let i = 0; i < n; i++) out[i] = cps[start + i]!;
  finishSip(n * 4);
}

// ---------------------------------------------------------------- tuples

// The xxHash64 primes of CPython's tuplehash, as int32 halves.
const P1_LO = 0x85ebca87 | 0, P1_HI = 0x9e3779b1 | 0; // 11400714785074694791
const P2_LO = 0x27d4eb4f | 0, P2_HI = 0xc2b2ae3d | 0; // 14029467366897019727
/** The accumulator a tuple hash starts from (XXPRIME_5), as int32 halves. */
export const TUPLE_HASH_INIT_LO = 0x165667c5 | 0; // 2870177450012600261
export const TUPLE_HASH_INIT_HI = 0x27d4eb2f | 0;
/** XXPRIME_5 ^ 3527539, folded with the length at the end (its high half is XXPRIME_5's). */
const FINAL_XOR_LO = (0x165667c5 ^ 3527539) | 0;

/** The low 64 bits of a × b, into HASH, from 16-bit limbs of the low halves and imul for the cross terms. */
function mul64(al: number, ah: number, bl: number, bh: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const mid = a1 * b0 + a0 * b1; // < 2^33, exact
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2^33, exact
  HASH[0] = low | 0;
  HASH[1] = (a1 * b1 + Math.floor(mid / 65536) + Math.floor(low / TWO_32) + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

/**
 * One item of a tuple hash: acc = rotl31(acc + item × XXPRIME_2) × XXPRIME_1,
 * into HASH. The caller keeps the accumulator between items (item hashes may
 * themselves be tuple hashes), starting from TUPLE_HASH_INIT_LO/HI.
 */
export function tupleHashStep(accLo: number, accHi: number, itemLo: number, itemHi: number): void {
  mul64(itemLo, itemHi, P2_LO, P2_HI);
  const s = (accLo >>> 0) + (HASH[0]! >>> 0);
  const l = s | 0;
  const h = (accHi + HASH[1]! + (s >= TWO_32 ? 1 : 0)) | 0;
  // Rotate left by 31 bits.
  const rl = (l << 31) | (h >>> 1);
  const rh = (h << 31) | (l >>> 1);
  mul64(rl, rh, P1_LO, P1_HI);
}

/** The end of a tuple hash of `length` items, into HASH: acc + (length ^ XXPRIME_5 ^ 3527539), -1 becoming 1546275796. */
export function tupleHashFinish(accLo: number, accHi: number, length: number): void {
  // length < 2^32 only touches the low half of the xor.
  const x = (length ^ FINAL_XOR_LO) >>> 0;
  const s = (accLo >>> 0) + x;
  const lo = s | 0;
  const hi = (accHi + TUPLE_HASH_INIT_HI + (s >= TWO_32 ? 1 : 0)) | 0;
  if ((lo & hi) === -1) { HASH[0] = 1546275796; HASH[1] = 0; return; }
  HASH[0] = lo;
  HASH[1] = hi;
}

/** hash(t) of a tuple from its items' hashes given as halves [lo0, hi0, lo1, hi1, ...], into HASH. */
export function hashTupleHalves(halves: ArrayLike<number>, count = halves.length >>> 1): void {
  let lo = TUPLE_HASH_INIT_LO, hi = TUPLE_HASH_INIT_HI;
  for (let i = 0; i < count; i++) {
    tupleHashStep(lo, hi, halves[2 * i]!, halves[2 * i + 1]!);
    lo = HASH[0]!; hi = HASH[1]!;
  }
  tupleHashFinish(lo, hi, count);
}

// ---------------------------------------------------------------- bigint wrappers

const resultBigint = (): bigint => (BigInt(HASH[1]!) << 32n) | BigInt(HASH[0]! >>> 0);

/** hash(n) for an int, as a bigint. */
export function hashInt(n: bigint): bigint {
  hashLargeInt(n);
  return resultBigint();
}

/** hash(x) for a float, as a bigint; NaN hashes by identity in CPython, here as 0. */
export function hashFloat(x: number): bigint {
  return hashDouble(x) ? resultBigint() : 0n;
}

/** hash(complex(real, imag)), as a bigint (a NaN part counting as 0). */
export function hashComplex(real: number, imag: number): bigint {
  hashDouble(real);
  const reLo = HASH[0]!, reHi = HASH[1]!;
  hashDouble(imag);
  complexHashCombine(reLo, reHi, HASH[0]!, HASH[1]!);
  return resultBigint();
}

/** hash(s) for a str given as code points, as a bigint. */
export function hashStr(codePoints: readonly number[]): bigint {
  hashCodePoints(codePoints);
  return resultBigint();
}

/** hash(b) for bytes, as a bigint. */
export function hashBytes(bytes: Uint8Array): bigint {
  hashByteRange(bytes);
  return resultBigint();
}

/** hash(t) for a tuple from its items' hashes, as a bigint. */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let lo = TUPLE_HASH_INIT_LO, hi = TUPLE_HASH_INIT_HI;
  for (const h of itemHashes) {
    tupleHashStep(lo, hi, Number(BigInt.asIntN(32, h)), Number(BigInt.asIntN(32, h >> 32n)));
    lo = HASH[0]!; hi = HASH[1]!;
  }
  tupleHashFinish(lo, hi, itemHashes.length);
  return resultBigint();
}
