// x ** y correctly rounded, for the exponents where no exact bigint power
// exists (non-integers, huge integers). glibc's pow() rounds correctly in
// practice and CPython calls it; V8's Math.pow is off by one unit in a few
// percent of cases, which would show in folded constants. So the power is
// computed as exp(y·ln x) in binary fixed point with 160 fractional bits,
// far more than rounding to 53 bits needs, then rounded once.

import { floatParts, ratioToFloat } from './float-rounding.js';

const FRACTION_BITS = 160n;
const ONE = 1n << FRACTION_BITS;

/** Fixed-point division a / b. */
const div = (a: bigint, b: bigint): bigint => (a << FRACTION_BITS) / b;
const mul = (a: bigint, b: bigint): bigint => (a * b) >> FRACTION_BITS;

/** ln(z) for a fixed-point z > 0 near [1, 2): 2·atanh((z-1)/(z+1)), summed until terms vanish. */
function lnNearOne(z: bigint): bigint {
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

const LN2 = lnNearOne(2n * ONE);

/** ln(x) in fixed point for a finite x > 0. */
function ln(x: number): bigint {
  const { mantissa, exponent } = floatParts(x);
  // x = mantissa × 2^exponent; bring the mantissa into [1, 2).
  const bits = mantissa.toString(2).length;
  const z = (mantissa << FRACTION_BITS) >> BigInt(bits - 1);
  return lnNearOne(z) + BigInt(exponent + bits - 1) * LN2;
}

/** exp(v) for fixed-point v as [fixed-point mantissa in [1, 2), power of two]. */
function exp(v: bigint): [bigint, number] {
  // v = k·ln2 + r with |r| <= ln2/2, then exp(r) = exp(r / 2^8)^(2^8).
  let k = v / LN2;
  let r = v - k * LN2;
  if (2n * r > LN2) { r -= LN2; k += 1n; } else if (2n * r < -LN2) { r += LN2; k -= 1n; }
  const SQUARINGS = 8n;
  const small = r >> SQUARINGS;
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = mul(term, small) / n;
    sum += term;
  }
  for (let i = 0n; i < SQUARINGS; i++) sum = mul(sum, sum);
  return [sum, Number(k)];
}

/** x ** y for finite x > 0 and finite y, correctly rounded (Infinity on overflow). */
export function precisePow(x: number, y: number): number {
  const yParts = floatParts(y);
  const yFixed = yParts.exponent >= 0
    ? (yParts.mantissa << BigInt(yParts.exponent)) << FRACTION_BITS
    : (yParts.mantissa << FRACTION_BITS) >> BigInt(-yParts.exponent);
  const logValue = mul(yParts.negative ? -yFixed : yFixed, ln(x));
  // Far outside the double range: skip the series.
  if (logValue > 710n * ONE) return Infinity;
  if (logValue < -746n * ONE) return 0;
  const [mantissa, power] = exp(logValue);
  return ratioToFloat(mantissa, ONE, power);
}
