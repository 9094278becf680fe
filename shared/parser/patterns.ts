// The `match` statement (PEP 634) and its patterns.
//
// `match` and `case` are soft keywords: statements.ts tries `matchStmt` first
// when a line starts with the name `match`, and falls back to an ordinary simple
// statement when the attempt fails (`match = 1`, `match(x)`). Patterns are their
// own small language: literals become MatchValue/MatchSingleton (negative numbers
// and `real ± imag` complex literals included), bare names capture, `_` is the
// wildcard, dotted names are value patterns, and `[...]`, `(...)`, `{...}` and
// `Cls(...)` build sequences, mappings and class patterns; `|` and `as` combine
// them. As in the PEG grammar, alternatives are ordered and committed: once
// `_` matched as a wildcard it is never reconsidered as `_.x` or `_(...)`.
// Each rule's `invalid_*` counterpart is a named hook that runs on the second
// pass only.

import type { Expr, MatchCase, Pattern, Stmt } from '../ast/nodes.js';
import { PyComplex } from '../ast/nodes.js';
import { Tok } from '../tokenizer/tokens.js';
import type { Token } from '../tokenizer/lexer.js';
import type { Parser, Span } from './parser-state.js';
import { atom, namedExpression, starNamedExpression, startsStarExpression } from './expressions.js';
import { block } from './statements.js';
import { BLOCK_COST, STATEMENT_COST } from './nesting.js';
import { invalidAsPattern, invalidCaseBlock, invalidClassPattern, invalidMatchStmt } from './errors/invalid-patterns.js'; // H8

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
export function matchStmt(p: Parser): Stmt {
  const start = p.expectKeyword('match');
  p.nest(STATEMENT_COST.matchSubject);
  const subject = subjectExpr(p);
  p.level -= STATEMENT_COST.matchSubject;
  if (p.accept(Tok.COLON) === null) {
    if (p.callInvalidRules) invalidMatchStmt(p, start, subject);
    p.fail();
  }
  if (p.callInvalidRules && !(p.at(Tok.NEWLINE) && p.peekAt(1).type === Tok.INDENT)) {
    invalidMatchStmt(p, start, subject); // H8: the missing indented block
  }
  p.expect(Tok.NEWLINE);
  p.expect(Tok.INDENT);
  const cases: MatchCase[] = [caseBlock(p)];
  while (p.atKeyword('case')) cases.push(caseBlock(p));
  p.expect(Tok.DEDENT);
  const e = p.lastTok();
  return {
    _type: 'Match', subject, cases,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// subject_expr:
//     | star_named_expression ',' star_named_expressions?
//     | named_expression
function subjectExpr(p: Parser): Expr {
  const first = p.peek();
  // star_named_expression is named_expression unless it starts with '*', so one parse serves both.
  const head = starNamedExpression(p);
  if (!p.at(Tok.COMMA)) {
    if (head._type === 'Starred') p.fail();
    return head;
  }
  p.advance();
  const elts: Expr[] = [head];
  // star_named_expressions: ','.star_named_expression+ [',']
  while (startsStarExpression(p.peek())) {
    elts.push(starNamedExpression(p));
    if (p.accept(Tok.COMMA) === null) break;
  }
  return tupleOf(p, elts, first);
}

function tupleOf(p: Parser, elts: Expr[], first: Span): Expr {
  const e = p.lastTok();
  return {
    _type: 'Tuple', elts, ctx: 'Load',
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// case_block:
//     | invalid_case_block
//     | "case" patterns guard? ':' block
function caseBlock(p: Parser): MatchCase {
  if (p.callInvalidRules) invalidCaseBlock(p);
  p.expectKeyword('case');
  const pattern = patterns(p);
  // guard: 'if' named_expression
  const guard = p.acceptKeyword('if') !== null ? namedExpression(p) : null;
  p.expect(Tok.COLON);
  const body = block(p, BLOCK_COST.case);
  return { _type: 'match_case', pattern, guard, body };
}

// patterns:
//     | open_sequence_pattern
//     | pattern
export function patterns(p: Parser): Pattern {
  const first = p.peek();
  const head = maybeStarPattern(p);
  if (!p.at(Tok.COMMA)) {
    if (head._type === 'MatchStar') p.fail(); // a lone star pattern is not a pattern
    return head;
  }
  // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
  p.advance();
  const items = [head];
  if (!p.at(Tok.COLON) && !p.atKeyword('if')) maybeSequencePattern(p, items);
  return sequence(p, items, first);
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
/** Appends the patterns of a comma list to `items`, stopping before a token no pattern starts with. */
function maybeSequencePattern(p: Parser, items: Pattern[]): void {
  items.push(maybeStarPattern(p));
  while (p.accept(Tok.COMMA) !== null) {
    if (!startsPattern(p)) return;
    items.push(maybeStarPattern(p));
  }
}

/** First-token test for a pattern: tells a trailing comma from a separator. */
function startsPattern(p: Parser): boolean {
  const tok = p.peek();
  switch (tok.type) {
    case Tok.NAME:
      return tok.string !== 'if';
    case Tok.NUMBER: case Tok.STRING: case Tok.MINUS: case Tok.STAR:
    case Tok.LPAR: case Tok.LSQB: case Tok.LBRACE:
      return true;
    default:
      return false;
  }
}

// maybe_star_pattern: star_pattern | pattern
function maybeStarPattern(p: Parser): Pattern {
  return p.at(Tok.STAR) ? starPattern(p) : pattern(p);
}

// star_pattern:
//     | '*' pattern_capture_target
//     | '*' wildcard_pattern
function starPattern(p: Parser): Pattern {
  const star = p.expect(Tok.STAR);
  const name = p.expectName();
  const id = p.identifier(name);
  if (id !== '_') checkCaptureTarget(p);
  return {
    _type: 'MatchStar', name: id === '_' ? null : id,
    lineno: star.lineno, col_offset: star.col_offset, end_lineno: name.end_lineno, end_col_offset: name.end_col_offset,
  };
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
export function pattern(p: Parser): Pattern {
  const first = p.peek();
  const inner = orPattern(p);
  if (!p.atKeyword('as')) return inner;
  const m = p.mark();
  p.advance();
  if (p.callInvalidRules) invalidAsPattern(p, inner);
  const target = p.atName() ? p.advance() : null;
  if (target === null || target.string === '_' || !captureFollowOk(p)) {
    p.reset(m); // as_pattern fails; or_pattern alone is the answer and the caller chokes on 'as'
    return inner;
  }
  return {
    _type: 'MatchAs', pattern: inner, name: p.identifier(target),
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: target.end_lineno, end_col_offset: target.end_col_offset,
  };
}

// or_pattern: '|'.closed_pattern+
function orPattern(p: Parser): Pattern {
  const first = p.peek();
  const head = closedPattern(p);
  if (!p.at(Tok.VBAR)) return head;
  const alts = [head];
  while (p.accept(Tok.VBAR) !== null) alts.push(closedPattern(p));
  const e = p.lastTok();
  return {
    _type: 'MatchOr', patterns: alts,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// closed_pattern:
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
function closedPattern(p: Parser): Pattern {
  const tok = p.peek();
  switch (tok.type) {
    case Tok.NUMBER: case Tok.MINUS: case Tok.STRING:
      return literalPattern(p);
    case Tok.LPAR:
      return groupOrSequencePattern(p);
    case Tok.LSQB:
      return bracketSequencePattern(p);
    case Tok.LBRACE:
      return mappingPattern(p);
    case Tok.NAME:
      return namePattern(p, tok);
    default:
      return p.fail();
  }
}

/** Singletons by keyword: literal_pattern's 'None' | 'True' | 'False'. */
const SINGLETONS: ReadonlyMap<string, null | boolean> = new Map([['None', null], ['True', true], ['False', false]]);

/** The closed patterns that start with a NAME: singleton, capture, wildcard, value, class. */
function namePattern(p: Parser, tok: Token): Pattern {
  const singleton = SINGLETONS.get(tok.string);
  if (singleton !== undefined) {
    p.advance();
    return {
      _type: 'MatchSingleton', value: singleton,
      lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset,
    };
  }
  const next = p.peekAt(1).type;
  if (next !== Tok.DOT && next !== Tok.LPAR && next !== Tok.EQUAL) {
    // capture_pattern: pattern_capture_target  |  wildcard_pattern: "_"
    p.expectName();
    const id = p.identifier(tok);
    return {
      _type: 'MatchAs', pattern: null, name: id === '_' ? null : id,
      lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset,
    };
  }
  if (tok.string === '_') {
    p.advance(); // wildcard_pattern wins before value_pattern and class_pattern are tried
    return {
      _type: 'MatchAs', pattern: null, name: null,
      lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset,
    };
  }
  const cls = nameOrAttr(p);
  if (p.at(Tok.LPAR)) return classPattern(p, cls);
  // value_pattern: attr !('.' | '(' | '=')
  if (cls._type !== 'Attribute' || p.at(Tok.EQUAL)) p.fail();
  const e = p.lastTok();
  return {
    _type: 'MatchValue', value: cls,
    lineno: cls.lineno, col_offset: cls.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
/** The lookahead half of pattern_capture_target, checked after the NAME was consumed. */
function captureFollowOk(p: Parser): boolean {
  const t = p.peek().type;
  return t !== Tok.DOT && t !== Tok.LPAR && t !== Tok.EQUAL;
}

function checkCaptureTarget(p: Parser): void {
  if (!captureFollowOk(p)) p.fail();
}

// name_or_attr: attr | NAME        attr: name_or_attr '.' NAME
function nameOrAttr(p: Parser): Expr {
  const tok = p.expectName();
  let node: Expr = {
    _type: 'Name', id: p.identifier(tok), ctx: 'Load',
    lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset,
  };
  while (p.accept(Tok.DOT) !== null) {
    const attr = p.expectName();
    node = {
      _type: 'Attribute', value: node, attr: p.identifier(attr), ctx: 'Load',
      lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: attr.end_lineno, end_col_offset: attr.end_col_offset,
    };
  }
  return node;
}

// literal_pattern:
//     | signed_number !('+' | '-') | complex_number | strings
function literalPattern(p: Parser): Pattern {
  const value = literalExpr(p);
  const e = p.lastTok();
  return {
    _type: 'MatchValue', value,
    lineno: value.lineno, col_offset: value.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
// (the keyword constants are handled by the callers: patterns make MatchSingleton of them)
function literalExpr(p: Parser): Expr {
  if (p.at(Tok.STRING)) return atom(p);
  const num = signedNumber(p);
  const t = p.peek().type;
  if (t !== Tok.PLUS && t !== Tok.MINUS) return num;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  const opTok = p.advance();
  ensureNumber(p, num, false);
  const imag = numberAtom(p);
  ensureNumber(p, imag, true);
  const e = p.lastTok();
  return {
    _type: 'BinOp', left: num, op: opTok.type === Tok.PLUS ? 'Add' : 'Sub', right: imag,
    lineno: num.lineno, col_offset: num.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// signed_number: NUMBER | '-' NUMBER
function signedNumber(p: Parser): Expr {
  const minus = p.accept(Tok.MINUS);
  const num = numberAtom(p);
  if (minus === null) return num;
  return {
    _type: 'UnaryOp', op: 'USub', operand: num,
    lineno: minus.lineno, col_offset: minus.col_offset, end_lineno: num.end_lineno, end_col_offset: num.end_col_offset,
  };
}

function numberAtom(p: Parser): Expr {
  if (!p.at(Tok.NUMBER)) p.fail();
  return atom(p);
}

/**
 * real_number / imaginary_number: CPython's _PyPegen_ensure_real/_imaginary, which
 * raise at once (first pass) when a complex literal's part has the wrong kind.
 */
function ensureNumber(p: Parser, node: Expr, imaginary: boolean): void {
  const c = node._type === 'UnaryOp' ? node.operand : node;
  if (c._type !== 'Constant') return p.fail();
  if ((c.value instanceof PyComplex) !== imaginary) {
    p.raiseAt(`${imaginary ? 'imaginary' : 'real'} number required in complex literal`, c, c);
  }
}

// group_pattern: '(' pattern ')'
// sequence_pattern: '(' open_sequence_pattern? ')'
function groupOrSequencePattern(p: Parser): Pattern {
  const open = p.expect(Tok.LPAR);
  if (p.accept(Tok.RPAR) !== null) return sequence(p, [], open);
  const head = maybeStarPattern(p);
  if (head._type !== 'MatchStar' && p.accept(Tok.RPAR) !== null) return head;
  p.expect(Tok.COMMA);
  const items = [head];
  if (!p.at(Tok.RPAR)) maybeSequencePattern(p, items);
  p.expect(Tok.RPAR);
  return sequence(p, items, open);
}

// sequence_pattern: '[' maybe_sequence_pattern? ']'
function bracketSequencePattern(p: Parser): Pattern {
  const open = p.expect(Tok.LSQB);
  const items: Pattern[] = [];
  if (!p.at(Tok.RSQB)) maybeSequencePattern(p, items);
  p.expect(Tok.RSQB);
  return sequence(p, items, open);
}

function sequence(p: Parser, items: Pattern[], first: Span): Pattern {
  const e = p.lastTok();
  return {
    _type: 'MatchSequence', patterns: items,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// mapping_pattern:
//     | '{' '}'
//     | '{' double_star_pattern ','? '}'
//     | '{' items_pattern ',' double_star_pattern ','? '}'
//     | '{' items_pattern ','? '}'
function mappingPattern(p: Parser): Pattern {
  const open = p.expect(Tok.LBRACE);
  const keys: Expr[] = [];
  const values: Pattern[] = [];
  let rest: string | null = null;
  while (!p.at(Tok.RBRACE)) {
    if (p.at(Tok.DOUBLESTAR)) {
      rest = doubleStarPattern(p);
      p.accept(Tok.COMMA);
      break;
    }
    // key_value_pattern: (literal_expr | attr) ':' pattern
    keys.push(mappingKey(p));
    p.expect(Tok.COLON);
    values.push(pattern(p));
    if (p.accept(Tok.COMMA) === null) break;
  }
  p.expect(Tok.RBRACE);
  const e = p.lastTok();
  return {
    _type: 'MatchMapping', keys, patterns: values, rest,
    lineno: open.lineno, col_offset: open.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// double_star_pattern: '**' pattern_capture_target
function doubleStarPattern(p: Parser): string {
  p.expect(Tok.DOUBLESTAR);
  const name = p.expectName();
  if (name.string === '_') p.fail();
  checkCaptureTarget(p);
  return p.identifier(name);
}

/** A mapping key: literal_expr (keyword constants included) or a dotted attr. */
function mappingKey(p: Parser): Expr {
  const tok = p.peek();
  if (tok.type !== Tok.NAME) return literalExpr(p);
  const singleton = SINGLETONS.get(tok.string);
  if (singleton !== undefined) {
    p.advance();
    return {
      _type: 'Constant', value: singleton, kind: null,
      lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset,
    };
  }
  const key = nameOrAttr(p);
  if (key._type !== 'Attribute') p.fail();
  return key;
}

// class_pattern:
//     | name_or_attr '(' ')'
//     | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
function classPattern(p: Parser, cls: Expr): Pattern {
  p.expect(Tok.LPAR);
  const positional: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  while (!p.at(Tok.RPAR)) {
    const tok = p.peek();
    if (tok.type === Tok.NAME && p.peekAt(1).type === Tok.EQUAL) {
      // keyword_pattern: NAME '=' pattern
      p.expectName();
      p.advance();
      kwdAttrs.push(p.identifier(tok));
      kwdPatterns.push(pattern(p));
    } else {
      if (kwdAttrs.length > 0) {
        if (p.callInvalidRules) invalidClassPattern(p, cls);
        p.fail();
      }
      positional.push(pattern(p));
    }
    if (p.accept(Tok.COMMA) === null) break;
  }
  p.expect(Tok.RPAR);
  const e = p.lastTok();
  return {
    _type: 'MatchClass', cls, patterns: positional, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns,
    lineno: cls.lineno, col_offset: cls.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

