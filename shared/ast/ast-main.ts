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
// last line, `ValueError: ...`, is printed. stdout stays empty on failure,
// since python3 prints the dump only once it is complete.

import { dump } from './dump.js';
import { parseBytes, type ParseMode } from '../parser/index.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { formatUncaughtError } from '../errors/format-syntax-error.js';

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

/** ast.py's default indent. */
export const DEFAULT_AST_INDENT = 3;

/** The stdout, stderr and exit status of `python3 -m ast` on these bytes, read from `filename`. */
export function runAstMain(source: Uint8Array, filename: string, opts: AstMainOptions = {}): AstMainResult {
  try {
    const tree = parseBytes(source, { mode: opts.mode ?? 'exec', filename, typeComments: opts.typeComments ?? true });
    const text = dump(tree, {
      indent: opts.indent === undefined ? DEFAULT_AST_INDENT : opts.indent,
      includeAttributes: opts.includeAttributes ?? false,
    });
    return { stdout: text + '\n', stderr: '', exitCode: 0 };
  } catch (err) {
    // compile() reports every error under the filename it was given.
    if (err instanceof PySyntaxError) err.filename = filename;
    const block = formatUncaughtError(err);
    if (block === null) throw err;
    return { stdout: '', stderr: block, exitCode: 1 };
  }
}
