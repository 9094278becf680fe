// The compiler's public entry points: an AST module (or source) in, the tree
// of code objects out, as CPython 3.11's compile() builds it.
//
// Pipeline: parse (shared/parser) -> AST optimizer (ast-optimizer.ts) ->
// symbol table -> compile-time errors and warnings (compile-errors.ts) ->
// codegen (codegen.ts) -> assembler (assembler/index.ts).

import type { Mod } from '../ast/nodes.js';
import type { CodeObject } from '../bytecode/code.js';
import type { CompileWarning } from '../errors/format-warning.js';
import { withProgramText } from '../errors/program-text.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { parse, parseBytes, type ParseMode } from '../parser/index.js';
import { optimizeAst } from './ast-optimizer.js';
import { Codegen } from './codegen.js';
import { checkCompileErrors } from './compile-errors.js';
import { adaptSymtable } from './codegen/symtable-adapter.js';
import { FutureFeature, symtableOf } from './symtable.js';

export interface CompileOptions {
  /** Optimization level: 0 (default), 1 (-O) or 2 (-OO). */
  optimize?: number;
  /** The source text, for the line shown in compile-time SyntaxErrors. */
  source?: string;
  /** Receives the SyntaxWarnings (compileSource: the parser's too), in CPython's order. */
  warnings?: CompileWarning[];
  /** `__future__` features already in force (CO_FUTURE_* bits): compile()'s flags and what it inherits. */
  flags?: number;
}

/** Compiles an AST; like CPython it constant-folds first, rewriting `mod` in place. */
export function compile(mod: Mod, filename: string, options: CompileOptions = {}): CodeObject {
  // CPython folds before building the symbol table (`__debug__` must be gone by then).
  optimizeAst(mod, { optimize: options.optimize ?? 0 });
  const st = symtableOf(mod, filename, { source: options.source, flags: options.flags ?? 0 });
  // compile.c's own errors and warnings, found by a pass of their own so codegen can assume none.
  checkCompileErrors(mod, st, { optimize: options.optimize ?? 0, source: options.source, warnings: options.warnings });
  const c = new Codegen(adaptSymtable(st), {
    filename,
    optimize: options.optimize ?? 0,
    futureAnnotations: (st.future.features & FutureFeature.ANNOTATIONS) !== 0,
    futureFlags: st.future.features,
  });
  return c.compileMod(mod);
}

export function compileSource(source: string | Uint8Array, filename: string, mode: ParseMode = 'exec',
  options: CompileOptions & {
    /**
     * What the file `filename` names holds, for the line a compile-time SyntaxError quotes: CPython reads
     * it back from that file (err_programtext), so a str compiled under '<string>' quotes none (null).
     * A function is asked only when there is such an error (reading the file is then deferred to it).
     * Absent: the source stands in for the file.
     */
    programText?: string | Uint8Array | null | (() => Uint8Array | null);
  } = {}): CodeObject {
  // The parser's warnings (C9) come first in `options.warnings`, as CPython issues them first.
  const parseOptions = { mode, filename, warnings: options.warnings };
  const mod = typeof source === 'string' ? parse(source, parseOptions) : parseBytes(source, parseOptions);
  const text = options.programText === undefined ? source : options.programText;
  try {
    return compile(mod, filename, { ...options, source: typeof text === 'string' ? text : undefined });
  } catch (e) {
    if (!(e instanceof PySyntaxError) || typeof text === 'string' || text === null) throw e;
    // From bytes, CPython quotes a compile-time error's line as err_programtext reads it (C9).
    const bytes = typeof text === 'function' ? text() : text;
    throw bytes === null ? e : withProgramText(e, bytes);
  }
}
