// Constructors the object model's lower layers need from higher ones (which import them):
// installed once at start-up by the runtime.

import type { PyValue } from './object.js';

export const runtimeHooks = {
  /** A frozenset of these items (borrowed), in CPython's iteration order. */
  makeFrozenset: (_items: PyValue[]): PyValue => { throw new Error('sets not installed'); },
};
