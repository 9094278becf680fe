// The symbol table: for every block of a module (module, class, function,
// lambda, comprehension) the names it uses and binds, each resolved to a
// scope (local, cell, free, explicit or implicit global), as CPython 3.11's
// Python/symtable.c computes them. The compiler looks a block up by the AST
// node that opens it and asks it how to load and store each name.
//
// Two passes, as in CPython: visit-stmt.ts / visit-expr.ts collect raw facts
// per block (builder.ts holds their state), analyze.ts resolves scopes. The
// `__future__` scan (future.ts) runs first, since `annotations` changes how
// annotations are visited. Errors are PySyntaxError with CPython's message
// and position.

import type { AstNode, Mod } from '../ast/nodes.js';
import { analyzeSymtable } from './symtable/analyze.js';
import type { SymtableBlock } from './symtable/block.js';
import { MODULE_SPAN, SymtableBuilder } from './symtable/builder.js';
import type { ErrorSite } from './symtable/errors.js';
import { BlockType } from './symtable/flags.js';
import { type FutureFlags, scanFuture } from './symtable/future.js';
import { visitExpr } from './symtable/visit-expr.js';
import { visitStmts } from './symtable/visit-stmt.js';

export { SymtableBlock, type Directive } from './symtable/block.js';
export {
  BlockType, type BlockTypeKind, ComprehensionKind, type ComprehensionKindValue, DEF_BOUND, DefFlag, FutureFeature,
  SCOPE_MASK, SCOPE_OFF, Scope, type ScopeKind, scopeOfFlags,
} from './symtable/flags.js';
export { type FutureFlags, hasDocstring, isFutureImport, scanFuture } from './symtable/future.js';
export { SYMTABLE_MESSAGES, type SymtableMessage } from './symtable/errors.js';
export { mangle } from './symtable/mangle.js';

export interface Symtable {
  readonly filename: string;
  readonly future: FutureFlags;
  /** The module's block. */
  readonly top: SymtableBlock;
  /** Every block (annotation blocks aside) by its node: Module/Expression/Interactive, FunctionDef,
   *  AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp, DictComp, GeneratorExp. */
  readonly blocks: ReadonlyMap<AstNode, SymtableBlock>;
}

export interface SymtableOptions {
  /** The source text, to fill SyntaxError.text (CPython reads the line back from the file). */
  source?: string;
}

/** Builds and analyses the symbol table of a parsed module (_PySymtable_Build). Throws PySyntaxError. */
export function buildSymtable(mod: Mod, filename: string, future: FutureFlags, options: SymtableOptions = {}): Symtable {
  const site = errorSite(filename, options.source);
  const st = new SymtableBuilder(site, future);
  const top = st.enterBlock('top', BlockType.MODULE, mod, MODULE_SPAN);
  switch (mod._type) {
    case 'Module': case 'Interactive': visitStmts(st, mod.body); break;
    case 'Expression': visitExpr(st, mod.body); break;
    case 'FunctionType': throw new Error('this compiler does not handle FunctionTypes');
  }
  st.exitBlock();
  analyzeSymtable(top, site);
  return { filename, future, top, blocks: st.blocks };
}

/** The `__future__` scan then the symbol table, as `symtable.symtable()` and compile() run them. */
export function symtableOf(mod: Mod, filename: string, options: SymtableOptions & { flags?: number } = {}): Symtable {
  const future = scanFuture(mod, errorSite(filename, options.source), options.flags ?? 0);
  return buildSymtable(mod, filename, future, options);
}

function errorSite(filename: string, source: string | undefined): ErrorSite {
  return { filename, lines: source === undefined ? null : source.match(/[^\n]*\n|[^\n]+$/g) ?? [] };
}
