// The `invalid_*` rules of statements: bad assignment and deletion targets,
// missing ':' after a compound statement's header, missing indented blocks,
// try/except mistakes, import trailing commas, with items.
//
// Hooks called by statements.ts on the second pass; each is transcribed from
// Grammar/python.gram over the parser's own sub-rules and either throws its
// PySyntaxError or returns (the position is restored by `hook`). The compound
// statement hooks run at the statement's first token, where the grammar tries
// the `invalid_*` alternative first; they also run the sub-rules of the valid
// alternatives that carry invalid rules the hand-written statement parser does
// not call itself (except clauses, finally).

import type { Expr } from '../../ast/nodes.js';
import type { SyntaxErrorKind } from '../../errors/syntax-error.js';
import type { Token } from '../../tokenizer/lexer.js';
import { Tok } from '../../tokenizer/tokens.js';
import {
  atom, callArguments, expression, expressions, namedExpression, starExpressions, starNamedExpression,
  yieldExpr,
} from '../expressions.js';
import { params } from '../parameters.js';
import type { Parser } from '../parser-state.js';
import { block } from '../statements.js';
import { starTarget, starTargets } from '../targets.js';
import { exprName } from './expr-names.js';
import { raiseInvalidTarget } from './invalid-expressions.js';
import { message } from './messages.js';
import { atAny, gather, hook, indexOfToken, isWordToken, keyword, many, many1, opt } from './pass-state.js';
import { raiseAtLastToken, raiseKnownLocation, raiseKnownRange, raiseStartingFrom } from './raise.js';

const INDENTATION: SyntaxErrorKind = 'IndentationError';

/** ':' NEWLINE !INDENT — the shape of every "expected an indented block after ..." rule. */
function colonNewlineNoIndent(p: Parser): void {
  p.expect(Tok.COLON);
  p.expect(Tok.NEWLINE);
  if (p.at(Tok.INDENT)) p.fail();
}

function raiseBlockAfter(p: Parser, what: string, lineno: number): never {
  return raiseAtLastToken(p, message('blockAfterStatement', what, lineno), INDENTATION);
}

/** [ASYNC] — an optional `async` before def/for/with. */
function optAsync(p: Parser): void {
  if (isWordToken(p.peek(), 'async')) p.pos++;
}

// ---------------------------------------------------------------------------
// Simple statements.

// invalid_assignment:
//     | a=invalid_ann_assign_target ':' expression
//     | a=star_named_expression ',' star_named_expressions* ':' expression
//     | a=expression ':' expression
//     | (star_targets '=')* a=star_expressions '='
//     | (star_targets '=')* a=yield_expr '='
//     | a=star_expressions augassign (yield_expr | star_expressions)
/** Runs invalid_assignment from the statement's first token `start`. */
export function invalidAssignment(p: Parser, start: Token): void {
  const i = indexOfToken(p, start);
  if (i < 0) return;
  const saved = p.pos;
  p.pos = i;
  try {
    hook(p, 'assignment', invalidAssignmentRule);
  } finally {
    p.pos = saved;
  }
}

function invalidAssignmentRule(p: Parser): void {
  const m = p.pos;
  const ann = opt(p, invalidAnnAssignTarget);
  if (ann !== null && p.accept(Tok.COLON) !== null && opt(p, expression) !== null) {
    raiseKnownLocation(p, message('onlySingleTarget', exprName(ann)), ann);
  }
  p.pos = m;
  const first = opt(p, starNamedExpression);
  if (first !== null && p.accept(Tok.COMMA) !== null) {
    many(p, starNamedExpressionsList);
    if (p.accept(Tok.COLON) !== null && opt(p, expression) !== null) {
      raiseKnownLocation(p, message('onlySingleTarget', 'tuple'), first);
    }
  }
  p.pos = m;
  const target = opt(p, expression);
  if (target !== null && p.accept(Tok.COLON) !== null && opt(p, expression) !== null) {
    raiseKnownLocation(p, message('illegalAnnotationTarget'), target);
  }
  p.pos = m;
  many(p, starTargetsEquals);
  const m2 = p.pos;
  const lhs = opt(p, starExpressions);
  if (lhs !== null && p.at(Tok.EQUAL)) {
    if (p.attempt((p) => raiseInvalidTarget(p, lhs, 'star')) === null) return; // no bad target: the rule fails
  }
  p.pos = m2;
  if (isWordToken(p.peek(), 'yield')) {
    const y = opt(p, yieldExpr);
    if (y !== null && p.at(Tok.EQUAL)) raiseKnownLocation(p, message('assignToYield'), y);
  }
  p.pos = m;
  const aug = starExpressions(p);
  if (!isAugAssign(p.peek().type)) p.fail();
  p.pos++;
  if (isWordToken(p.peek(), 'yield')) yieldExpr(p);
  else starExpressions(p);
  raiseKnownLocation(p, message('illegalAugAssign', exprName(aug)), aug);
}

