// Correctly rounded decimal digits of a double, as David Gay's _Py_dg_dtoa
// gives them to CPython's float formatting: mode 0 (shortest round-trip),
// mode 2 (n significant digits) and mode 3 (n digits after the point).
//
// The answer is a digit string without trailing zeros and the position of
// the decimal point (value = 0.DIGITS × 10^decpt); a value that rounds to
// zero gives '0' with decpt 1. dtoa rounds half to even on the exact binary
// value. JS's toExponential/toFixed are exact too but break ties upwards and
// stop at 100 digits (toFixed also at 1e21), so they are used only when no
// tie is possible at the rounding position; otherwise the digits come from
// exact bigint arithmetic. Ties are cheap to detect from x = m × 2^e with m
// odd: for e < 0 the expansion of x ends in a 5 exactly -e digits after the
// point, so the only tie is when rounding to -e-1 digits; an integer x ties
// only when rounding to a multiple of 10^(e+1), and only if 5^(e+1) divides m.

import { floatParts } from '../float-rounding.js';

/** The digits of the last call: digits without trailing zeros, and the decimal point position. */
export const floatDigits = { digits: '0', decpt: 1 };

const view = new DataView(new ArrayBuffer(8));
const NO_TIE = 0x7fffffff;

/**
 * The number of digits after the decimal point (negative: before it) at
 * which rounding positive finite x can meet an exact tie, or NO_TIE.
 */
function tiePosition(x: number): number {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let e = biased === 0 ? -1074 : biased - 1075;
  // Trailing zeros of the 53-bit mantissa move into the exponent.
  if (lo !== 0) {
    e += 31 - Math.clz32(lo & -lo);
  } else {
    const top = biased === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
    e += 32 + 31 - Math.clz32(top & -top);
  }
  if (e < 0) return -e - 1;
  const k = e + 1;
  if (k > 22) return NO_TIE; // 5^23 exceeds any 53-bit mantissa
  const m = x / 2 ** e;
  return m % 5 ** k === 0 ? -k : NO_TIE;
}

/** Sets floatDigits from a digit string with the point after `intDigits` digits (leading and trailing zeros allowed). */
function setFromDigitString(s: string, intDigits: number): void {
  let start = 0;
  while (start < s.length && s.charCodeAt(start) === 0x30) start++;
  let end = s.length;
  while (end > start && s.charCodeAt(end - 1) === 0x30) end--;
  if (start === end) {
    floatDigits.digits = '0';
    floatDigits.decpt = 1;
    return;
  }
  floatDigits.digits = start === 0 && end === s.length ? s : s.slice(start, end);
  floatDigits.decpt = intDigits - start;
}

/** Parses JS exponential text ('1.2345e+2', '5e-324') into floatDigits. */
function setFromExponential(text: string): void {
  const e = text.indexOf('e');
  const mantissa = text.charCodeAt(1) === 0x2e ? text[0] + text.slice(2, e) : text.slice(0, e);
  setFromDigitString(mantissa, 1);
  floatDigits.decpt = Number(text.slice(e + 1)) + 1;
}

/** Mode 0: the shortest digits that round-trip, for positive finite x. */
export function shortestDigits(x: number): void {
  setFromExponential(x.toExponential());
}

/** Mode 2: x (positive, finite) rounded to n >= 1 significant digits. */
export function significantDigits(x: number, n: number): void {
  if (n <= 101) {
    const text = x.toExponential(n - 1);
    const e = text.indexOf('e');
    // JS's exponent is x's own unless rounding carried into a new power of
    // ten, and a tie that carries rounds up under both rules.
    const position = n - 1 - Number(text.slice(e + 1));
    if (position !== tiePosition(x)) {
      setFromExponential(text);
      return;
    }
  }
  exactSignificant(x, n);
}

/** Mode 3: x (positive, finite) rounded to n >= 0 digits after the point. */
export function fixedDigits(x: number, n: number): void {
  if (n <= 100 && x < 1e21 && n !== tiePosition(x)) {
    const text = x.toFixed(n);
    const point = text.indexOf('.');
    if (point < 0) setFromDigitString(text, text.length);
    else setFromDigitString(text.slice(0, point) + text.slice(point + 1), point);
    return;
  }
  exactFixed(x, n);
}

/** x = num / den exactly, as bigints (den a power of two). */
let exactNum = 0n;
let exactDen = 1n;
/** The binary exponent of the last splitExact: x has at most max(0, -exponent) fraction digits. */
let exactExp = 0;

function splitExact(x: number): void {
  const parts = floatParts(x);
  exactExp = parts.exponent;
  if (parts.exponent >= 0) {
    exactNum = parts.mantissa << BigInt(parts.exponent);
    exactDen = 1n;
  } else {
    exactNum = parts.mantissa;
    exactDen = 1n << BigInt(-parts.exponent);
  }
}

/** floor(x × 10^j) for the x of the last splitExact, and whether a remainder was dropped, compared to half. */
let roundQuotient = 0n;
/** -1, 0, 1: the dropped remainder against one half. */
let roundHalf = 0;

function scaleAndDivide(j: number): void {
  let num = exactNum;
  let den = exactDen;
  if (j >= 0) num *= 10n ** BigInt(j);
  else den *= 10n ** BigInt(-j);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  roundQuotient = q;
  roundHalf = r2 < den ? (r2 === 0n ? -2 : -1) : r2 === den ? 0 : 1;
}

/** The last quotient rounded half to even. */
function roundedQuotient(): bigint {
  const q = roundQuotient;
  if (roundHalf > 0 || (roundHalf === 0 && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function exactFixed(x: number, n: number): void {
  splitExact(x);
  // Beyond the last fraction digit of x nothing is rounded: stop there.
  const j = Math.min(n, Math.max(0, -exactExp));
  scaleAndDivide(j);
  const q = roundedQuotient();
  if (q === 0n) {
    floatDigits.digits = '0';
    floatDigits.decpt = 1;
    return;
  }
  const s = q.toString();
  setFromDigitString(s, s.length - j);
}

function exactSignificant(x: number, n: number): void {
  splitExact(x);
  // A double has at most 767 significant digits: more asks for the exact value.
  if (n > 800) {
    exactFixed(x, Math.max(0, -exactExp));
    return;
  }
  let e10 = Math.floor(Math.log10(x));
  const low = 10n ** BigInt(n - 1);
  const high = low * 10n;
  // log10 can be off by one near powers of ten: fix e10 on the truncated quotient.
  for (;;) {
    scaleAndDivide(n - 1 - e10);
    if (roundQuotient >= high) e10++;
    else if (roundQuotient < low) e10--;
    else break;
  }
  const q = roundedQuotient();
  const s = q.toString();
  // A carry to 10^n adds one digit: the point moves right by one.
  setFromDigitString(s, s.length - (n - 1 - e10));
}
