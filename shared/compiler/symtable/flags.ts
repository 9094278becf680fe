// The symbol table's vocabularies: per-name definition flags, resolved scopes,
// block types and comprehension kinds, with CPython 3.11's numbers.
//
// The numbers are those of Include/internal/pycore_symtable.h (the `_symtable`
// module exposes the same ones), so a flags word we compute can be compared
// bit for bit with `symtable.symtable(...)._table.symbols[name]`. A symbol's
// word holds its DEF_* bits below SCOPE_OFF and its resolved Scope above.

/** What the first pass learns about a name in one block (bits of the flags word). */
export const DefFlag = {
  /** `global` statement. */
  GLOBAL: 1 << 0,
  /** Bound in the block: assignment, def, class, for target, with ... as, except ... as, pattern capture. */
  LOCAL: 1 << 1,
  /** A parameter (including a comprehension's hidden `.0`). */
  PARAM: 1 << 2,
  /** `nonlocal` statement (also set by a walrus inside a comprehension, for the enclosing function). */
  NONLOCAL: 1 << 3,
  /** Read somewhere in the block. */
  USE: 1 << 4,
  /** Not set by 3.11's analysis; kept for the numbering. */
  FREE: 1 << 5,
  /** Free in a method and also bound or declared global in the class body. */
  FREE_CLASS: 1 << 6,
  /** Bound by an import. */
  IMPORT: 1 << 7,
  /** Has a simple annotation (`x: int`). */
  ANNOT: 1 << 8,
  /** Bound as a comprehension's iteration variable. */
  COMP_ITER: 1 << 9,
} as const;

/** Flags that make a name local to its block. */
export const DEF_BOUND = DefFlag.LOCAL | DefFlag.PARAM | DefFlag.IMPORT;

/** Where the resolved scope sits in a symbol's flags word. */
export const SCOPE_OFF = 11;
export const SCOPE_MASK = 0xf;

/** A name's resolved scope, decided by the analysis pass. */
export const Scope = {
  LOCAL: 1,
  GLOBAL_EXPLICIT: 2,
  GLOBAL_IMPLICIT: 3,
  FREE: 4,
  CELL: 5,
} as const;
export type ScopeKind = (typeof Scope)[keyof typeof Scope];

/** Kinds of block (`_Py_block_ty`); AnnotationBlock exists only under `from __future__ import annotations`. */
export const BlockType = {
  FUNCTION: 0,
  CLASS: 1,
  MODULE: 2,
  ANNOTATION: 3,
} as const;
export type BlockTypeKind = (typeof BlockType)[keyof typeof BlockType];

/** Which comprehension a function block implements (`_Py_comprehension_ty`); NONE for everything else. */
export const ComprehensionKind = {
  NONE: 0,
  LIST: 1,
  DICT: 2,
  SET: 3,
  GENERATOR: 4,
} as const;
export type ComprehensionKindValue = (typeof ComprehensionKind)[keyof typeof ComprehensionKind];

/** The resolved scope stored in a flags word (0 when the name is unknown). */
export function scopeOfFlags(flags: number): number {
  return (flags >> SCOPE_OFF) & SCOPE_MASK;
}

/** `__future__` feature bits (CO_FUTURE_*), as compile() and code objects carry them. */
export const FutureFeature = {
  DIVISION: 0x20000,
  ABSOLUTE_IMPORT: 0x40000,
  WITH_STATEMENT: 0x80000,
  PRINT_FUNCTION: 0x100000,
  UNICODE_LITERALS: 0x200000,
  BARRY_AS_BDFL: 0x400000,
  GENERATOR_STOP: 0x800000,
  ANNOTATIONS: 0x1000000,
} as const;
