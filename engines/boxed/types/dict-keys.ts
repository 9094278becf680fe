// How dict (and set) storage asks about keys. The answers need the whole object model (a
// key's type, Python __hash__ and __eq__), which imports the containers, so the runtime installs
// them here once at start-up instead of the containers importing it.

import type { PyValue } from '../object.js';

export interface KeyHooks {
  /**
   * A JS primitive standing for the key when equality is decided by value alone (exact str,
   * int, bool, float other than NaN), else undefined. Equal numbers of different types map to
   * the same primitive.
   */
  fastKey(key: PyValue): string | number | bigint | undefined;
  /** hash(key) as a Map key; raises TypeError for unhashable keys. */
  hash(key: PyValue): number | bigint;
  /** key == other, as Python decides it. */
  eq(a: PyValue, b: PyValue): boolean;
  /**
   * For an instance of a str, int or float subclass: the primitive its value would have as a
   * fast key (so MyStr('a') finds the entry of 'a'), else undefined. Optional; installed with
   * the mapping types.
   */
  valueKey?(key: PyValue): string | number | bigint | undefined;
}

export const keyHooks: KeyHooks = {
  fastKey: () => { throw new Error('object model not initialised'); },
  hash: () => { throw new Error('object model not initialised'); },
  eq: () => { throw new Error('object model not initialised'); },
};

export function installKeyHooks(hooks: KeyHooks): void {
  Object.assign(keyHooks, hooks);
}
