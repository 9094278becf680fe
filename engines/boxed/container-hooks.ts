// Constructors for containers implemented in their own modules (set, slice), reached through
// hooks so the VM and the protocols need not import those modules' internals.

import type { PyValue } from './object.js';

const missing = (): never => { throw new Error('container type not installed'); };

export const containerHooks = {
  /** A new set of these items (borrowed). */
  newSet: missing as (items: PyValue[]) => PyValue,
  setAdd: missing as (set: PyValue, item: PyValue) => void,
  setUpdate: missing as (set: PyValue, iterable: PyValue) => void,
  newSlice: missing as (start: PyValue, stop: PyValue, step: PyValue) => PyValue,
};
