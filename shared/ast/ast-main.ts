// `python3 -m ast [-m MODE] [-a] [-i N] [--no-type-comments] [FILE]` as a function.
//
// Lib/ast.py's main() reads the file as bytes, parses it with
// ast.parse(source, filename, mode, type_comments=...) and prints
// ast.dump(tree, include_attributes=..., indent=...) (indent 3 by default).
// When parsing fails python3 dies with a traceback whose first frames are
// its own internals (runpy, ast.py, with paths of the machine it runs on);
// we print only the final block, from `  File "<filename>", line N` on, as the
// interpreter's printer writes it, and exit 1. The same holds for the
// ValueError that dumping an int of more than 4300 digits raises: only its
// last line, `ValueError: ...`, is printed, and for the RecursionError that
// ast.dump's recursion meets on very deep trees. stdout stays empty on failure,
// since python3 prints the dump only once it is complete. Warnings the parser
// issues (SyntaxWarning "invalid decimal literal"...) go to stderr first, as the
// warnings module prints them (errors/format-warning.ts), whether or not the
// parse succeeds; the source line they show is read from `source` unless the
// file name is a pseudo-name such as "<stdin>".

import { dump } from './dump.js';
import { checkAstConstructionDepth } from './ast-construction.js';
import { parseBytes, type ParseMode } from '../parser/index.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { formatUncaughtError } from '../errors/format-syntax-error.js';
import { formatCompileWarnings } from '../errors/format-warning.js';
import type { LexerWarning } from '../tokenizer/lexer.js';

export interface AstMainOptions {
  /** -m/--mode (default 'exec'). */
  mode?: ParseMode;
  /** -i/--indent: spaces per level (default 3, ast.py's default); null prints one line. */
  indent?: number | null;
  /** -a/--include-attributes. */
  includeAttributes?: boolean;
  /** false for --no-type-comments (default true, as in ast.py). */
  typeComments?: boolean;
}

export interface AstMainResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * CPython's recursion counter when ast.py's main() has ast.dump call
 * `_format` on the root: runpy's two frames, the module, main(), dump(), plus
 * the count for entering the interpreter. Measured: with this value the dump
 * of `-` * n + '1' first fails at n = 986, as `python3 -m ast` does.
 */
const AST_MAIN_DUMP_DEPTH = 6;

/**
 * CPython's recursion depth when ast.parse calls compile() under `python3 -m
 * ast`, which sets where ast2obj's depth budget starts (ast-construction.ts).
 * Measured: `-` * n + 'x' then fails from n = 2977.
 */
const AST_MAIN_PARSE_DEPTH = 7;

/** ast.py's default indent. */
export const DEFAULT_AST_INDENT = 3;

/** The stdout, stderr and exit status of `python3 -m ast` on these bytes, read from `filename`. */
export function runAstMain(source: Uint8Array, filename: string, opts: AstMainOptions = {}): AstMainResult {
  const warnings: LexerWarning[] = [];
  const warningText = () => (warnings.length === 0 ? '' : formatCompileWarnings(warnings, filename, source));
  try {
    const tree = parseBytes(source, { mode: opts.mode ?? 'exec', filename, typeComments: opts.typeComments ?? true, warnings });
    checkAstConstructionDepth(tree, AST_MAIN_PARSE_DEPTH);
    const stderr = warningText();
    const text = dump(tree, {
      indent: opts.indent === undefined ? DEFAULT_AST_INDENT : opts.indent,
      includeAttributes: opts.includeAttributes ?? false,
      recursionDepth: AST_MAIN_DUMP_DEPTH,
    });
    return { stdout: text + '\n', stderr, exitCode: 0 };
  } catch (err) {
    // compile() reports every error under the filename it was given.
    if (err instanceof PySyntaxError) err.filename = filename;
    const block = formatUncaughtError(err);
    if (block === null) throw err;
    return { stdout: '', stderr: warningText() + block, exitCode: 1 };
  }
}
