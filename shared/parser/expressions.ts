// Expressions of Python 3.11, from `expression` down to `atom`, as CPython builds them.
//
// Each exported function is named after the grammar rule it implements
// (Grammar/python.gram) and carries that rule as a comment. Where the PEG grammar
// tries alternatives in order, this parser decides by looking at the next token
// (or the one after), and the six left-recursive binary levels (bitwise_or down
// to term) are one precedence-climbing loop driven by a table. Positions follow
// pegen's EXTRA: a node starts at the first token of its rule (so `(a) + b`
// starts at the '(') and ends at the last token consumed (`p.lastTok()`), not at
// its last child. Failures throw FAIL (see parser-state.ts); `invalid_*` rules
// are hooks that run on the second pass only.

import type { Arguments, Comprehension, Expr, Keyword, OperatorKind, CmpOpKind, UnaryOpKind, ExprContext } from '../ast/nodes.js';
import { ELLIPSIS, PyComplex, type PyConstant } from '../ast/nodes.js';
import type { Token } from '../tokenizer/lexer.js';
import { KEYWORDS, Tok, TOK_NAME } from '../tokenizer/tokens.js';
import { type Parser, type Span } from './parser-state.js';
import { emptyArguments, lambdaParams } from './parameters.js';
import { concatenateStrings } from './strings.js';
import { starTargets } from './targets.js';
import { syntaxErrorAt } from './errors/raise.js';
import { LEVEL_COST } from './nesting.js';
import {
  invalidArguments, invalidBraceContents, invalidExpression, invalidForTarget, invalidGroupOrComprehension,
  invalidKwarg, invalidNamedExpression,
} from './errors/invalid-expressions.js';

// ---------------------------------------------------------------------------
// Operator tables, indexed by token type.

const TOKEN_COUNT = TOK_NAME.length;

/** [token, operator, precedence]: 1 is bitwise_or (loosest) … 6 is term (tightest). */
const BINARY_OPERATORS: readonly (readonly [number, OperatorKind, number])[] = [
  [Tok.VBAR, 'BitOr', 1],
  [Tok.CIRCUMFLEX, 'BitXor', 2],
  [Tok.AMPER, 'BitAnd', 3],
  [Tok.LEFTSHIFT, 'LShift', 4],
  [Tok.RIGHTSHIFT, 'RShift', 4],
  [Tok.PLUS, 'Add', 5],
  [Tok.MINUS, 'Sub', 5],
  [Tok.STAR, 'Mult', 6],
  [Tok.SLASH, 'Div', 6],
  [Tok.DOUBLESLASH, 'FloorDiv', 6],
  [Tok.PERCENT, 'Mod', 6],
  [Tok.AT, 'MatMult', 6],
];

/** Precedence of a binary operator token; 0 for every other token. */
const BINARY_PREC = new Int8Array(TOKEN_COUNT);
const BINARY_OP: (OperatorKind | undefined)[] = new Array(TOKEN_COUNT).fill(undefined);
for (const [tok, op, prec] of BINARY_OPERATORS) {
  BINARY_PREC[tok] = prec;
  BINARY_OP[tok] = op;
}

/** factor: '+' factor | '-' factor | '~' factor */
const UNARY_OP: (UnaryOpKind | undefined)[] = new Array(TOKEN_COUNT).fill(undefined);
UNARY_OP[Tok.PLUS] = 'UAdd';
UNARY_OP[Tok.MINUS] = 'USub';
UNARY_OP[Tok.TILDE] = 'Invert';

/** Comparison operators spelled by one operator token ('in', 'is', 'not in', 'is not' are words). */
const COMPARE_OP: (CmpOpKind | undefined)[] = new Array(TOKEN_COUNT).fill(undefined);
COMPARE_OP[Tok.EQEQUAL] = 'Eq';
COMPARE_OP[Tok.NOTEQUAL] = 'NotEq';
COMPARE_OP[Tok.LESSEQUAL] = 'LtE';
COMPARE_OP[Tok.LESS] = 'Lt';
COMPARE_OP[Tok.GREATEREQUAL] = 'GtE';
COMPARE_OP[Tok.GREATER] = 'Gt';

/** Token types that can begin an expression (NAME only when not a hard keyword, or one of EXPR_KEYWORDS). */
const EXPR_START = new Uint8Array(TOKEN_COUNT);
for (const t of [Tok.NAME, Tok.NUMBER, Tok.STRING, Tok.LPAR, Tok.LSQB, Tok.LBRACE, Tok.MINUS, Tok.PLUS, Tok.TILDE,
  Tok.ELLIPSIS, Tok.AWAIT]) {
  EXPR_START[t] = 1;
}
/**
 * Tokens that cannot continue an expression after an operand (no operator,
 * trailer or keyword among them): seeing one after a NAME or NUMBER means the
 * operand is the whole expression.
 */
const ENDS_OPERAND = new Uint8Array(TOKEN_COUNT);
for (const t of [Tok.COMMA, Tok.RPAR, Tok.RSQB, Tok.RBRACE, Tok.COLON, Tok.EQUAL, Tok.NEWLINE, Tok.SEMI]) {
  ENDS_OPERAND[t] = 1;
}

/** A NUMBER or a NAME that is not a keyword: the operands `expression` takes a fast path for. */
function isOperandToken(tok: Token): boolean {
  return tok.type === Tok.NUMBER || (tok.type === Tok.NAME && !KEYWORDS.has(tok.string));
}

