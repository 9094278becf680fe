// The recursion limit, shared by Python frames and by native code that recurses through
// Python objects (repr of nested lists, == on nested tuples, __getattr__ chains), as CPython
// 3.11's one recursion counter is. Exceeding it raises RecursionError; the engine runs with a
// JS stack large enough that the limit is always reached first.

import { raise } from './errors.js';
import { RecursionError } from './types/exceptions.js';

export const recursion = {
  depth: 0,
  limit: 1000,
};

/** Py_EnterRecursiveCall: `where` completes "maximum recursion depth exceeded<where>". */
export function enterRecursiveCall(where: string): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    raise(RecursionError, `maximum recursion depth exceeded${where}`);
  }
}

export function leaveRecursiveCall(): void {
  recursion.depth--;
}
