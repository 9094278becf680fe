// The error rules of CPython's math module, shared by every math kernel.
//
// mathmodule.c turns libm's outcomes into Python exceptions by a few fixed
// rules (math_1, math_2, is_error): a NaN from non-NaN arguments is a
// ValueError, an infinity from finite arguments is an OverflowError for
// functions that can overflow and a ValueError (a singularity) for the others.
// The messages never vary: "math domain error" and "math range error".

import { raise } from '../py-error.js';

/** ValueError("math domain error"). */
export function domainError(): never {
  raise('ValueError', 'math domain error');
}

/** OverflowError("math range error"). */
export function rangeError(): never {
  raise('OverflowError', 'math range error');
}

/** math_1's checks on r = f(x); returns r when it stands. */
export function checkUnary(x: number, r: number, canOverflow: boolean): number {
  if (r !== r) {
    if (x === x) domainError();
  } else if ((r === Infinity || r === -Infinity) && x - x === 0) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

/** math_2's checks on r = f(x, y); returns r when it stands. */
export function checkBinary(x: number, y: number, r: number): number {
  if (r !== r) {
    if (x === x && y === y) domainError();
  } else if ((r === Infinity || r === -Infinity) && x - x === 0 && y - y === 0) {
    rangeError();
  }
  return r;
}
