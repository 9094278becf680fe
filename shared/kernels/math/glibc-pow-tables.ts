// The constants and tables of glibc's pow (2.28 and later, the algorithm of
// ARM's optimized-routines: sysdeps/ieee754/dbl-64/e_pow.c with its data files
// e_pow_log_data.c and e_exp_data.c), for glibc-pow.ts.
//
// Everything that is a mathematical definition is computed here at load time
// in binary fixed point with bigints (192 fractional bits, far beyond the 53
// bits each value is rounded to): ln 2 split into parts, the subinterval
// reciprocals 1/c and log(c), and 2^(j/128). Only the polynomial coefficients
// are data: they are the minimax fits glibc chose, so bit-exact agreement needs
// exactly those numbers. glibc-pow.test.ts checks every derived value against
// the bits glibc ships.

import { ratioToFloat } from '../float-rounding.js';

const F = 192n;
const ONE = 1n << F;

/** The value of a C hexadecimal floating literal such as 0x1.8p52 (exact for up to 53 bits). */
export function hexFloat(text: string): number {
  const match = /^(-?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([-+]?\d+)$/i.exec(text);
  if (match === null) throw new Error(`not a hexadecimal float: ${text}`);
  const fraction = match[3] ?? '';
  const digits = parseInt(match[2]! + fraction, 16);
  const value = digits * 2 ** (Number(match[4]) - 4 * fraction.length);
  return match[1] === '-' ? -value : value;
}

/** Fixed-point a / b and a × b. */
const div = (a: bigint, b: bigint): bigint => (a << F) / b;
const mul = (a: bigint, b: bigint): bigint => (a * b) / ONE;

/** The fixed-point value v / 2^F rounded to the nearest double. */
function toDouble(v: bigint): number {
  return v < 0n ? -ratioToFloat(-v, ONE) : ratioToFloat(v, ONE);
}

/** A double (finite, any sign) in fixed point, exactly when it has no bits below 2^-F. */
function toFixed(x: number): bigint {
  // x = m × 2^e with m an integer of 53 bits at most.
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  return (BigInt(m) << F) >> BigInt(-e);
}

/** ln(z) for fixed-point z in (0.5, 2): 2·atanh((z - 1) / (z + 1)) by its series. */
function ln(z: bigint): bigint {
  const t = div(z - ONE, z + ONE);
  const t2 = mul(t, t);
  let term = t;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = mul(term, t2);
  }
  return 2n * sum;
}

/** The integer square root of n >= 0 (floor), by Newton's iteration. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** round(v × 2^bits) / 2^bits for fixed-point v, as a double (exact: the caller keeps it under 53 bits). */
function roundTo(v: bigint, bits: bigint): number {
  const q = (v + (1n << (F - bits - 1n))) >> (F - bits);
  return Number(q) / 2 ** Number(bits);
}

const LN2 = ln(2n * ONE);

// ---- log part (e_pow_log_data.c) ----

/** log x is computed on a table of 2^7 subintervals of the reduced argument. */
export const LOG_TABLE_BITS = 7;

/**
 * ln 2 = LN2_HI + LN2_LO: the high part is ln 2 rounded to a multiple of 2^-43, like
 * every logc below, so k·LN2_HI + logc is exact for any binary exponent k.
 */
export const LN2_HI = roundTo(LN2, 43n);
export const LN2_LO = toDouble(LN2 - toFixed(LN2_HI));

/**
 * Coefficients of log1p(r) ≈ r + A0·r² + A1·r³ + ..., as glibc's e_pow_log_data.c
 * defines them (POW_LOG_POLY_ORDER 8, a minimax fit with relative error
 * 0x1.11922ap-70 on |r| < 0x1.6bp-8). They are stored pre-scaled for the way the
 * evaluation groups the terms (r·A0·r = -r²/2 is carried exactly, the others are
 * multiplied by powers of -2), so A0 = -1/2 and A1 = -2 × 0x1.555555555556p-2, etc.
 */
export const LOG_POLY: readonly number[] = [
  -0.5,
  hexFloat('0x1.555555555556p-2') * -2,
  -hexFloat('0x1.0000000000006p-2') * -2,
  hexFloat('0x1.999999959554ep-3') * 4,
  -hexFloat('0x1.555555529a47ap-3') * 4,
  hexFloat('0x1.2495b9b4845e9p-3') * -8,
  -hexFloat('0x1.0002b8b263fc3p-3') * -8,
];

/** The bits of the reduction's origin: x = 2^k·z with z in [OFF, 2·OFF), OFF = 0x1.69555p-1 ≈ 1/√2. */
export const LOG_OFF_HIGH = 0x3fe69555;

