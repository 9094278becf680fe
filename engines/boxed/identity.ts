// Object identity as CPython shows it: id() is an address, reused after an object is freed;
// the default hash is derived from it. The simulated heap lives in the runtime (memory.ts);
// these hooks let object methods reach it.

import type { PyValue } from './object.js';

const missing = (): never => { throw new Error('identity not installed'); };

export const identityHooks = {
  /** id(v) as a JS number. */
  id: missing as (v: PyValue) => number,
  /** "0x7f3a..." for default reprs. */
  addressHex: missing as (v: PyValue) => string,
  /** object.__hash__ (a new reference to an int). */
  hash: missing as (v: PyValue) => PyValue,
  /** object.__dir__: a new list. */
  dir: missing as (v: PyValue) => PyValue,
};
