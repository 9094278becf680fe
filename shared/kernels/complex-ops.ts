// Python complex arithmetic, step for step as CPython 3.11's complexobject.c
// computes it, so results agree to the last bit: the textbook product, the
// scaled (Smith) quotient, and pow by repeated squaring for small integer
// exponents or by polar form otherwise. Complex values are [real, imag] pairs
// of JS numbers; errors are KernelErrors with CPython's messages.

import { raise } from './py-error.js';
import { accurateExp, accurateLog } from './math/accurate-exp-log.js';
import { glibcPow } from './math/glibc-pow.js';
import { accurateAtan2, accurateCos, accurateSin } from './math/accurate-trig.js';
import { hypot } from './math/vector-norm.js';

export type Complex = readonly [number, number];

export function complexAdd(a: Complex, b: Complex): Complex {
  return [a[0] + b[0], a[1] + b[1]];
}

export function complexSub(a: Complex, b: Complex): Complex {
  return [a[0] - b[0], a[1] - b[1]];
}

export function complexMul(a: Complex, b: Complex): Complex {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** a / b, or null where C sets EDOM (division by zero). */
function quotient(a: Complex, b: Complex): Complex | null {
  const absReal = Math.abs(b[0]);
  const absImag = Math.abs(b[1]);
  if (absReal >= absImag) {
    if (absReal === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absImag >= absReal) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN]; // a NaN in b: neither comparison held
}

export function complexDiv(a: Complex, b: Complex): Complex {
  return quotient(a, b) ?? raise('ZeroDivisionError', 'complex division by zero');
}

/** -a and +a. */
export function complexNeg(a: Complex): Complex {
  return [-a[0], -a[1]];
}

/** a ** n for a small non-negative integer n, by binary powering. */
function powUnsigned(a: Complex, n: number): Complex {
  let result: Complex = [1, 0];
  let power = a;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) result = complexMul(result, power);
    power = complexMul(power, power);
  }
  return result;
}

/**
 * The general power by polar form; null where C sets EDOM. cos, sin, exp, log and atan2 are the
 * correctly rounded kernels of shared/kernels/math, which agree with glibc's where V8's Math
 * differs in the last bit (V8's Math.hypot(2, 3) is not sqrt(13) correctly rounded; glibc's is).
 */
function powPolar(a: Complex, b: Complex): Complex | null {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) return b[1] !== 0 || b[0] < 0 ? null : [0, 0];
  const modulus = hypot([a[0], a[1]]);
  let length = glibcPow(modulus, b[0]); // C's pow(), glibc's
  const angle = isFinite(a[0]) && isFinite(a[1]) ? accurateAtan2(a[1], a[0]) : Math.atan2(a[1], a[0]);
  let phase = angle * b[0];
  if (b[1] !== 0) {
    const t = angle * b[1];
    length /= Math.abs(t) < 700 ? accurateExp(t) : Math.exp(t);
    phase += b[1] * (isFinite(modulus) && modulus > 0 ? accurateLog(modulus) : Math.log(modulus));
  }
  // The accurate kernels take finite arguments; C's cos/sin of inf or nan give nan, as Math's do.
  if (!isFinite(phase)) return [length * Math.cos(phase), length * Math.sin(phase)];
  return [length * accurateCos(phase), length * accurateSin(phase)];
}

/** a ** b. */
export function complexPow(a: Complex, b: Complex): Complex {
  const n = Math.trunc(b[0]);
  let p: Complex | null;
  if (b[1] === 0 && b[0] === n && Math.abs(n) <= 100) {
    p = n >= 0 ? powUnsigned(a, n) : quotient([1, 0], powUnsigned(a, -n));
  } else {
    p = powPolar(a, b);
  }
  if (p === null) raise('ZeroDivisionError', '0.0 to a negative or complex power');
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) raise('OverflowError', 'complex exponentiation');
  return p;
}