/** Per subinterval i: 1/c, log(c) rounded to a multiple of 2^-43, and the rest of log(c) as a double. */
export const LOG_INVC = new Float64Array(1 << LOG_TABLE_BITS);
export const LOG_LOGC = new Float64Array(1 << LOG_TABLE_BITS);
export const LOG_LOGCTAIL = new Float64Array(1 << LOG_TABLE_BITS);

{
  const n = 1 << LOG_TABLE_BITS;
  const bits = new DataView(new ArrayBuffer(8));
  /** The double whose high word is OFF's plus i × 2^13 (i × 2^45 in the 64-bit pattern). */
  const boundary = (i: number): number => {
    bits.setUint32(0, LOG_OFF_HIGH + i * 2 ** (52 - 32 - LOG_TABLE_BITS));
    bits.setUint32(4, 0);
    return bits.getFloat64(0);
  };
  for (let i = 0; i < n; i++) {
    // Subinterval i holds the z whose bit pattern lies between those boundaries; c is
    // near its centre with 1/c of few bits (a multiple of 1/N below 1, of 1/2N above),
    // so that z·(1/c) - 1 is exact. Both sums are exact in doubles (few bits).
    const center = (boundary(i) + boundary(i + 1)) / 2;
    const invc = center < 1 ? Math.round(n / center) / n : Math.round((2 * n) / center) / (2 * n);
    const logc = -ln(toFixed(invc));
    const head = roundTo(logc, 43n);
    LOG_INVC[i] = invc;
    LOG_LOGC[i] = head;
    LOG_LOGCTAIL[i] = toDouble(logc - toFixed(head));
  }
}

// ---- exp part (e_exp_data.c) ----

/** exp works on a table of 2^7 powers 2^(j/128). */
export const EXP_TABLE_BITS = 7;
const EXP_N = 1 << EXP_TABLE_BITS;

/** 128 / ln 2, rounded. */
export const INV_LN2_N = ratioToFloat(BigInt(EXP_N) * ONE, LN2);
/** -ln 2 / 128 in two parts: ln 2 rounded to a multiple of 2^-36 (so k·hi is exact for the k that occur), and the rest. */
export const NEG_LN2_HI_N = -roundTo(LN2, 36n) / EXP_N;
export const NEG_LN2_LO_N = -toDouble((LN2 - toFixed(roundTo(LN2, 36n))) / BigInt(EXP_N));
/** 1.5 × 2^52: adding it rounds a double of magnitude below 2^51 to an integer, left in the low bits. */
export const EXP_SHIFT = 1.5 * 2 ** 52;

/**
 * exp(r) - 1 ≈ r + C2·r² + C3·r³ + C4·r⁴ + C5·r⁵ on |r| <= ln2/256, as glibc's
 * e_exp_data.c defines them (EXP_TABLE_BITS 7, EXP_POLY_ORDER 5: absolute
 * error 1.555 × 2^-66). Chosen constants, so data.
 */
export const EXP_C2 = hexFloat('0x1.ffffffffffdbdp-2');
export const EXP_C3 = hexFloat('0x1.555555555543cp-3');
export const EXP_C4 = hexFloat('0x1.55555cf172b91p-5');
export const EXP_C5 = hexFloat('0x1.1111167a4d017p-7');

/**
 * 2^(j/128) ≈ H·(1 + T) for j in [0, 128): T (the relative tail, a double) and the
 * bit pattern of H = 2^(j/128) rounded, minus j × 2^45, split in 32-bit words. With
 * that bias, adding k × 2^45 to the pattern (k the full exponent multiplier, whose
 * low 7 bits are j) gives the bits of 2^(k/128) directly.
 */
export const EXP_TAIL = new Float64Array(EXP_N);
export const EXP_SCALE_HIGH = new Int32Array(EXP_N);
export const EXP_SCALE_LOW = new Uint32Array(EXP_N);

{
  // 2^(1/128) by seven square roots, then its powers by repeated multiplication.
  let root = 2n * ONE;
  for (let i = 0; i < EXP_TABLE_BITS; i++) root = isqrt(root << F);
  const bits = new DataView(new ArrayBuffer(8));
  let power = ONE;
  for (let j = 0; j < EXP_N; j++) {
    const h = toDouble(power);
    const hFixed = toFixed(h);
    const diff = power - hFixed;
    const tail = diff < 0n ? -ratioToFloat(-diff, hFixed) : ratioToFloat(diff, hFixed);
    bits.setFloat64(0, h);
    EXP_TAIL[j] = tail;
    EXP_SCALE_HIGH[j] = (bits.getUint32(0) - (j << 13)) | 0;
    EXP_SCALE_LOW[j] = bits.getUint32(4);
    power = mul(power, root);
  }
}
