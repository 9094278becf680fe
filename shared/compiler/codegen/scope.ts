// What codegen needs to know about each scope, from the symbol table.
//
// These are the facts 3.11's compiler reads from a PySTEntryObject: the block
// type, each name's resolved scope (LOCAL, GLOBAL_EXPLICIT, ...), its DEF_*
// flags, the parameter names in order, and the generator/coroutine/nesting
// bits. C4's symtable (shared/compiler/symtable.ts) provides them; codegen only
// depends on this interface so the two can evolve separately.

/** Resolved scope of a name (symtable.h's LOCAL ... CELL). 0 means unknown. */
export const SymScope = {
  LOCAL: 1,
  GLOBAL_EXPLICIT: 2,
  GLOBAL_IMPLICIT: 3,
  FREE: 4,
  CELL: 5,
} as const;

/** DEF_* flags codegen consults. */
export const DefFlag = {
  DEF_FREE_CLASS: 0x40,
  DEF_IMPORT: 0x80,
} as const;

export type BlockKind = 'module' | 'function' | 'class';

export interface ScopeInfo {
  readonly kind: BlockKind;
  /** Every name the scope mentions, for deriving cell and free variables. */
  readonly symbolNames: readonly string[];
  /** Parameters in declaration order (ste_varnames). */
  readonly params: readonly string[];
  readonly generator: boolean;
  readonly coroutine: boolean;
  readonly nested: boolean;
  readonly varargs: boolean;
  readonly varkeywords: boolean;
  /** A class whose methods use `__class__` or `super`. */
  readonly needsClassClosure: boolean;
  scopeOf(name: string): number;
  flagsOf(name: string): number;
}

/** The symbol table of one module: a scope for the module and for each node that opens one. */
export interface SymbolTable {
  readonly top: ScopeInfo;
  /** The scope a FunctionDef, AsyncFunctionDef, ClassDef, Lambda or comprehension node opens. */
  scopeFor(node: object): ScopeInfo;
}
