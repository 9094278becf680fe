// Raising Python exceptions from TypeScript: `throw raise(TypeError, 'message')` reads as the
// C API's PyErr_SetString and returns `never`, so control flow analysis follows it.

import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { PyBaseException } from './types/exceptions.js';
import { PyTuple } from './types/sequences.js';
import { newStr } from './strings.js';

/** A new exception instance `type(message)` (not raised). */
export function newException(type: PyType, message?: string): PyBaseException {
  const args: PyValue[] = message === undefined ? [] : [newStr(message)];
  return new PyBaseException(type, new PyTuple(args));
}

/** Throws `type(message)`. */
export function raise(type: PyType, message?: string): never {
  throw newException(type, message);
}

/** True for a thrown value that is a Python exception (anything else is an engine bug). */
export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}
