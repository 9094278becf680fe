// Raising SyntaxErrors at the positions CPython's pegen reports.
//
// pegen has a handful of RAISE_* macros and each picks its location its own
// way; the differences show in `offset`/`end_offset`, so each has a twin here:
//
// - raiseKnownLocation(a) / raiseKnownRange(a, b): from a node or token to the
//   end of another, both columns +1 (RAISE_SYNTAX_ERROR_KNOWN_LOCATION/_RANGE).
// - raiseStartingFrom(a): from `a` to where the tokenizer stands, that end
//   column not +1 (RAISE_SYNTAX_ERROR_STARTING_FROM).
// - raiseAtLastToken(): at the last token fetched from the lexer, whatever the
//   rule matched (RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR without a
//   location). Tokens that have no column in CPython (INDENT, DEDENT,
//   ENDMARKER) point at the tokenizer's cursor instead, with end offset -1.
//
// Columns are UTF-8 byte columns until the last step, which converts them to
// character offsets against the text of the error's *first* line, as CPython
// does (so an end on a later line is clamped to that line's length + 1). That
// text is the lexer's `errorLineText`, pegen's choice of source line.

import { PySyntaxError, type SyntaxErrorKind } from '../../errors/syntax-error.js';
import type { Token } from '../../tokenizer/lexer.js';
import type { Parser, Span } from '../parser-state.js';

/**
 * Builds the error from 1-based byte columns (RAISE_ERROR_KNOWN_LOCATION's view).
 * An end column of 0 or -1 means "unknown" and is kept as it is.
 */
export function syntaxErrorAt(
  p: Parser, kind: SyntaxErrorKind, msg: string,
  lineno: number, byteCol1: number, endLineno: number, endByteCol1: number,
): PySyntaxError {
  if (p.fstring) {
    // An f-string replacement field's sub-parser: pegen prefixes the message and
    // takes the field's starting column back out of both columns.
    msg = 'f-string: ' + msg;
    byteCol1 -= p.lexer.startColOffset;
    endByteCol1 -= p.lexer.startColOffset;
  }
  const text = p.lexer.errorLineText(lineno);
  // pegen converts to characters only when its tokenizer knows the encoding.
  const convert = text !== null && !p.byteOffsets;
  const offset = convert ? byteToCharOffset(text, byteCol1) : byteCol1;
  const endOffset = convert && endByteCol1 > 0 ? byteToCharOffset(text, endByteCol1) : endByteCol1;
  return new PySyntaxError(kind, msg, lineno, offset, text, endLineno, endOffset, p.filename);
}

/**
 * _PyPegen_byte_offset_to_character_offset: how many characters the first
 * `byteCol1` bytes of `line` decode to, a cut character counting as one and
 * the column clamped to one past the line's end.
 */
export function byteToCharOffset(line: string, byteCol1: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteCol1; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    chars++;
  }
  // Past the end of the line C reads the terminating NUL: one more character, at most.
  return bytes < byteCol1 ? chars + 1 : chars;
}

/** RAISE_SYNTAX_ERROR_KNOWN_LOCATION: spans `a`. */
export function raiseKnownLocation(p: Parser, msg: string, a: Span, kind: SyntaxErrorKind = 'SyntaxError'): never {
  throw syntaxErrorAt(p, kind, msg, a.lineno, a.col_offset + 1, a.end_lineno, a.end_col_offset + 1);
}

/** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of `a` to the end of `b`. */
export function raiseKnownRange(p: Parser, msg: string, a: Span, b: Span): never {
  throw syntaxErrorAt(p, 'SyntaxError', msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
}

/** RAISE_SYNTAX_ERROR_STARTING_FROM: from the start of `a` to the tokenizer's cursor. */
export function raiseStartingFrom(p: Parser, msg: string, a: Span): never {
  const cur = tokenizerCursor(p);
  throw syntaxErrorAt(p, 'SyntaxError', msg, a.lineno, a.col_offset + 1, cur.lineno, cur.byteCol);
}

/** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched from the lexer. */
export function raiseAtLastToken(p: Parser, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
  throw errorAtToken(p, p.furthestTok(), msg, kind);
}

/** An error located at token `t` as _PyPegen_raise_error locates it. */
export function errorAtToken(p: Parser, t: Token, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
  if (t.col_offset < 0) {
    // INDENT/DEDENT/ENDMARKER have no column (-1): CPython takes the tokenizer's
    // cursor, without the +1, on the token's line, and no end column.
    return syntaxErrorAt(p, kind, msg, t.lineno, p.lexer.cursorCol(), t.end_lineno, -1);
  }
  return syntaxErrorAt(p, kind, msg, t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1);
}

/**
 * Where CPython's tokenizer cursor (`tok->cur`) stands: right after the last
 * token fetched, since the lexer is only ever advanced by the parser's fetches.
 */
export function tokenizerCursor(p: Parser): { lineno: number; byteCol: number } {
  return { lineno: p.lexer.lineno, byteCol: p.lexer.cursorCol() };
}