/** The hard keywords that can begin an expression. */
const EXPR_KEYWORDS: ReadonlySet<string> = new Set(['True', 'False', 'None', 'not', 'lambda', 'await']);

/** True when `tok` can begin an `expression`. */
export function startsExpression(tok: Token): boolean {
  if (EXPR_START[tok.type] === 0) return false;
  return tok.type !== Tok.NAME || !KEYWORDS.has(tok.string) || EXPR_KEYWORDS.has(tok.string);
}

/** True when `tok` can begin a `star_expression` (an expression or '*'). */
export function startsStarExpression(tok: Token): boolean {
  return tok.type === Tok.STAR || startsExpression(tok);
}

/**
 * True when the next two tokens are a NAME that is not a hard keyword and a
 * token of type `next`. A keyword is rejected before the token after it is
 * fetched, as pegen's NAME does: how far the parser has fetched decides where
 * a generic "invalid syntax" points.
 */
export function atNameThen(p: Parser, next: number): boolean {
  const tok = p.peek();
  return tok.type === Tok.NAME && !KEYWORDS.has(tok.string) && p.peekAt(1).type === next;
}

/** True when `tok` is the word `word` (keywords may also come as ASYNC/AWAIT tokens). */
export function isWord(tok: Token, word: string): boolean {
  return tok.string === word && (tok.type === Tok.NAME || tok.type === Tok.AWAIT || tok.type === Tok.ASYNC);
}

// ---------------------------------------------------------------------------
// Node builders: fields in nodes.ts order, then the four positions, so every
// node of a kind has one hidden class.

export function nameNode(p: Parser, tok: Token, ctx: ExprContext): Expr {
  return {
    _type: 'Name', id: p.identifier(tok), ctx,
    lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset,
  };
}

