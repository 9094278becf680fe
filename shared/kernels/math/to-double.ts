// Python ints and floats as the doubles math functions work on.
//
// The engine hands a math kernel a float as a JS number and an int as a JS
// number (a safe integer) or a bigint (any other int). Functions that take a
// float convert an int as PyLong_AsDouble does: rounded to nearest, ties to
// even, and OverflowError when it is too large for a double.

import { raise } from '../py-error.js';

/** A Python int as the engine holds it: a safe-integer number or a bigint. */
export type PyInt = number | bigint;

/** A float argument: a Python float (number) or int (number or bigint). */
export type FloatArg = number | bigint;

/** float(x) for a math argument. */
export function toDouble(x: FloatArg): number {
  if (typeof x === 'number') return x;
  const d = Number(x); // ECMAScript rounds bigint to double to nearest, ties to even
  if (d === Infinity || d === -Infinity) raise('OverflowError', 'int too large to convert to float');
  return d;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** An int result in the engine's form: a number when it is a safe integer, else a bigint. */
export function normalizeInt(n: bigint): PyInt {
  return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
}

/** Is n a safe integer held as a number (the engine's small-int form)? */
export function isSmallInt(n: PyInt): n is number {
  return typeof n === 'number' && n <= MAX_SAFE && n >= -MAX_SAFE;
}

/** n as a bigint. */
export function toBigInt(n: PyInt): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}
