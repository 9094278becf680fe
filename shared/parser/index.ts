// The parser's public entry points: source text (or bytes) in, AST module out.
//
// `parse` runs one start rule over a fresh Parser. The rules of the four modes
// (fileRule, interactiveRule, evalRule, funcTypeRule) live in statements.ts
// (H5) — agreed, keep them there; the f-string sub-parser's `fstring` rule
// lives here. Every rule runs under errors/error-pass.ts (H8): a failed parse
// is retried with the `invalid_*` rules switched on, as _PyPegen_run_parser does.

import type { Expr, Mod } from '../ast/nodes.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { decodeSource, type DecodedSource } from '../tokenizer/source-decoding.js';
import type { LexerWarning } from '../tokenizer/lexer.js';
import { starExpressions } from './expressions.js';
import { Parser } from './parser-state.js';
import { BASE_LEVEL } from './nesting.js';
import { runParser } from './errors/error-pass.js';
import { raiseAtLastToken } from './errors/raise.js';
import { evalRule, fileRule, funcTypeRule, interactiveRule } from './statements.js';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  mode?: ParseMode;
  filename?: string;
  typeComments?: boolean;
  /**
   * Receives the SyntaxWarnings CPython's tokenizer would issue during this
   * parse (e.g. "invalid decimal literal" for `1if x else y`), in order, also
   * when the parse then fails. `python3 -m ast` prints them on stderr.
   */
  warnings?: LexerWarning[];
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
  if (text.indexOf('\0') >= 0) throw nullBytesError(options);
  return parseText(text, options, false);
}

/** compile()'s refusal of NUL characters; it has no position (lineno -1 stands for None). */
function nullBytesError(options: ParseOptions): PySyntaxError {
  const msg = 'source code string cannot contain null bytes';
  return new PySyntaxError('SyntaxError', msg, -1, 0, null, 0, 0, options.filename ?? '<unknown>');
}

/** `byteOffsets`: error offsets stay in bytes (bytes input without a declared encoding; H8). */
function parseText(text: string, options: ParseOptions, byteOffsets: boolean): Mod {
  const mode = options.mode ?? 'exec';
  // Only exec mode reads its input as a file, adding a missing final newline (pegen's exec_input).
  const p = new Parser(text, {
    filename: options.filename,
    typeComments: options.typeComments,
    execInput: mode === 'exec',
    singleInput: mode === 'single',
    byteOffsets,
  });
  p.level = BASE_LEVEL[mode];
  let mod: Mod;
  try {
    mod = run(p, START_RULES[mode]);
  } finally {
    if (options.warnings !== undefined) options.warnings.push(...p.warningSink);
  }
  if (mode === 'single' && moreInputAfterStatement(p)) {
    raiseAtLastToken(p, 'multiple statements found while compiling a single statement');
  }
  return mod;
}

/**
 * pegen's bad_single_statement: after the one statement of single mode, is
 * there anything but whitespace and comments left in the lexer's input?
 */
function moreInputAfterStatement(p: Parser): boolean {
  const text = p.lexer.text;
  let i = p.lexer.pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c) {
      i++;
    } else {
      return true;
    }
  }
  return false;
}

/** Parses source bytes, decoding them first as CPython does (BOM, PEP 263 coding cookie, UTF-8). */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Mod {
  // compile() looks for NUL in the raw bytes, before any decoding.
  if (bytes.indexOf(0) >= 0) throw nullBytesError(options);
  let decoded: DecodedSource;
  try {
    decoded = decodeSource(bytes);
  } catch (e) {
    if (e instanceof PySyntaxError && options.filename !== undefined) e.filename = options.filename;
    throw e;
  }
  return parseText(decoded.text, options, !decoded.encodingDeclared);
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
  parent: { readonly filename: string; readonly warningSink?: LexerWarning[] },
): Expr {
  const p = new Parser(text, {
    filename: parent.filename,
    typeComments: false,
    startLine,
    startColOffset,
    fstring: true,
  });
  p.level = BASE_LEVEL.fstring;
  try {
    return run(p, fstring);
  } finally {
    // CPython warns from the sub-parser's tokenizer as it goes: between the
    // warnings of the tokens before the f-string and those after it.
    if (parent.warningSink !== undefined) parent.warningSink.push(...p.lexer.warnings);
  }
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
