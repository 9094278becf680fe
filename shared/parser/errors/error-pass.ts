// The two-pass error strategy of CPython's parser (pegen.c _PyPegen_run_parser,
// pegen_errors.c _Pypegen_set_syntax_error), around any start rule.
//
// The first pass parses with the `invalid_*` rules switched off, so valid code
// pays nothing for error reporting. If it fails, the parser rewinds and parses
// again with `callInvalidRules` set; the first `invalid_*` rule that matches
// throws its targeted PySyntaxError. If none does, the error is generic and is
// placed with what the FIRST pass saw: "unexpected indent"/"unexpected unindent"
// when its last token was an INDENT/DEDENT, otherwise "invalid syntax" at that
// token. Tokenizer errors win: one met during a pass ends the parse as it is,
// and after a parser error the rest of the input is tokenized so that a later
// tokenizer error (or an unclosed bracket opened before the error's line)
// replaces it, as _PyPegen_tokenize_full_source_to_check_for_errors does.

import { PySyntaxError } from '../../errors/syntax-error.js';
import type { Token } from '../../tokenizer/lexer.js';
import { Tok } from '../../tokenizer/tokens.js';
import { FAIL, type Parser } from '../parser-state.js';
import { message } from './messages.js';
import { errorAtToken, syntaxErrorAt } from './raise.js';

/**
 * Runs `rule` over the whole input the way _PyPegen_run_parser does: returns its
 * result, or throws the PySyntaxError CPython would raise.
 */
export function runParser<T>(p: Parser, rule: (p: Parser) => T): T {
  const start = p.mark();
  const level = p.level;
  try {
    return rule(p);
  } catch (e) {
    // A SyntaxError raised on the first pass (a tokenizer error, or an action's
    // own check such as a forced "expected ':'") ends the parse: CPython's second
    // pass returns at once because the error indicator is already set.
    if (e instanceof PySyntaxError) throw settle(p, e);
    if (e !== FAIL) throw e;
  }
  const lastToken = p.furthestTok();
  p.reset(start);
  p.level = level;
  p.callInvalidRules = true;
  try {
    rule(p);
  } catch (e) {
    if (e instanceof PySyntaxError) throw settle(p, e);
    if (e !== FAIL) throw e;
  } finally {
    p.callInvalidRules = false;
  }
  const generic = genericError(p, lastToken);
  // The indentation errors are final; only "invalid syntax" looks ahead for tokenizer errors.
  throw generic.kind === 'IndentationError' ? generic : settle(p, generic);
}

/** The error when no `invalid_*` rule matched (_Pypegen_set_syntax_error's generic cases). */
function genericError(p: Parser, lastToken: Token): PySyntaxError {
  // Both indentation messages are placed at the last token fetched by either pass.
  if (lastToken.type === Tok.INDENT) {
    return errorAtToken(p, p.furthestTok(), message('unexpectedIndent'), 'IndentationError');
  }
  if (lastToken.type === Tok.DEDENT) {
    return errorAtToken(p, p.furthestTok(), message('unexpectedUnindent'), 'IndentationError');
  }
  // The first pass's furthest token, so that the second pass reaching further
  // while trying its rules does not move a generic error. This one is placed
  // with the token's own columns, so a column-less ENDMARKER gives offsets 0.
  const t = lastToken;
  return syntaxErrorAt(p, 'SyntaxError', message('invalidSyntax'), t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1);
}

/**
 * The error to report once `e` is known: a tokenizer error stands; after a
 * parser error the rest of the input is tokenized, and an error the tokenizer
 * raises there (or a bracket left open since before the error's line) wins.
 * CPython only looks ahead while the tokenizer is still in its normal state.
 */
function settle(p: Parser, e: PySyntaxError): PySyntaxError {
  if (p.lexer.done !== 'ok') return e;
  return p.lexer.checkRestForErrors(p.furthestTok().lineno) ?? e;
}
