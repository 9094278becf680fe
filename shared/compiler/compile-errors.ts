// compile.c's own compile-time errors and warnings, as a pass of their own.
//
// CPython raises these while generating code, after the `__future__` scan,
// the AST optimizer and the symbol table (whose errors therefore come first).
// This pass walks the optimized AST in codegen's order with the symbol table
// at hand (checker.ts, patterns.ts), so that of several errors in a program it
// raises the one CPython raises, with its message and location; the
// SyntaxWarnings codegen issues ("is" with a literal, "perhaps you missed a
// comma?", an always-true assert) are appended to `warnings` in CPython's
// order. Codegen may then assume a program without these errors.

import type { Mod } from '../ast/nodes.js';
import type { CompileWarning } from '../errors/format-warning.js';
import { Checker } from './compile-errors/checker.js';
import { FutureFeature } from './symtable/flags.js';
import type { Symtable } from './symtable.js';

export { COMPILE_MESSAGES, COMPILE_WARNINGS, type CompileMessage } from './compile-errors/messages.js';

export interface CompileCheckOptions {
  /** Optimization level: with 1 or more, assert statements are not compiled (only their warning remains). */
  optimize?: number;
  /** The source text, to fill SyntaxError.text (null, as for compile() of a string, when absent). */
  source?: string;
  /** Receives the SyntaxWarnings, in the order CPython issues them. */
  warnings?: CompileWarning[];
}

/** Raises (as PySyntaxError) the first error compile.c would raise for `mod`, an optimized AST. */
export function checkCompileErrors(mod: Mod, st: Symtable, options: CompileCheckOptions = {}): void {
  const lines = options.source === undefined ? null : options.source.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const checker = new Checker(st, { filename: st.filename, lines }, {
    optimize: options.optimize ?? 0,
    futureAnnotations: (st.future.features & FutureFeature.ANNOTATIONS) !== 0,
    futureLineno: st.future.lineno,
    warnings: options.warnings,
  });
  checker.checkModule(mod);
}
