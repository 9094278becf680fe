// Exact conversions between binary64 floats and bigint ratios.
//
// Several Python operations are defined to be correctly rounded where plain JS
// arithmetic is not: int / int for big operands and float(int) checks. They
// all reduce to "round num/den × 2^exp2 to the nearest double, ties to even",
// done here once with bigints, subnormals included.

/** A finite double as sign × mantissa × 2^exponent with an integer mantissa. */
export interface FloatParts {
  negative: boolean;
  mantissa: bigint;
  exponent: number;
}

const view = new DataView(new ArrayBuffer(8));

/** Splits a finite x into an exact integer mantissa and binary exponent. */
export function floatParts(x: number): FloatParts {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const top = BigInt(hi & 0xfffff);
  const fraction = (top << 32n) | BigInt(lo);
  const negative = hi >>> 31 === 1;
  if (biased === 0) return { negative, mantissa: fraction, exponent: -1074 };
  return { negative, mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** Number of bits of |n| (0 for 0). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** x × 2^n, exact whenever the result is representable (splits n so no step underflows early). */
export function ldexp(x: number, n: number): number {
  while (n > 1000) { x *= 2 ** 1000; n -= 1000; if (!isFinite(x)) return x; }
  while (n < -1000) { x *= 2 ** -1000; n += 1000; if (x === 0) return x; }
  // The last step is the only one that can round: all earlier ones were exact.
  return x * 2 ** n;
}

/**
 * num / den × 2^exp2 rounded to the nearest double, ties to even (num >= 0,
 * den > 0). Returns Infinity when the rounded value overflows.
 */
export function ratioToFloat(num: bigint, den: bigint, exp2 = 0): number {
  if (num === 0n) return 0;
  // Scale so that the integer quotient has at least 55 significant bits.
  const shift = 55 - (bitLength(num) - bitLength(den));
  const scaledNum = shift > 0 ? num << BigInt(shift) : num;
  const scaledDen = shift < 0 ? den << BigInt(-shift) : den;
  let q = scaledNum / scaledDen;
  const sticky = q * scaledDen !== scaledNum;
  const qBits = bitLength(q);
  // The value is q × 2^(exp2 - shift); its leading bit has this exponent.
  const lead = qBits - 1 + exp2 - shift;
  if (lead > 1023) return Infinity;
  const keep = lead >= -1022 ? 53 : 53 - (-1022 - lead);
  if (keep < 0) return 0; // below half the smallest subnormal
  const drop = qBits - keep;
  q = roundDropping(q, drop, sticky);
  return ldexp(Number(q), exp2 - shift + drop);
}

/** q >> drop rounded half to even, where `sticky` says bits below q were non-zero. */
function roundDropping(q: bigint, drop: number, sticky: boolean): bigint {
  if (drop <= 0) return q;
  const d = BigInt(drop);
  const kept = q >> d;
  const rest = q - (kept << d);
  const half = 1n << (d - 1n);
  if (rest > half || (rest === half && (sticky || (kept & 1n) === 1n))) return kept + 1n;
  return kept;
}
