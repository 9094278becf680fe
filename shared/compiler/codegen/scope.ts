// What codegen needs to know about each scope, from the symbol table.
//
// These are the facts 3.11's compiler reads from a PySTEntryObject: the block
// type, each name's resolved scope (LOCAL, GLOBAL_EXPLICIT, ...), its DEF_*
// flags, the parameter names in order, and the generator/coroutine/nesting
// bits. C4's symtable (shared/compiler/symtable.ts) provides them; codegen only
// depends on this interface so the two can evolve separately. The numbers
// scopeOf and flagsOf return are the symbol table's own (Scope and DefFlag in
// symtable/flags.ts), passed through unchanged.

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
  /** The name's resolved Scope (symtable/flags.ts); 0 when unknown. */
  scopeOf(name: string): number;
  /** The name's DefFlag bits (symtable/flags.ts). */
  flagsOf(name: string): number;
}

/** The symbol table of one module: a scope for the module and for each node that opens one. */
export interface SymbolTable {
  readonly top: ScopeInfo;
  /** The scope a FunctionDef, AsyncFunctionDef, ClassDef, Lambda or comprehension node opens. */
  scopeFor(node: object): ScopeInfo;
}
