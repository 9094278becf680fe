// Code objects: the unit the compiler produces and the bytecode engines run.
//
// The fields are CPython 3.11's, stored the way CPython stores them (the
// `localsplus` arrays, the packed location and exception tables), so a code
// object read from a python3-written .pyc and one built by our compiler can be
// compared field by field. The familiar views (co_varnames, co_cellvars,
// co_freevars, co_nlocals) are derived from localsplus, as in CPython.

import type { PyConstant } from '../ast/nodes.js';

/**
 * Anything a code object's co_consts may hold: the AST's constants (tuples and
 * frozensets included, see PyTuple/PyFrozenset in nodes.ts) and nested code objects.
 */
export type ConstValue = PyConstant | CodeObject;

/** Kinds of a fast-locals slot (`co_localspluskinds`), combinable. */
export const LocalKind = {
  ARG_VAR: 0x04,
  ARG_KW: 0x08, // not used by 3.11's compiler, kept for completeness
  HIDDEN: 0x10,
  LOCAL: 0x20,
  CELL: 0x40,
  FREE: 0x80,
} as const;

/** co_flags bits. */
export const CodeFlag = {
  OPTIMIZED: 0x0001,
  NEWLOCALS: 0x0002,
  VARARGS: 0x0004,
  VARKEYWORDS: 0x0008,
  NESTED: 0x0010,
  GENERATOR: 0x0020,
  NOFREE: 0x0040,
  COROUTINE: 0x0080,
  ITERABLE_COROUTINE: 0x0100,
  ASYNC_GENERATOR: 0x0200,
} as const;

export interface CodeObject {
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_stacksize: number;
  readonly co_flags: number;
  /** The instructions with their inline CACHE entries, 2 bytes per code unit (opcode, oparg). */
  readonly co_code: Uint8Array;
  readonly co_consts: readonly ConstValue[];
  readonly co_names: readonly string[];
  /** Names of every fast-locals slot: arguments, locals, cells, then free variables. */
  readonly co_localsplusnames: readonly string[];
  /** One LocalKind byte per slot of co_localsplusnames. */
  readonly co_localspluskinds: Uint8Array;
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_firstlineno: number;
  /** The 3.11 location table (PEP 657 positions), packed as CPython packs it. */
  readonly co_linetable: Uint8Array;
  /** The zero-cost exception table, packed as CPython packs it. */
  readonly co_exceptiontable: Uint8Array;
}

/** True for a code object (as opposed to a constant it may sit among, in co_consts or marshal data). */
export function isCodeObject(value: unknown): value is CodeObject {
  return typeof value === 'object' && value !== null && 'co_code' in value;
}