/** star_targets '=' */
function starTargetsEquals(p: Parser): void {
  starTargets(p);
  p.expect(Tok.EQUAL);
}

// star_named_expressions: ','.star_named_expression+ [',']
function starNamedExpressionsList(p: Parser): void {
  gather(p, starNamedExpression);
  p.accept(Tok.COMMA);
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
function invalidAnnAssignTarget(p: Parser): Expr {
  const t = p.peek();
  if (t.type === Tok.LSQB) {
    const e = atom(p);
    if (e._type !== 'List') p.fail();
    return e;
  }
  if (t.type !== Tok.LPAR) p.fail();
  const m = p.pos;
  const e = opt(p, atom);
  // A tuple starts at its '('; a parenthesized group gives back an inner node.
  if (e !== null && e._type === 'Tuple' && e.lineno === t.lineno && e.col_offset === t.col_offset) return e;
  p.pos = m + 1;
  const inner = invalidAnnAssignTarget(p);
  p.expect(Tok.RPAR);
  return inner;
}

const AUG_ASSIGN_TOKENS: ReadonlySet<number> = new Set([
  Tok.PLUSEQUAL, Tok.MINEQUAL, Tok.STAREQUAL, Tok.ATEQUAL, Tok.SLASHEQUAL, Tok.PERCENTEQUAL, Tok.AMPEREQUAL,
  Tok.VBAREQUAL, Tok.CIRCUMFLEXEQUAL, Tok.LEFTSHIFTEQUAL, Tok.RIGHTSHIFTEQUAL, Tok.DOUBLESTAREQUAL,
  Tok.DOUBLESLASHEQUAL,
]);

function isAugAssign(type: number): boolean {
  return AUG_ASSIGN_TOKENS.has(type);
}

// invalid_del_stmt: 'del' a=star_expressions
/** Called just after 'del'. */
export function invalidDelStmt(p: Parser): void {
  hook(p, 'del', (p) => raiseInvalidTarget(p, starExpressions(p), 'del'));
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
/** Called after the trailing ',' of unparenthesized import names. */
export function invalidImportFromTargets(p: Parser): void {
  if (p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('importTrailingComma'));
}

// ---------------------------------------------------------------------------
// Blocks and compound statement headers.

// invalid_block: NEWLINE !INDENT
/** Called at a block's NEWLINE when no INDENT follows. */
export function invalidBlock(p: Parser): void {
  if (p.at(Tok.NEWLINE) && p.peekAt(1).type !== Tok.INDENT) {
    raiseAtLastToken(p, message('expectedIndentedBlock'), INDENTATION);
  }
}

// invalid_if_stmt:
//     | 'if' named_expression NEWLINE
//     | a='if' a=named_expression ':' NEWLINE !INDENT
// invalid_elif_stmt: the same with 'elif' (there `a` stays the keyword)
/** At 'if' or 'elif'. */
export function invalidIfStmt(p: Parser): void {
  hook(p, 'if', (p) => {
    const kw = p.advance();
    const m = p.pos;
    if (opt(p, namedExpression) !== null && p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
    p.pos = m;
    const test = namedExpression(p);
    colonNewlineNoIndent(p);
    // In invalid_if_stmt the name `a` is rebound to the condition, whose line is reported.
    raiseBlockAfter(p, kw.string, kw.string === 'if' ? test.lineno : kw.lineno);
  });
}

// invalid_else_stmt: a='else' ':' NEWLINE !INDENT
export function invalidElseStmt(p: Parser): void {
  hook(p, 'else', (p) => {
    const kw = keyword(p, 'else');
    colonNewlineNoIndent(p);
    raiseBlockAfter(p, 'else', kw.lineno);
  });
}

// invalid_while_stmt:
//     | 'while' named_expression NEWLINE
//     | a='while' named_expression ':' NEWLINE !INDENT
export function invalidWhileStmt(p: Parser): void {
  hook(p, 'while', (p) => {
    const kw = keyword(p, 'while');
    const m = p.pos;
    if (opt(p, namedExpression) !== null && p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
    p.pos = m;
    namedExpression(p);
    colonNewlineNoIndent(p);
    raiseBlockAfter(p, 'while', kw.lineno);
  });
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
// for_stmt's valid alternative cuts after 'in'; otherwise invalid_for_target:
//     | ASYNC? 'for' a=star_expressions
/** At 'for' or 'async'. */
export function invalidForStmt(p: Parser): void {
  hook(p, 'for', (p) => {
    optAsync(p);
    const kw = keyword(p, 'for');
    const m = p.pos;
    if (opt(p, forHeader) !== null && p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
    p.pos = m;
    if (opt(p, forHeader) !== null && opt(p, colonNewlineNoIndent) !== null) raiseBlockAfter(p, 'for', kw.lineno);
    p.pos = m;
    if (opt(p, (p) => (starTargets(p), keyword(p, 'in'))) !== null) return;
    p.pos = m;
    raiseInvalidTarget(p, starExpressions(p), 'for');
  });
}

/** star_targets 'in' star_expressions */
function forHeader(p: Parser): void {
  starTargets(p);
  keyword(p, 'in');
  starExpressions(p);
}

// invalid_with_stmt_indent (tried first) and invalid_with_stmt (tried last):
//     | [ASYNC] a='with' ','.(expression ['as' star_target])+ (':' NEWLINE !INDENT | NEWLINE)
//     | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' (':' NEWLINE !INDENT | NEWLINE)
/** At 'with' or 'async'. */
export function invalidWithStmt(p: Parser): void {
  hook(p, 'with', (p) => {
    optAsync(p);
    const kw = keyword(p, 'with');
    const m = p.pos;
    for (const header of [withItemsPlain, withItemsParenthesized]) {
      p.pos = m;
      if (opt(p, header) !== null && opt(p, colonNewlineNoIndent) !== null) raiseBlockAfter(p, 'with', kw.lineno);
    }
    for (const header of [withItemsPlain, withItemsParenthesized]) {
      p.pos = m;
      if (opt(p, header) !== null && p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
    }
  });
}

/** ','.(expression ['as' star_target])+ */
function withItemsPlain(p: Parser): void {
  gather(p, (p) => withItemLoose(p, expression));
}

/** '(' ','.(expressions ['as' star_target])+ ','? ')' */
function withItemsParenthesized(p: Parser): void {
  p.expect(Tok.LPAR);
  gather(p, (p) => withItemLoose(p, expressions));
  p.accept(Tok.COMMA);
  p.expect(Tok.RPAR);
}

function withItemLoose(p: Parser, item: (p: Parser) => Expr): void {
  item(p);
  const m = p.pos;
  if (p.acceptKeyword('as') === null || opt(p, starTarget) === null) p.pos = m;
}

// invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
/** Called just after the 'as' of a with item whose target did not parse. */
export function invalidWithItem(p: Parser): void {
  hook(p, 'with_item', (p) => {
    const a = expression(p);
    if (!atAny(p, Tok.COMMA, Tok.RPAR, Tok.COLON)) p.fail();
    raiseInvalidTarget(p, a, 'star');
  });
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE
//     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
export function invalidClassDefRaw(p: Parser): void {
  hook(p, 'class', (p) => {
    const kw = keyword(p, 'class');
    p.expectName();
    opt(p, classBases);
    if (p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
    colonNewlineNoIndent(p);
    raiseAtLastToken(p, message('blockAfterClass', kw.lineno), INDENTATION);
  });
}

function classBases(p: Parser): void {
  p.expect(Tok.LPAR);
  if (!p.at(Tok.RPAR)) opt(p, callArguments);
  p.expect(Tok.RPAR);
}

// invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
export function invalidDefRaw(p: Parser): void {
  hook(p, 'def', (p) => {
    optAsync(p);
    const kw = keyword(p, 'def');
    p.expectName();
    p.expect(Tok.LPAR);
    if (!p.at(Tok.RPAR)) opt(p, params);
    p.expect(Tok.RPAR);
    if (p.accept(Tok.RARROW) !== null) expression(p);
    colonNewlineNoIndent(p);
    raiseAtLastToken(p, message('blockAfterFunction', kw.lineno), INDENTATION);
  });
}

// invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
export function invalidDoubleTypeComments(p: Parser): void {
  hook(p, 'type_comments', (p) => {
    p.expect(Tok.TYPE_COMMENT);
    p.expect(Tok.NEWLINE);
    p.expect(Tok.TYPE_COMMENT);
    p.expect(Tok.NEWLINE);
    p.expect(Tok.INDENT);
    raiseAtLastToken(p, message('twoTypeComments'));
  });
}

// ---------------------------------------------------------------------------
// try / except / finally.

// invalid_try_stmt:
//     | a='try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
/** At 'try': invalid_try_stmt, then the clauses of the valid alternatives with their invalid rules. */
export function invalidTryStmt(p: Parser): void {
  hook(p, 'try', (p) => {
    const kw = keyword(p, 'try');
    const m = p.pos;
    if (opt(p, colonNewlineNoIndent) !== null) raiseBlockAfter(p, 'try', kw.lineno);
    p.pos = m;
    if (p.accept(Tok.COLON) !== null && opt(p, block) !== null) {
      const t = p.peek();
      if (!isWordToken(t, 'except') && !isWordToken(t, 'finally')) raiseAtLastToken(p, message('expectedExceptOrFinally'));
    }
    p.pos = m;
    mixedHandlers(p, m, exceptBlock, true);
    mixedHandlers(p, m, exceptStarBlock, false);
    p.pos = m;
    validTryClauses(p);
  });
}

/** The third and fourth alternatives: a handler of the other kind after handlers of one kind. */
function mixedHandlers(p: Parser, m: number, handler: (p: Parser) => void, thenStar: boolean): void {
  p.pos = m;
  if (p.accept(Tok.COLON) === null) return;
  many(p, block);
  if (opt(p, (p) => many1(p, handler)) === null) return;
  const a = p.peek();
  if (!isWordToken(a, 'except')) return;
  p.pos++;
  if (thenStar) {
    const b = p.accept(Tok.STAR);
    if (b === null || opt(p, expression) === null) return;
    optAsName(p);
    if (p.at(Tok.COLON)) raiseKnownRange(p, message('exceptAndExceptStar'), a, b);
    return;
  }
  if (opt(p, expression) !== null) optAsName(p);
  if (p.at(Tok.COLON)) raiseKnownLocation(p, message('exceptAndExceptStar'), a);
}

/** ['as' NAME] */
function optAsName(p: Parser): void {
  const m = p.pos;
  if (p.acceptKeyword('as') === null || opt(p, (p) => p.expectName()) === null) p.pos = m;
}

/**
 * 'try' &&':' block finally_block | ... except_block+ [else_block] [finally_block]
 * | ... except_star_block+ [else_block] [finally_block], for the invalid rules of
 * their clauses (the statement parser parses them without hooks).
 */
function validTryClauses(p: Parser): void {
  p.expect(Tok.COLON);
  block(p);
  const afterBody = p.pos;
  if (opt(p, finallyBlock) !== null) return;
  for (const handler of [exceptBlock, exceptStarBlock]) {
    p.pos = afterBody;
    if (opt(p, (p) => many1(p, handler)) === null) continue;
    if (isWordToken(p.peek(), 'else')) opt(p, elseBlockRule);
    opt(p, finallyBlock);
    return;
  }
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' e=expression t=['as' z=NAME] ':' b=block
//     | 'except' ':' b=block
//     | invalid_except_stmt
function exceptBlock(p: Parser): void {
  const m = p.pos;
  const kw = keyword(p, 'except');
  // invalid_except_stmt_indent: a='except' expression ['as' NAME] ':' NEWLINE !INDENT | a='except' ':' NEWLINE !INDENT
  if (opt(p, (p) => (expression(p), optAsName(p), colonNewlineNoIndent(p))) !== null) raiseBlockAfter(p, 'except', kw.lineno);
  p.pos = m + 1;
  if (opt(p, colonNewlineNoIndent) !== null) raiseBlockAfter(p, 'except', kw.lineno);
  p.pos = m + 1;
  if (opt(p, (p) => (expression(p), optAsName(p), p.expect(Tok.COLON), block(p))) !== null) return;
  p.pos = m + 1;
  if (opt(p, (p) => (p.expect(Tok.COLON), block(p))) !== null) return;
  p.pos = m;
  invalidExceptStmt(p);
}

// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' e=expression t=['as' z=NAME] ':' b=block
//     | invalid_except_stmt
function exceptStarBlock(p: Parser): void {
  const m = p.pos;
  const kw = keyword(p, 'except');
  p.expect(Tok.STAR);
  // invalid_except_star_stmt_indent: a='except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
  if (opt(p, (p) => (expression(p), optAsName(p), colonNewlineNoIndent(p))) !== null) raiseBlockAfter(p, 'except*', kw.lineno);
  p.pos = m + 2;
  if (opt(p, (p) => (expression(p), optAsName(p), p.expect(Tok.COLON), block(p))) !== null) return;
  p.pos = m;
  invalidExceptStmt(p);
}

// invalid_except_stmt:
//     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
//     | a='except' '*'? expression ['as' NAME ] NEWLINE
//     | a='except' NEWLINE
//     | a='except' '*' (NEWLINE | ':')
function invalidExceptStmt(p: Parser): never {
  keyword(p, 'except');
  const m = p.pos;
  p.accept(Tok.STAR);
  const a = opt(p, expression);
  if (a !== null && p.accept(Tok.COMMA) !== null && opt(p, expressions) !== null) {
    optAsName(p);
    if (p.at(Tok.COLON)) raiseStartingFrom(p, message('exceptTypesParenthesized'), a);
  }
  p.pos = m;
  p.accept(Tok.STAR);
  if (opt(p, expression) !== null) {
    optAsName(p);
    if (p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
  }
  p.pos = m;
  if (p.at(Tok.NEWLINE)) raiseAtLastToken(p, message('expectedColon'));
  p.expect(Tok.STAR);
  if (atAny(p, Tok.NEWLINE, Tok.COLON)) raiseAtLastToken(p, message('exceptStarTypes'));
  return p.fail();
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
// invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT
function finallyBlock(p: Parser): void {
  const kw = keyword(p, 'finally');
  const m = p.pos;
  if (opt(p, colonNewlineNoIndent) !== null) raiseBlockAfter(p, 'finally', kw.lineno);
  p.pos = m;
  forcedColon(p);
  block(p);
}

// else_block: invalid_else_stmt | 'else' &&':' block
function elseBlockRule(p: Parser): void {
  invalidElseStmt(p);
  keyword(p, 'else');
  forcedColon(p);
  block(p);
}

/** &&':' — a forced token: "expected ':'" at the token found instead. */
function forcedColon(p: Parser): void {
  const t = p.peek();
  if (t.type !== Tok.COLON) raiseKnownLocation(p, message('expectedToken', ':'), t);
  p.pos++;
}
