// The parser's public entry points: source text (or bytes) in, AST module out.
//
// `parse` runs one start rule over a fresh Parser. The rules of the four modes
// (fileRule, interactiveRule, evalRule, funcTypeRule) live in statements.ts
// (H5) — agreed, keep them there; the f-string sub-parser's `fstring` rule
// lives here. Every rule runs under errors/error-pass.ts (H8): a failed parse
// is retried with the `invalid_*` rules switched on, as _PyPegen_run_parser does.

import type { Expr, Mod } from '../ast/nodes.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { decodeSource } from '../tokenizer/source-decoding.js';
import { Tok } from '../tokenizer/tokens.js';
import { starExpressions } from './expressions.js';
import { Parser } from './parser-state.js';
import { runParser } from './errors/error-pass.js';
import { evalRule, fileRule, funcTypeRule, interactiveRule } from './statements.js';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  mode?: ParseMode;
  filename?: string;
  typeComments?: boolean;
}

/** The start rule of each mode. */
const START_RULES: Record<ParseMode, (p: Parser) => Mod> = {
  exec: fileRule,
  single: interactiveRule,
  eval: evalRule,
  func_type: funcTypeRule,
};

/** Parses Python source text; throws PySyntaxError. */
export function parse(text: string, options: ParseOptions = {}): Mod {
  const mode = options.mode ?? 'exec';
  // Only exec mode reads its input as a file, adding a missing final newline (pegen's exec_input).
  const p = new Parser(text, { filename: options.filename, typeComments: options.typeComments, execInput: mode === 'exec' });
  return run(p, START_RULES[mode]);
}

/** Parses source bytes, decoding them first as CPython does (BOM, PEP 263 coding cookie, UTF-8). */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Mod {
  let text: string;
  try {
    text = decodeSource(bytes).text;
  } catch (e) {
    if (e instanceof PySyntaxError && options.filename !== undefined) e.filename = options.filename;
    throw e;
  }
  return parse(text, options);
}

/**
 * Parses the expression of an f-string replacement field (H6). `text` is the
 * expression's source already wrapped in parentheses, as CPython 3.11 does;
 * tokens on its first line are shifted by `startColOffset` bytes and lines are
 * numbered from `startLine`.
 */
export function parseFStringExpression(
  text: string,
  startLine: number,
  startColOffset: number,
  parent: { readonly filename: string },
): Expr {
  const p = new Parser(text, {
    filename: parent.filename,
    typeComments: false,
    startLine,
    startColOffset,
    fstring: true,
  });
  return run(p, fstring);
}

/**
 * Runs `rule`; on failure, reruns it with the invalid_* rules and raises the
 * error CPython raises (H8: the two-pass strategy lives in errors/error-pass.ts).
 */
function run<T>(p: Parser, rule: (p: Parser) => T): T {
  return runParser(p, rule);
}

// fstring: star_expressions
function fstring(p: Parser): Expr {
  return starExpressions(p);
}
