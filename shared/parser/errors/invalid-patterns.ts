// The `invalid_*` rules of match statements: a missing ':' or indented block
// after `match`/`case`, `as _` and other bad capture targets, and positional
// patterns after keyword patterns in a class pattern.
//
// Hooks called by patterns.ts on the second pass, transcribed from
// Grammar/python.gram; each throws its PySyntaxError or returns.

import type { Expr, Pattern } from '../../ast/nodes.js';
import type { Token } from '../../tokenizer/lexer.js';
import { Tok } from '../../tokenizer/tokens.js';
import { expression, namedExpression, starNamedExpression } from '../expressions.js';
import type { Parser } from '../parser-state.js';
import { pattern, patterns } from '../patterns.js';
import { message } from './messages.js';
import { gather, hook, indexOfToken, isWordToken, keyword, opt } from './pass-state.js';
import { raiseAtLastToken, raiseKnownLocation, raiseKnownRange } from './raise.js';

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE
//     | a="match" subject=subject_expr ':' NEWLINE !INDENT
/** Runs from the `match` token `start` (tried after the valid alternative failed). */
export function invalidMatchStmt(p: Parser, start: Token, _subject?: Expr | null): void {
  const i = indexOfToken(p, start);
  if (i < 0) return;
  const saved = p.pos;
  p.pos = i;
  try {
    hook(p, 'match', (p) => {
      keyword(p, 'match');
      const m = p.pos;
      if (opt(p, subjectExpr) !== null && p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
      p.pos = m;
      subjectExpr(p);
      p.expect(Tok.COLON);
      p.expect(Tok.NEWLINE);
      if (p.at(Tok.INDENT)) p.fail();
      raiseAtLastToken(p, message('blockAfterStatement', 'match', start.lineno), 'IndentationError');
    });
  } finally {
    p.pos = saved;
  }
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
function subjectExpr(p: Parser): void {
  const m = p.pos;
  if (opt(p, starNamedExpression) !== null && p.accept(Tok.COMMA) !== null) {
    opt(p, (p) => {
      gather(p, starNamedExpression);
      p.accept(Tok.COMMA);
    });
    return;
  }
  p.pos = m;
  namedExpression(p);
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE
//     | a="case" patterns guard? ':' NEWLINE !INDENT
/** At `case`. */
export function invalidCaseBlock(p: Parser): void {
  hook(p, 'case', (p) => {
    const kw = keyword(p, 'case');
    patterns(p);
    // guard: 'if' named_expression
    if (isWordToken(p.peek(), 'if')) {
      const m = p.pos;
      p.pos++;
      if (opt(p, namedExpression) === null) p.pos = m;
    }
    if (p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
    p.expect(Tok.COLON);
    p.expect(Tok.NEWLINE);
    if (p.at(Tok.INDENT)) p.fail();
    raiseAtLastToken(p, message('blockAfterStatement', 'case', kw.lineno), 'IndentationError');
  });
}

// invalid_as_pattern:
//     | or_pattern 'as' a="_"
//     | or_pattern 'as' !NAME a=expression
/** Called just after the 'as' of an as-pattern. */
export function invalidAsPattern(p: Parser, _inner?: Pattern): void {
  hook(p, 'as_pattern', (p) => {
    const t = p.peek();
    if (t.type === Tok.NAME && t.string === '_') raiseKnownLocation(p, message('underscoreTarget'), t);
    if (t.type === Tok.NAME && p.atName()) p.fail();
    const a = expression(p);
    raiseKnownLocation(p, message('invalidPatternTarget'), a);
  });
}

// invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern
// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns
/** Called at a positional pattern that follows keyword patterns. */
export function invalidClassPattern(p: Parser, _cls?: Expr): void {
  hook(p, 'class_pattern', (p) => {
    // positional_patterns: ','.pattern+
    const first = p.peek();
    gather(p, pattern);
    raiseKnownRange(p, message('positionalPatternsAfterKeyword'), first, p.lastTok());
  });
}
