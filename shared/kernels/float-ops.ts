// Python float arithmetic where it differs from plain IEEE/JS: floor division
// and modulo (result sign follows the divisor, computed from fmod as CPython
// does so the last bit matches), division by zero raising, and x ** y with
// CPython's special cases, OverflowError on overflow, and otherwise the C
// library's pow() as CPython calls it: glibc's, reproduced bit for bit by
// math/glibc-pow.ts (glibc's pow is not correctly rounded, and V8's Math.pow
// is neither, in other cases).

import { glibcPow } from './math/glibc-pow.js';
import { raise } from './py-error.js';

/** x / y. */
export function floatTrueDivide(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float division by zero');
  return x / y;
}

/** divmod(x, y) for floats: [floor quotient, remainder]. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) raise('ZeroDivisionError', 'float divmod()');
  return divmodUnchecked(x, y);
}

function divmodUnchecked(x: number, y: number): [number, number] {
  let mod = x % y; // JS % on numbers is C's fmod: exact
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) { mod += y; div -= 1; }
  } else {
    mod = y < 0 ? -0 : 0; // zero remainder takes the divisor's sign
  }
  let floorDiv: number;
  if (div !== 0) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    floorDiv = Math.sign(x / y) < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floorDiv, mod];
}

/** x // y. */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float floor division by zero');
  return divmodUnchecked(x, y)[0];
}

/** x % y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float modulo');
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

/** Is y an odd integer (as a double)? */
function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/**
 * x ** y for floats, or null when Python's answer is a complex number (a
 * negative base with a non-integer exponent: the caller computes complex pow).
 */
export function floatPow(x: number, y: number): number | null {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (!isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (!isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return null;
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  // x > 0, x != 1, y finite and non-zero: float_pow hands over to pow().
  const r = glibcPow(x, y);
  if (!isFinite(r)) raise('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}
