// The compiler's public entry points: an AST module (or source) in, the tree
// of code objects out, as CPython 3.11's compile() builds it.
//
// Pipeline: parse (shared/parser) -> AST optimizer (C6's ast-optimizer.ts) ->
// symbol table -> codegen (codegen.ts) -> assembler (assembler/index.ts).

import type { Mod } from '../ast/nodes.js';
import type { CodeObject } from '../bytecode/code.js';
import { parse, parseBytes, type ParseMode } from '../parser/index.js';
import { Codegen } from './codegen.js';
import { adaptSymtable } from './codegen/symtable-adapter.js';
import { FutureFeature, symtableOf } from './symtable.js';

export interface CompileOptions {
  /** Optimization level: 0 (default), 1 (-O) or 2 (-OO). */
  optimize?: number;
  /** The source text, for the line shown in compile-time SyntaxErrors. */
  source?: string;
}

export function compile(mod: Mod, filename: string, options: CompileOptions = {}): CodeObject {
  const st = symtableOf(mod, filename, { source: options.source });
  const c = new Codegen(adaptSymtable(st), {
    filename,
    optimize: options.optimize ?? 0,
    futureAnnotations: (st.future.features & FutureFeature.ANNOTATIONS) !== 0,
    futureFlags: st.future.features,
  });
  return c.compileMod(mod);
}

export function compileSource(source: string | Uint8Array, filename: string, mode: ParseMode = 'exec',
  options: CompileOptions = {}): CodeObject {
  const mod = typeof source === 'string' ? parse(source, { mode, filename }) : parseBytes(source, { mode, filename });
  // TODO: run C6's optimizeAst(mod, ...) here once shared/compiler/ast-optimizer.ts exports it.
  return compile(mod, filename, typeof source === 'string' ? { source, ...options } : options);
}
