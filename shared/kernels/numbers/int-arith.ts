// Python int arithmetic on PyInt (safe-integer number or bigint).
//
// Each operation stays in doubles while both operands are numbers and the
// exact result is a safe integer, which a double detects cheaply: a rounded
// sum or product outside ±(2^53 - 1) means the exact one is outside too.
// Otherwise it falls back to bigint and returns the canonical form. Floor
// division and modulo round toward minus infinity (the remainder takes the
// divisor's sign), with CPython's ZeroDivisionError messages.

import { intFloorDiv, intMod } from '../int-ops.js';
import { raise } from '../py-error.js';
import { MAX_SAFE, normInt, type PyInt } from './py-int.js';

export function addInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}

export function subInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(BigInt(a) - BigInt(b));
}

export function mulInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // 0 * -5 is -0 in doubles
  }
  return normInt(BigInt(a) * BigInt(b));
}

export function negInt(a: PyInt): PyInt {
  return typeof a === 'number' ? 0 - a : normInt(-a);
}

export function absInt(a: PyInt): PyInt {
  if (typeof a === 'number') return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

/** Exact [trunc(a / b), a % b with a's sign] for safe integers a and b != 0. */
function truncDivmod(a: number, b: number, out: [number, number]): void {
  const r = a % b; // fmod is exact
  // a - r is a multiple of b no larger than |a|, so both steps are exact.
  out[0] = (a - r) / b + 0;
  out[1] = r + 0;
}

const scratch: [number, number] = [0, 0];

/** a // b. */
export function floorDivInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'integer division or modulo by zero');
    truncDivmod(a, b, scratch);
    // -2^53 + 1 // -1 and the like stay safe; only the quotient can need a step down.
    const q = scratch[1] !== 0 && (scratch[1] < 0) !== (b < 0) ? scratch[0] - 1 : scratch[0];
    return q >= -MAX_SAFE ? q : BigInt(q);
  }
  return normInt(intFloorDiv(BigInt(a), BigInt(b)));
}

/** a % b, with the sign of b. */
export function modInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'integer modulo by zero');
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
  }
  return normInt(intMod(BigInt(a), BigInt(b)));
}

/** divmod(a, b) for ints: [a // b, a % b]. */
export function divmodInt(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'integer division or modulo by zero');
    truncDivmod(a, b, scratch);
    let q = scratch[0];
    let r = scratch[1];
    if (r !== 0 && (r < 0) !== (b < 0)) { r += b; q -= 1; }
    return [q >= -MAX_SAFE ? q : BigInt(q), r];
  }
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  const x = BigInt(a);
  const y = BigInt(b);
  const q = intFloorDiv(x, y);
  return [normInt(q), normInt(x - q * y)];
}