export function constantNode(value: PyConstant, s: Span, e: Span): Expr {
  return {
    _type: 'Constant', value, kind: null,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

export function tupleNode(elts: Expr[], ctx: ExprContext, s: Span, e: Span): Expr {
  return {
    _type: 'Tuple', elts, ctx,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

export function starredNode(value: Expr, ctx: ExprContext, s: Span, e: Span): Expr {
  return {
    _type: 'Starred', value, ctx,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

function binOpNode(left: Expr, op: OperatorKind, right: Expr, s: Span, e: Span): Expr {
  return {
    _type: 'BinOp', left, op, right,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

function unaryOpNode(op: UnaryOpKind, operand: Expr, s: Span, e: Span): Expr {
  return {
    _type: 'UnaryOp', op, operand,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

function keywordNode(arg: string | null, value: Expr, s: Span, e: Span): Keyword {
  return {
    _type: 'keyword', arg, value,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// ---------------------------------------------------------------------------
// Tuples of expressions.

// expressions: expression (',' expression)+ [','] | expression ',' | expression
export function expressions(p: Parser): Expr {
  const start = p.peek();
  const first = expression(p);
  if (!p.at(Tok.COMMA)) return first;
  const elts = [first];
  p.nest(LEVEL_COST.starExpressionsLater);
  while (p.accept(Tok.COMMA) !== null && startsExpression(p.peek())) elts.push(expression(p));
  p.level -= LEVEL_COST.starExpressionsLater;
  return tupleNode(elts, 'Load', start, p.lastTok());
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
export function starExpressions(p: Parser): Expr {
  const start = p.peek();
  const first = starExpression(p);
  if (!p.at(Tok.COMMA)) return first;
  const elts = [first];
  p.nest(LEVEL_COST.starExpressionsLater);
  while (p.accept(Tok.COMMA) !== null && startsStarExpression(p.peek())) elts.push(starExpression(p));
  p.level -= LEVEL_COST.starExpressionsLater;
  return tupleNode(elts, 'Load', start, p.lastTok());
}

// star_expression: '*' bitwise_or | expression
export function starExpression(p: Parser): Expr {
  const tok = p.peek();
  if (tok.type !== Tok.STAR) return expression(p);
  p.pos++;
  p.level += LEVEL_COST.starExpression;
  const value = bitwiseOr(p);
  p.level -= LEVEL_COST.starExpression;
  return starredNode(value, 'Load', tok, p.lastTok());
}

// star_named_expressions: ','.star_named_expression+ [',']   (stops before `close`)
// pegen reads the elements after the first `laterFrames` deeper (the gather's loop).
export function starNamedExpressions(p: Parser, close: number, laterFrames = 0): Expr[] {
  const elts = [starNamedExpression(p)];
  p.level += laterFrames;
  while (p.accept(Tok.COMMA) !== null && !p.at(close)) elts.push(starNamedExpression(p));
  p.level -= laterFrames;
  return elts;
}

// star_named_expression: '*' bitwise_or | named_expression
export function starNamedExpression(p: Parser): Expr {
  const tok = p.peek();
  if (tok.type !== Tok.STAR) return namedExpression(p);
  p.pos++;
  p.level += LEVEL_COST.starElement;
  const value = bitwiseOr(p);
  p.level -= LEVEL_COST.starElement;
  return starredNode(value, 'Load', tok, p.lastTok());
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
export function namedExpression(p: Parser): Expr {
  if (atNameThen(p, Tok.COLONEQUAL)) return assignmentExpression(p);
  if (p.callInvalidRules) invalidNamedExpression(p);
  const e = expression(p);
  if (p.at(Tok.COLONEQUAL)) p.fail();
  return e;
}

// assignment_expression: NAME ':=' ~ expression
export function assignmentExpression(p: Parser): Expr {
  const name = p.expectName();
  p.expect(Tok.COLONEQUAL);
  const target = nameNode(p, name, 'Store');
  const value = expression(p);
  const e = p.lastTok();
  return {
    _type: 'NamedExpr', target, value,
    lineno: name.lineno, col_offset: name.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/** `assignment_expression | expression !':='`: a genexp element or a positional argument. */
function namedOrPlainExpression(p: Parser): Expr {
  if (atNameThen(p, Tok.COLONEQUAL)) return assignmentExpression(p);
  const e = expression(p);
  if (p.at(Tok.COLONEQUAL)) p.fail();
  return e;
}

// ---------------------------------------------------------------------------
// expression, conditional, lambda, yield.

// expression: invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
export function expression(p: Parser): Expr {
  const start = p.peek();
  if (p.callInvalidRules) {
    invalidExpression(p);
  } else if (isOperandToken(start) && ENDS_OPERAND[p.peekAt(1).type] === 1) {
    // Fast path for a lone name or number (most arguments, subscripts, values):
    // the token after it ends every level from disjunction down to primary.
    p.pos++;
    return start.type === Tok.NUMBER ? constantNode(numberValue(p, start), start, start) : nameNode(p, start, 'Load');
  }
  if (isWord(start, 'lambda')) return expressionChain(p, start, null);
  const body = disjunction(p);
  if (!isWord(p.peek(), 'if')) return body;
  return expressionChain(p, start, body);
}

/** One pending link of an expression chain: a lambda's head, or a conditional's body and test. */
interface ChainLink {
  start: Token;
  args: Arguments | null;
  body: Expr | null;
  test: Expr | null;
}

// lambdef: 'lambda' [lambda_params] ':' expression
// and `disjunction 'if' disjunction 'else' expression`.
/**
 * The rest of an expression from `start`, where `body` is the disjunction
 * already read before an 'if' (or null at a 'lambda'). A lambda's body and a
 * conditional's else part are expressions again; such chains (`lambda:
 * lambda: ...`, `a if b else c if d else ...`, and mixes) are read in a loop
 * that keeps the pending links, so they do not deepen the JS stack. pegen
 * nests LEVEL_COST.lambdaBody frames per lambda and LEVEL_COST.ifElse per else.
 */
function expressionChain(p: Parser, start: Token, body: Expr | null): Expr {
  const links: ChainLink[] = [];
  const level = p.level;
  let last: Expr;
  for (;;) {
    if (body === null) {
      p.pos++; // 'lambda'
      const args = p.at(Tok.COLON) ? emptyArguments() : lambdaParams(p);
      p.expect(Tok.COLON);
      p.nest(LEVEL_COST.lambdaBody);
      links.push({ start, args, body: null, test: null });
    } else {
      // Without a matching 'else' the conditional alternative fails and the
      // disjunction alone is the expression (the caller then sees the 'if').
      const m = p.mark();
      p.pos++;
      const test = p.attempt(disjunction);
      if (test === null || !isWord(p.peek(), 'else')) {
        p.reset(m);
        last = body;
        break;
      }
      p.pos++;
      p.nest(LEVEL_COST.ifElse);
      links.push({ start, args: null, body, test });
    }
    // The next link's `expression`.
    start = p.peek();
    if (p.callInvalidRules) invalidExpression(p);
    if (isWord(start, 'lambda')) {
      body = null;
      continue;
    }
    body = disjunction(p);
    if (!isWord(p.peek(), 'if')) {
      last = body;
      break;
    }
  }
  p.level = level;
  return buildChain(links, last, p.lastTok());
}

/** The nodes of an expression chain, innermost first; every one of them ends at `e`. */
function buildChain(links: ChainLink[], innermost: Expr, e: Token): Expr {
  let node = innermost;
  for (let i = links.length - 1; i >= 0; i--) {
    const { start, args, body, test } = links[i];
    node = args !== null
      ? {
        _type: 'Lambda', args, body: node,
        lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
      }
      : {
        _type: 'IfExp', test: test!, body: body!, orelse: node,
        lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
      };
  }
  return node;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
export function yieldExpr(p: Parser): Expr {
  const start = p.advance();
  if (isWord(p.peek(), 'from')) {
    p.pos++;
    p.level += LEVEL_COST.yieldValue;
    const value = expression(p);
    p.level -= LEVEL_COST.yieldValue;
    const e = p.lastTok();
    return {
      _type: 'YieldFrom', value,
      lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
    };
  }
  p.level += LEVEL_COST.yieldValue;
  const value = startsStarExpression(p.peek()) ? starExpressions(p) : null;
  p.level -= LEVEL_COST.yieldValue;
  const e = p.lastTok();
  return {
    _type: 'Yield', value,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// ---------------------------------------------------------------------------
// Boolean operators and comparisons.

// disjunction: conjunction ('or' conjunction)+ | conjunction
export function disjunction(p: Parser): Expr {
  const start = p.peek();
  const first = conjunction(p);
  if (!isWord(p.peek(), 'or')) return first;
  const values = [first];
  p.nest(LEVEL_COST.boolRight);
  while (isWord(p.peek(), 'or')) {
    p.pos++;
    values.push(conjunction(p));
  }
  p.level -= LEVEL_COST.boolRight;
  const e = p.lastTok();
  return {
    _type: 'BoolOp', op: 'Or', values,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// conjunction: inversion ('and' inversion)+ | inversion
export function conjunction(p: Parser): Expr {
  const start = p.peek();
  const first = inversion(p);
  if (!isWord(p.peek(), 'and')) return first;
  const values = [first];
  p.nest(LEVEL_COST.boolRight);
  while (isWord(p.peek(), 'and')) {
    p.pos++;
    values.push(inversion(p));
  }
  p.level -= LEVEL_COST.boolRight;
  const e = p.lastTok();
  return {
    _type: 'BoolOp', op: 'And', values,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// inversion: 'not' inversion | comparison
// A run of 'not's is read in a loop (pegen nests a frame for each: LEVEL_COST.not).
export function inversion(p: Parser): Expr {
  if (!isWord(p.peek(), 'not')) return comparison(p);
  const ops: Token[] = [];
  const level = p.level;
  while (isWord(p.peek(), 'not')) {
    ops.push(p.advance());
    p.nest(LEVEL_COST.not);
  }
  let e = comparison(p);
  p.level = level;
  const end = p.lastTok();
  for (let i = ops.length - 1; i >= 0; i--) e = unaryOpNode('Not', e, ops[i], end);
  return e;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
export function comparison(p: Parser): Expr {
  const start = p.peek();
  const left = bitwiseOr(p);
  let op = compareOp(p);
  if (op === null) return left;
  const ops: CmpOpKind[] = [];
  const comparators: Expr[] = [];
  p.nest(LEVEL_COST.compareRight);
  do {
    ops.push(op);
    comparators.push(bitwiseOr(p));
  } while ((op = compareOp(p)) !== null);
  p.level -= LEVEL_COST.compareRight;
  const e = p.lastTok();
  return {
    _type: 'Compare', left, ops, comparators,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// compare_op_bitwise_or_pair (the operator half): '==' | '!=' | '<=' | '<' | '>=' | '>'
//     | 'not' 'in' | 'in' | 'is' 'not' | 'is'
/** Consumes a comparison operator when one is next. */
function compareOp(p: Parser): CmpOpKind | null {
  const tok = p.peek();
  const op = COMPARE_OP[tok.type];
  if (op !== undefined) {
    // '<>' is NOTEQUAL only under `from __future__ import barry_as_FLUFL`.
    if (tok.type === Tok.NOTEQUAL && tok.string !== '!=') return null;
    p.pos++;
    return op;
  }
  if (tok.type !== Tok.NAME) return null;
  if (tok.string === 'in') {
    p.pos++;
    return 'In';
  }
  if (tok.string === 'is') {
    p.pos++;
    if (!isWord(p.peek(), 'not')) return 'Is';
    p.pos++;
    return 'IsNot';
  }
  if (tok.string === 'not' && isWord(p.peekAt(1), 'in')) {
    p.pos += 2;
    return 'NotIn';
  }
  return null;
}

// ---------------------------------------------------------------------------
// Binary and unary arithmetic.

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and so on down to term)
export function bitwiseOr(p: Parser): Expr {
  return binary(p, 1);
}

// bitwise_xor … term: the left-recursive binary levels, by precedence climbing.
// Every BinOp of a chain starts at the chain's first token.
function binary(p: Parser, minPrec: number): Expr {
  const start = p.peek();
  let left = factor(p);
  for (;;) {
    const t = p.peek().type;
    const prec = BINARY_PREC[t];
    if (prec < minPrec) return left; // also when prec is 0: not a binary operator
    p.pos++;
    const right = binary(p, prec + 1);
    left = binOpNode(left, BINARY_OP[t]!, right, start, p.lastTok());
  }
}

// factor: '+' factor | '-' factor | '~' factor | power
export function factor(p: Parser): Expr {
  if (UNARY_OP[p.peek().type] === undefined) return power(p);
  return unaryRun(p);
}

/** A run of unary operators, read in a loop (pegen nests a factor frame for each: LEVEL_COST.unary). */
function unaryRun(p: Parser): Expr {
  const ops: Token[] = [];
  const level = p.level;
  while (UNARY_OP[p.peek().type] !== undefined) {
    ops.push(p.advance());
    p.nest(LEVEL_COST.unary);
  }
  let e = power(p);
  p.level = level;
  const end = p.lastTok();
  for (let i = ops.length - 1; i >= 0; i--) e = unaryOpNode(UNARY_OP[ops[i].type]!, e, ops[i], end);
  return e;
}

// power: await_primary '**' factor | await_primary
export function power(p: Parser): Expr {
  const start = p.peek();
  const left = awaitPrimary(p, start);
  if (!p.at(Tok.DOUBLESTAR)) return left;
  return powerChain(p, start, left);
}

// await_primary: AWAIT primary | primary
function awaitPrimary(p: Parser, start: Token): Expr {
  if (!isWord(start, 'await')) return primary(p);
  p.pos++;
  const value = primary(p);
  const e = p.lastTok();
  return {
    _type: 'Await', value,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/**
 * `left '**' factor`, where the factor (its unary operators, then a power) is
 * read in a loop: right-associative chains like `a ** -b ** c` do not deepen
 * the JS stack. pegen nests LEVEL_COST.power frames per '**'.
 */
function powerChain(p: Parser, start: Token, left: Expr): Expr {
  const links: { start: Token; left: Expr; ops: Token[] | null }[] = [];
  const level = p.level;
  while (p.at(Tok.DOUBLESTAR)) {
    p.pos++;
    p.nest(LEVEL_COST.power);
    let ops: Token[] | null = null;
    while (UNARY_OP[p.peek().type] !== undefined) {
      (ops ??= []).push(p.advance());
      p.nest(LEVEL_COST.unary);
    }
    links.push({ start, left, ops });
    start = p.peek();
    left = awaitPrimary(p, start);
  }
  p.level = level;
  const end = p.lastTok();
  let right = left;
  for (let i = links.length - 1; i >= 0; i--) {
    const { ops } = links[i];
    if (ops !== null) for (let j = ops.length - 1; j >= 0; j--) right = unaryOpNode(UNARY_OP[ops[j].type]!, right, ops[j], end);
    right = binOpNode(links[i].left, 'Pow', right, links[i].start, end);
  }
  return right;
}

// ---------------------------------------------------------------------------
// Primaries: attribute access, calls, subscripts.

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
export function primary(p: Parser): Expr {
  const start = p.peek();
  // Brackets of a primary that starts a statement are cheaper (LEVEL_COST.statementStartDiscount).
  const discount = p.pos === p.discountPos ? p.discount : 0;
  let e = atom(p);
  for (;;) {
    const t = p.peek().type;
    if (t === Tok.DOT) {
      // `primary '.' NAME` without a NAME fails alone: the primary so far stands (H8).
      const after = p.peekAt(1);
      if (after.type !== Tok.NAME || KEYWORDS.has(after.string)) return e;
      p.pos++;
      const name = p.expectName();
      e = {
        _type: 'Attribute', value: e, attr: p.identifier(name), ctx: 'Load',
        lineno: start.lineno, col_offset: start.col_offset, end_lineno: name.end_lineno, end_col_offset: name.end_col_offset,
      };
    } else if (t === Tok.LPAR) {
      e = call(p, e, start, discount);
    } else if (t === Tok.LSQB) {
      p.pos++;
      p.nest(LEVEL_COST.subscript - discount);
      const slice = slices(p);
      p.level -= LEVEL_COST.subscript - discount;
      const close = p.expect(Tok.RSQB);
      e = {
        _type: 'Subscript', value: e, slice, ctx: 'Load',
        lineno: start.lineno, col_offset: start.col_offset, end_lineno: close.end_lineno, end_col_offset: close.end_col_offset,
      };
    } else {
      return e;
    }
  }
}

// primary genexp | primary '(' [arguments] ')'
// A lone generator expression argument keeps its parentheses as its own position.
// Levels: the first positional argument (or genexp element) is LEVEL_COST.call
// deeper than the primary; a first 'k=', '*' or '**' argument, and every later
// argument, a few frames more (pegen's args/kwargs gathers).
function call(p: Parser, func: Expr, start: Span, discount: number): Expr {
  const open = p.advance();
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  const level = p.level;
  if (!p.at(Tok.RPAR)) {
    if (p.callInvalidRules) invalidArguments(p);
    if (startsPlainArgument(p)) {
      p.nest(LEVEL_COST.call - discount);
      const first = namedOrPlainExpression(p);
      if (atForIfClause(p)) {
        // genexpTail's clauses count from a bracket's outer level (LEVEL_COST.compIter).
        p.level = level + LEVEL_COST.callGenexpIter - LEVEL_COST.compIter - discount;
        const gen = genexpTail(p, first, open);
        p.level = level;
        return callNode(func, [gen], keywords, start, gen);
      }
      args.push(first);
      if (p.at(Tok.EQUAL)) p.fail();
      p.level = level + LEVEL_COST.callLater - discount;
      if (p.accept(Tok.COMMA) !== null && !p.at(Tok.RPAR)) argsInto(p, args, keywords, 0);
    } else {
      p.nest(LEVEL_COST.callKeyword - discount);
      argsInto(p, args, keywords, 0, LEVEL_COST.callLater - LEVEL_COST.callKeyword);
    }
  }
  p.level = level;
  const close = p.expect(Tok.RPAR);
  return callNode(func, args, keywords, start, close);
}

function callNode(func: Expr, args: Expr[], keywords: Keyword[], s: Span, e: Span): Expr {
  return {
    _type: 'Call', func, args, keywords,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/** True when the next argument is a plain positional one (not '*x', '**x' or 'name=x'). */
function startsPlainArgument(p: Parser): boolean {
  const tok = p.peek();
  if (tok.type === Tok.STAR || tok.type === Tok.DOUBLESTAR) return false;
  return !atNameThen(p, Tok.EQUAL);
}

// arguments: args [','] &')'      (used by class definitions: `class C(arguments):`)
/** Parses the arguments before a ')' (not consumed); the ')' must follow. */
export function callArguments(p: Parser): { args: Expr[]; keywords: Keyword[] } {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  if (p.callInvalidRules) invalidArguments(p);
  argsInto(p, args, keywords, 0, LEVEL_COST.callLater - LEVEL_COST.call);
  if (!p.at(Tok.RPAR)) p.fail();
  return { args, keywords };
}

// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
// kwarg_or_starred: NAME '=' expression | starred_expression
// kwarg_or_double_starred: NAME '=' expression | '**' expression
// The sections are tracked by `phase`: 0 positional, 1 after a keyword, 2 after '**'.
// Stops before ')' (a trailing comma is consumed).
// `laterFrames`: how much deeper the arguments after the first one are read.
function argsInto(p: Parser, args: Expr[], keywords: Keyword[], phase: number, laterFrames = 0): void {
  let first = true;
  for (;;) {
    if (!first) {
      p.nest(laterFrames);
      laterFrames = 0;
    }
    first = false;
    const tok = p.peek();
    if (tok.type === Tok.STAR) {
      if (phase === 2) p.fail();
      p.pos++;
      const value = expression(p);
      args.push(starredNode(value, 'Load', tok, p.lastTok()));
    } else if (tok.type === Tok.DOUBLESTAR) {
      p.pos++;
      const value = expression(p);
      keywords.push(keywordNode(null, value, tok, p.lastTok()));
      phase = 2;
    } else if (atNameThen(p, Tok.EQUAL)) {
      if (p.callInvalidRules) invalidKwarg(p);
      const name = p.expectName();
      p.pos++;
      const value = expression(p);
      keywords.push(keywordNode(p.identifier(name), value, tok, p.lastTok()));
      if (phase === 0) phase = 1;
    } else {
      if (phase !== 0) p.fail();
      args.push(namedOrPlainExpression(p));
      if (p.at(Tok.EQUAL)) p.fail();
    }
    if (p.accept(Tok.COMMA) === null || p.at(Tok.RPAR)) return;
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
export function slices(p: Parser): Expr {
  const start = p.peek();
  const first = sliceOrStarred(p);
  if (start.type !== Tok.STAR && !p.at(Tok.COMMA)) return first;
  const elts = [first];
  const later = LEVEL_COST.subscriptLater - LEVEL_COST.subscript;
  p.level += later;
  while (p.accept(Tok.COMMA) !== null && !p.at(Tok.RSQB)) elts.push(sliceOrStarred(p));
  p.level -= later;
  return tupleNode(elts, 'Load', start, p.lastTok());
}

// slice | starred_expression      (starred_expression: '*' expression)
function sliceOrStarred(p: Parser): Expr {
  const tok = p.peek();
  if (tok.type !== Tok.STAR) return slice(p);
  p.pos++;
  const star = LEVEL_COST.subscriptStar - LEVEL_COST.subscript;
  p.nest(star);
  const value = expression(p);
  p.level -= star;
  return starredNode(value, 'Load', tok, p.lastTok());
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
export function slice(p: Parser): Expr {
  const start = p.peek();
  let lower: Expr | null = null;
  if (start.type !== Tok.COLON) {
    if (atNameThen(p, Tok.COLONEQUAL)) return namedExpression(p);
    lower = expression(p);
    if (!p.at(Tok.COLON)) {
      if (p.at(Tok.COLONEQUAL)) p.fail();
      return lower;
    }
  }
  p.pos++;
  const upper = startsExpression(p.peek()) ? expression(p) : null;
  let step: Expr | null = null;
  if (p.accept(Tok.COLON) !== null && startsExpression(p.peek())) {
    const deeper = LEVEL_COST.sliceStep - LEVEL_COST.subscript;
    p.nest(deeper);
    step = expression(p);
    p.level -= deeper;
  }
  const e = p.lastTok();
  return {
    _type: 'Slice', lower, upper, step,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// ---------------------------------------------------------------------------
// Atoms.

// atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
export function atom(p: Parser): Expr {
  const tok = p.peek();
  switch (tok.type) {
    case Tok.NAME:
      return nameAtom(p, tok);
    case Tok.NUMBER:
      p.pos++;
      return constantNode(numberValue(p, tok), tok, tok);
    case Tok.STRING:
      return strings(p);
    case Tok.LPAR:
      return parenAtom(p);
    case Tok.LSQB:
      return bracketAtom(p);
    case Tok.LBRACE:
      return braceAtom(p);
    case Tok.ELLIPSIS:
      p.pos++;
      return constantNode(ELLIPSIS, tok, tok);
    default:
      return p.fail();
  }
}

/** NAME, or the keyword constants True/False/None; any other keyword is not an atom. */
function nameAtom(p: Parser, tok: Token): Expr {
  const s = tok.string;
  if (KEYWORDS.has(s)) {
    const value = s === 'True' ? true : s === 'False' ? false : s === 'None' ? null : undefined;
    if (value === undefined) p.fail();
    p.pos++;
    return constantNode(value, tok, tok);
  }
  p.pos++;
  return nameNode(p, tok, 'Load');
}

// strings (memo): STRING+
// Memoized like pegen's rule, so an f-string's sub-parser runs once per pass
// however often the parser backtracks over it (its warnings are issued once).
export function strings(p: Parser): Expr {
  const start = p.pos;
  const memo = p.stringsMemo.get(start);
  if (memo !== undefined && memo.secondPass === p.callInvalidRules) {
    p.pos = memo.end;
    return memo.node;
  }
  const toks = [p.advance()];
  while (p.at(Tok.STRING)) toks.push(p.advance());
  const node = concatenateStrings(toks, p);
  p.stringsMemo.set(start, { node, end: p.pos, secondPass: p.callInvalidRules });
  return node;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')' | invalid_group
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
function parenAtom(p: Parser): Expr {
  const level = p.level;
  const open = p.advance();
  p.nest(parenCost(p));
  const tok = p.peek();
  if (tok.type === Tok.RPAR) {
    p.pos++;
    p.level = level;
    return tupleNode([], 'Load', open, tok);
  }
  if (isWord(tok, 'yield')) {
    const y = yieldExpr(p);
    p.level = level;
    p.expect(Tok.RPAR);
    return y;
  }
  if (p.callInvalidRules) invalidGroupOrComprehension(p);
  const first = starNamedExpression(p);
  if (p.at(Tok.COMMA)) {
    p.pos++;
    p.nest(LEVEL_COST.tuple2 - LEVEL_COST.group);
    const more = LEVEL_COST.tuple3 - LEVEL_COST.tuple2;
    const elts = p.at(Tok.RPAR) ? [first] : [first, ...starNamedExpressions(p, Tok.RPAR, more)];
    p.level = level;
    const close = p.expect(Tok.RPAR);
    return tupleNode(elts, 'Load', open, close);
  }
  p.level = level;
  if (first._type === 'Starred') p.fail(); // '(*x)' is neither a group nor a tuple
  if (atForIfClause(p)) {
    p.level = level - bracketDiscount(p, open);
    const gen = genexpTail(p, first, open);
    p.level = level;
    return gen;
  }
  p.expect(Tok.RPAR);
  return first;
}

/**
 * The frames from a '(' (just consumed) to its first element: LEVEL_COST.group,
 * less when it starts a statement or an assigned value (see nesting.ts). In an
 * expression statement starting with '((', pegen's star_atom takes the outer
 * parenthesis for one frame and the inner one counts in full.
 */
function parenCost(p: Parser): number {
  if (p.pos - 1 !== p.discountPos) return LEVEL_COST.group;
  if (p.discount === LEVEL_COST.statementStartDiscount && p.at(Tok.LPAR)) {
    return LEVEL_COST.statementDoubleParen - p.discount;
  }
  return LEVEL_COST.group - p.discount;
}

/** The frames saved inside the bracket `open` (everything in it is read that much higher up). */
function bracketDiscount(p: Parser, open: Token): number {
  return p.tokens[p.discountPos] === open ? p.discount : 0;
}

/** The rest of a genexp after its element: for_if_clauses ')'. */
function genexpTail(p: Parser, elt: Expr, open: Token): Expr {
  const generators = forIfClauses(p);
  const close = p.expect(Tok.RPAR);
  return {
    _type: 'GeneratorExp', elt, generators,
    lineno: open.lineno, col_offset: open.col_offset, end_lineno: close.end_lineno, end_col_offset: close.end_col_offset,
  };
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
function bracketAtom(p: Parser): Expr {
  const level = p.level;
  const open = p.advance();
  // The bracket's contents count from `base` (lower at a statement's start).
  const base = level - bracketDiscount(p, open);
  let elts: Expr[] = [];
  if (!p.at(Tok.RSQB)) {
    if (p.callInvalidRules) invalidGroupOrComprehension(p);
    p.level = base;
    p.nest(LEVEL_COST.list);
    const first = starNamedExpression(p);
    p.level = base;
    if (first._type !== 'Starred' && atForIfClause(p)) {
      const generators = forIfClauses(p);
      p.level = level;
      const close = p.expect(Tok.RSQB);
      return {
        _type: 'ListComp', elt: first, generators,
        lineno: open.lineno, col_offset: open.col_offset, end_lineno: close.end_lineno, end_col_offset: close.end_col_offset,
      };
    }
    elts = [first];
    if (p.accept(Tok.COMMA) !== null && !p.at(Tok.RSQB)) {
      p.nest(LEVEL_COST.list2);
      elts = elts.concat(starNamedExpressions(p, Tok.RSQB));
    }
    p.level = level;
  }
  const close = p.expect(Tok.RSQB);
  return {
    _type: 'List', elts, ctx: 'Load',
    lineno: open.lineno, col_offset: open.col_offset, end_lineno: close.end_lineno, end_col_offset: close.end_col_offset,
  };
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
// set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
function braceAtom(p: Parser): Expr {
  const level = p.level;
  const open = p.advance();
  const tok = p.peek();
  if (tok.type === Tok.RBRACE) {
    p.pos++;
    return dictNode([], [], open, tok);
  }
  // The braces' contents count from a base lower at a statement's start; the tails restore `level`.
  p.level = level - bracketDiscount(p, open);
  if (p.callInvalidRules) invalidBraceContents(p);
  if (tok.type === Tok.DOUBLESTAR) return dictTail(p, open, [], [], level);
  const base = p.level;
  if (tok.type === Tok.STAR || atNameThen(p, Tok.COLONEQUAL)) {
    p.nest(LEVEL_COST.list);
    const elt = starNamedExpression(p);
    p.level = base;
    return setTail(p, open, elt, level);
  }
  p.nest(LEVEL_COST.list);
  const first = expression(p);
  if (p.at(Tok.COLON)) {
    p.pos++;
    const value = expression(p);
    p.level = base;
    if (!atForIfClause(p)) return dictTail(p, open, [first], [value], level);
    const generators = forIfClauses(p);
    p.level = level;
    const close = p.expect(Tok.RBRACE);
    return {
      _type: 'DictComp', key: first, value, generators,
      lineno: open.lineno, col_offset: open.col_offset, end_lineno: close.end_lineno, end_col_offset: close.end_col_offset,
    };
  }
  p.level = base;
  if (p.at(Tok.COLONEQUAL)) p.fail();
  return setTail(p, open, first, level);
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
// double_starred_kvpair: '**' bitwise_or | kvpair          kvpair: expression ':' expression
/** The dict after its first pair (if any was parsed), through the '}'. A '**' item has key None. */
// `outer`: the level to restore at the '}' (the braces' contents count from p.level).
function dictTail(p: Parser, open: Token, keys: (Expr | null)[], values: Expr[], outer: number): Expr {
  const level = p.level;
  let more = keys.length === 0 || p.accept(Tok.COMMA) !== null;
  // The first pair is read at LEVEL_COST.list, later ones a frame deeper; '**' skips frames.
  p.nest(keys.length === 0 ? LEVEL_COST.list : LEVEL_COST.list2);
  while (more && !p.at(Tok.RBRACE)) {
    if (p.accept(Tok.DOUBLESTAR) !== null) {
      keys.push(null);
      p.level += LEVEL_COST.starElement;
      values.push(bitwiseOr(p));
      p.level -= LEVEL_COST.starElement;
    } else {
      keys.push(expression(p));
      p.expect(Tok.COLON);
      values.push(expression(p));
    }
    p.level = level + LEVEL_COST.list2;
    more = p.accept(Tok.COMMA) !== null;
  }
  p.level = outer;
  const close = p.expect(Tok.RBRACE);
  return dictNode(keys, values, open, close);
}

function dictNode(keys: (Expr | null)[], values: Expr[], s: Span, e: Span): Expr {
  return {
    _type: 'Dict', keys, values,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/** A set or set comprehension after its first element, through the '}'; `outer` as for dictTail. */
function setTail(p: Parser, open: Token, first: Expr, outer: number): Expr {
  if (first._type !== 'Starred' && atForIfClause(p)) {
    const generators = forIfClauses(p);
    p.level = outer;
    const close = p.expect(Tok.RBRACE);
    return {
      _type: 'SetComp', elt: first, generators,
      lineno: open.lineno, col_offset: open.col_offset, end_lineno: close.end_lineno, end_col_offset: close.end_col_offset,
    };
  }
  let elts = [first];
  if (p.accept(Tok.COMMA) !== null && !p.at(Tok.RBRACE)) {
    p.nest(LEVEL_COST.list2);
    elts = elts.concat(starNamedExpressions(p, Tok.RBRACE));
  }
  p.level = outer;
  const close = p.expect(Tok.RBRACE);
  return {
    _type: 'Set', elts,
    lineno: open.lineno, col_offset: open.col_offset, end_lineno: close.end_lineno, end_col_offset: close.end_col_offset,
  };
}

// ---------------------------------------------------------------------------
// Comprehension clauses.

/** True at the start of a for_if_clause: 'for', or ASYNC 'for'. */
export function atForIfClause(p: Parser): boolean {
  const tok = p.peek();
  return isWord(tok, 'for') || (isWord(tok, 'async') && isWord(p.peekAt(1), 'for'));
}

// for_if_clauses: for_if_clause+
// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
export function forIfClauses(p: Parser): Comprehension[] {
  const generators: Comprehension[] = [];
  do {
    let isAsync = 0;
    if (isWord(p.peek(), 'async')) {
      p.pos++;
      isAsync = 1;
    }
    p.expectKeyword('for');
    if (p.callInvalidRules) invalidForTarget(p);
    const target = starTargets(p);
    p.expectKeyword('in');
    p.nest(LEVEL_COST.compIter);
    const iter = disjunction(p);
    p.level -= LEVEL_COST.compIter;
    const ifs: Expr[] = [];
    while (isWord(p.peek(), 'if')) {
      p.pos++;
      p.nest(LEVEL_COST.compIf);
      ifs.push(disjunction(p));
      p.level -= LEVEL_COST.compIf;
    }
    generators.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
  } while (atForIfClause(p));
  return generators;
}

// ---------------------------------------------------------------------------
// Numbers.

/** The value of a NUMBER token: bigint for ints, number for floats, PyComplex for imaginary literals. */
export function numberValue(p: Parser, tok: Token): bigint | number | PyComplex {
  const s = tok.string;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 0x6a /* j */) return new PyComplex(0, Number(withoutUnderscores(s.slice(0, -1))));
  if (s.length > 2 && s.charCodeAt(0) === 0x30 /* 0 */) {
    const radix = s.charCodeAt(1) | 0x20;
    if (radix === 0x78 /* x */ || radix === 0x6f /* o */ || radix === 0x62 /* b */) {
      return BigInt(withoutUnderscores(s));
    }
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e /* . */ || (c | 0x20) === 0x65 /* e */) return Number(withoutUnderscores(s));
  }
  const digits = withoutUnderscores(s);
  if (digits.length > MAX_STR_DIGITS) raiseTooManyDigits(p, tok, digits.length);
  return BigInt(digits);
}

/** CPython's default limit on decimal digits of an int literal (sys.get_int_max_str_digits()). */
const MAX_STR_DIGITS = 4300;

// pegen leaves the columns out (-1, shown as 0) so that the caret line does not
// underline thousands of digits.
function raiseTooManyDigits(p: Parser, tok: Token, n: number): never {
  const msg =
    `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${n} digits; ` +
    'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer ' +
    'literals to avoid decimal conversion limits.';
  throw syntaxErrorAt(p, 'SyntaxError', p.fstring ? 'f-string: ' + msg : msg, tok.lineno, 0, tok.end_lineno, 0);
}

function withoutUnderscores(s: string): string {
  return s.indexOf('_') < 0 ? s : s.split('_').join('');
}

// Hooks for the targeted errors of the second pass live in errors/ (H8):
// invalidExpression, invalidNamedExpression, invalidArguments, invalidKwarg,
// invalidGroupOrComprehension, invalidBraceContents, invalidForTarget.
