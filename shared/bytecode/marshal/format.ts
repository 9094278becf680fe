// The vocabulary both sides of CPython 3.11's marshal format (version 4) share:
// the type byte of each kind of value, the back-reference flag, the wrapper
// types for the kinds marshal holds that code objects never do (list, dict,
// set, StopIteration), and the error for data marshal.loads would reject.
// read.ts and write.ts build on it; ../marshal.ts is the public entry point.

import type { ConstValue } from '../code.js';

/** The type bytes of marshal version 4 (Python/marshal.c), one per kind of value. */
export const MarshalType = {
  NULL: 0x30, // '0'
  NONE: 0x4e, // 'N'
  FALSE: 0x46, // 'F'
  TRUE: 0x54, // 'T'
  STOPITER: 0x53, // 'S'
  ELLIPSIS: 0x2e, // '.'
  INT: 0x69, // 'i'
  LONG: 0x6c, // 'l'
  FLOAT: 0x66, // 'f'  (text, marshal versions < 2)
  BINARY_FLOAT: 0x67, // 'g'
  COMPLEX: 0x78, // 'x'  (text, marshal versions < 2)
  BINARY_COMPLEX: 0x79, // 'y'
  STRING: 0x73, // 's'  (bytes)
  INTERNED: 0x74, // 't'
  REF: 0x72, // 'r'
  TUPLE: 0x28, // '('
  LIST: 0x5b, // '['
  DICT: 0x7b, // '{'
  CODE: 0x63, // 'c'
  UNICODE: 0x75, // 'u'
  UNKNOWN: 0x3f, // '?'
  SET: 0x3c, // '<'
  FROZENSET: 0x3e, // '>'
  ASCII: 0x61, // 'a'
  ASCII_INTERNED: 0x41, // 'A'
  SMALL_TUPLE: 0x29, // ')'
  SHORT_ASCII: 0x7a, // 'z'
  SHORT_ASCII_INTERNED: 0x5a, // 'Z'
} as const;

export const FLAG_REF = 0x80;
export const MARSHAL_VERSION = 4;

/** Marshal's own kinds that are not code-object constants. */
export class PyList {
  constructor(readonly items: MarshalValue[]) {}
}
export class PyDict {
  constructor(readonly entries: [MarshalValue, MarshalValue][]) {}
}
export class PySet {
  constructor(readonly items: MarshalValue[]) {}
}
/** The `StopIteration` class, which marshal can carry as a singleton. */
export const STOP_ITERATION: unique symbol = Symbol('StopIteration');

export type MarshalValue = ConstValue | PyList | PyDict | PySet | typeof STOP_ITERATION;

/** Raised for input marshal.loads would reject ("bad marshal data ..."), and for unmarshallable values. */
export class MarshalError extends Error {}
