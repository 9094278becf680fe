// Statements of Python 3.11 and the start rules of the four modes (file, interactive, eval, func_type).
//
// A statement is chosen by its first token: a keyword selects its rule through
// one of two tables (compound and simple statements); everything else is an
// expression statement or an assignment. Assignments are parsed expression
// first: `star_expressions` is read once, and only when '=', an augmented
// operator or ':' follows is it checked and re-labelled as a target (Store
// context). This accepts exactly the grammar's star_targets / single_target
// forms, because every valid target is also a valid expression with the same
// positions, and it avoids parsing each expression statement twice. The
// soft keyword `match` starts a match statement (patterns.ts) only when that
// attempt succeeds. Positions follow pegen's EXTRA: a statement spans its first
// token to the last non-whitespace token consumed, so a compound statement ends
// where its last body statement ends. `invalid_*` rules are named hooks that run
// on the second pass (Parser.callInvalidRules) for the error layer to fill in.

import type { Alias, ExceptHandler, Expr, Mod, OperatorKind, Stmt, TypeIgnore, WithItem } from '../ast/nodes.js';
import type { Token } from '../tokenizer/lexer.js';
import { Tok } from '../tokenizer/tokens.js';
import type { Parser, Span } from './parser-state.js';
import { callArguments, expression, expressions, isWord, namedExpression, starExpressions, yieldExpr } from './expressions.js';
import { emptyArguments, params } from './parameters.js';
import { matchStmt } from './patterns.js';
import {
  invalidAssignment, invalidBlock, invalidClassDefRaw, invalidDefRaw, invalidDelStmt, invalidDoubleTypeComments,
  invalidElseStmt, invalidForStmt, invalidIfStmt, invalidImportFromTargets, invalidTryStmt, invalidWhileStmt,
  invalidWithItem, invalidWithStmt,
} from './errors/invalid-statements.js'; // H8: the second pass's invalid_* rules
import { delTargets, starTarget, starTargets, toSingleTarget, toStarTargets } from './targets.js';
import { BLOCK_COST, LEVEL_COST, STATEMENT_COST } from './nesting.js';

// ---------------------------------------------------------------------------
// Start rules.

// file: [statements] ENDMARKER
export function fileRule(p: Parser): Mod {
  const body: Stmt[] = [];
  while (!p.at(Tok.ENDMARKER)) statement(p, body);
  return { _type: 'Module', body, type_ignores: typeIgnores(p) };
}

/** Module.type_ignores: the `# type: ignore` comments the parser state set aside while fetching tokens. */
function typeIgnores(p: Parser): TypeIgnore[] {
  return p.typeIgnores.map(({ lineno, tag }) => ({ _type: 'TypeIgnore', lineno, tag }));
}

// interactive: statement_newline
// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
export function interactiveRule(p: Parser): Mod {
  const body: Stmt[] = [];
  const tok = p.peek();
  if (tok.type === Tok.NEWLINE) {
    p.advance();
    body.push({
      _type: 'Pass',
      lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset,
    });
  } else if (tok.type === Tok.ENDMARKER) {
    p.fail(); // pegen's _PyPegen_interactive_exit: nothing to compile
  } else if (compoundStmt(p, body)) {
    // In single mode the parser state turns an ENDMARKER into a NEWLINE (H4, pegen's fill_token).
    p.expect(Tok.NEWLINE);
  } else {
    simpleStmts(p, body);
  }
  return { _type: 'Interactive', body };
}

// eval: expressions NEWLINE* ENDMARKER
export function evalRule(p: Parser): Mod {
  const body = expressions(p);
  while (p.accept(Tok.NEWLINE) !== null);
  p.expect(Tok.ENDMARKER);
  return { _type: 'Expression', body };
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
export function funcTypeRule(p: Parser): Mod {
  p.expect(Tok.LPAR);
  const argtypes = p.at(Tok.RPAR) ? [] : typeExpressions(p);
  p.expect(Tok.RPAR);
  p.expect(Tok.RARROW);
  const returns = expression(p);
  while (p.accept(Tok.NEWLINE) !== null);
  p.expect(Tok.ENDMARKER);
  return { _type: 'FunctionType', argtypes, returns };
}

// type_expressions:
//     | ','.expression+ ',' '*' expression ',' '**' expression | ','.expression+ ',' '*' expression
//     | ','.expression+ ',' '**' expression | '*' expression ',' '**' expression
//     | '*' expression | '**' expression | ','.expression+
// The '*' and '**' items join the list as plain expressions; no trailing comma.
// Levels: a first plain item is LEVEL_COST.typeExpression frames below the
// start rule, later ones one more; a '*' or '**' item one less.
function typeExpressions(p: Parser): Expr[] {
  const out: Expr[] = [];
  const level = p.level;
  let phase = 0; // 0: plain items, 1: after '*x', 2: after '**x'
  for (;;) {
    let frames = out.length === 0 ? LEVEL_COST.typeExpression : LEVEL_COST.typeExpression + 1;
    if (p.accept(Tok.STAR) !== null) {
      if (phase !== 0) p.fail();
      phase = 1;
      frames--;
    } else if (p.accept(Tok.DOUBLESTAR) !== null) {
      if (phase === 2) p.fail();
      phase = 2;
      frames--;
    } else if (phase !== 0) {
      p.fail();
    }
    p.nest(frames);
    out.push(expression(p));
    p.level = level;
    if (p.accept(Tok.COMMA) === null) return out;
  }
}

// ---------------------------------------------------------------------------
// Statement sequences and blocks.

// statements: statement+
// statement: compound_stmt | simple_stmts
/** Parses one statement (or one line of simple statements) into `out`. */
function statement(p: Parser, out: Stmt[]): void {
  if (!compoundStmt(p, out)) simpleStmts(p, out);
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
// `frames`: how many pegen levels the block's statements are below the header's
// (BLOCK_COST; see nesting.ts).
export function block(p: Parser, frames = 0): Stmt[] {
  const body: Stmt[] = [];
  if (p.at(Tok.NEWLINE)) {
    if (p.peekAt(1).type !== Tok.INDENT) {
      if (p.callInvalidRules) invalidBlock(p);
      p.fail();
    }
    p.nest(frames);
    p.advance();
    p.advance();
    do statement(p, body);
    while (!p.at(Tok.DEDENT));
    p.advance();
  } else {
    frames -= BLOCK_COST.sameLineSaving;
    p.nest(frames);
    simpleStmts(p, body);
  }
  p.level -= frames;
  return body;
}

/** `fn` read `frames` pegen levels deeper than the statement's own level (nesting.ts). */
function deeper<T>(p: Parser, frames: number, fn: (p: Parser) => T): T {
  p.nest(frames);
  const result = fn(p);
  p.level -= frames;
  return result;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
function simpleStmts(p: Parser, out: Stmt[]): void {
  for (;;) {
    out.push(simpleStmt(p));
    if (p.accept(Tok.SEMI) === null || p.at(Tok.NEWLINE)) break;
  }
  p.expect(Tok.NEWLINE);
}

// ---------------------------------------------------------------------------
// Simple statements.

type StmtRule = (p: Parser, start: Token) => Stmt;

/** The simple statements introduced by a keyword (simple_stmt's `&'kw' rule` alternatives). */
const SIMPLE_BY_KEYWORD: ReadonlyMap<string, StmtRule> = new Map<string, StmtRule>([
  ['return', returnStmt],
  ['import', importName],
  ['from', importFrom],
  ['raise', raiseStmt],
  ['pass', (p, s) => bare(p, s, 'Pass')],
  ['del', delStmt],
  ['yield', yieldStmt],
  ['assert', assertStmt],
  ['break', (p, s) => bare(p, s, 'Break')],
  ['continue', (p, s) => bare(p, s, 'Continue')],
  ['global', (p, s) => namesStmt(p, s, 'Global')],
  ['nonlocal', (p, s) => namesStmt(p, s, 'Nonlocal')],
]);

// simple_stmt: assignment | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt
//     | &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt
//     | 'break' | 'continue' | &'global' global_stmt | &'nonlocal' nonlocal_stmt
function simpleStmt(p: Parser): Stmt {
  const start = p.peek();
  if (start.type === Tok.NAME) {
    const rule = SIMPLE_BY_KEYWORD.get(start.string);
    if (rule !== undefined) return rule(p, start);
  }
  return assignmentOrExpr(p, start);
}

/** pass, break, continue. */
function bare(p: Parser, start: Token, kind: 'Pass' | 'Break' | 'Continue'): Stmt {
  p.advance();
  return {
    _type: kind,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: start.end_lineno, end_col_offset: start.end_col_offset,
  };
}

/** Augmented assignment operators by token type. */
const AUG_OPS: ReadonlyMap<number, OperatorKind> = new Map<number, OperatorKind>([
  [Tok.PLUSEQUAL, 'Add'], [Tok.MINEQUAL, 'Sub'], [Tok.STAREQUAL, 'Mult'], [Tok.ATEQUAL, 'MatMult'],
  [Tok.SLASHEQUAL, 'Div'], [Tok.PERCENTEQUAL, 'Mod'], [Tok.AMPEREQUAL, 'BitAnd'], [Tok.VBAREQUAL, 'BitOr'],
  [Tok.CIRCUMFLEXEQUAL, 'BitXor'], [Tok.LEFTSHIFTEQUAL, 'LShift'], [Tok.RIGHTSHIFTEQUAL, 'RShift'],
  [Tok.DOUBLESTAREQUAL, 'Pow'], [Tok.DOUBLESLASHEQUAL, 'FloorDiv'],
]);

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//     | single_target augassign ~ (yield_expr | star_expressions)
//     | invalid_assignment
// star_expressions   (an expression statement)
function assignmentOrExpr(p: Parser, start: Token): Stmt {
  p.discountPos = p.pos;
  p.discount = LEVEL_COST.statementStartDiscount;
  const first = starExpressions(p);
  const next = p.peek().type;
  if (next === Tok.EQUAL) return assign(p, start, first);
  if (next === Tok.COLON) return annAssign(p, start, first);
  const op = AUG_OPS.get(next);
  if (op !== undefined) return augAssign(p, start, first, op);
  if (p.callInvalidRules) invalidAssignment(p, start); // H8: runs from the statement's first token
  const e = p.lastTok();
  return {
    _type: 'Expr', value: first,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
function assign(p: Parser, start: Token, first: Expr): Stmt {
  const targets: Expr[] = [];
  let value = first;
  while (p.accept(Tok.EQUAL) !== null) {
    if (toStarTargets(value) === null) {
      if (p.callInvalidRules) invalidAssignment(p, start);
      p.fail();
    }
    targets.push(value);
    p.discountPos = p.pos;
    p.discount = LEVEL_COST.assignValueStartDiscount;
    value = deeper(p, STATEMENT_COST.assignValue, annotatedRhs);
  }
  const tc = p.accept(Tok.TYPE_COMMENT);
  const e = p.lastTok();
  return {
    _type: 'Assign', targets, value, type_comment: tc === null ? null : tc.string,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// annotated_rhs: yield_expr | star_expressions
function annotatedRhs(p: Parser): Expr {
  return p.atKeyword('yield') ? yieldExpr(p) : starExpressions(p);
}

// NAME ':' expression ['=' annotated_rhs]                    (simple = 1)
// ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
function annAssign(p: Parser, start: Token, target: Expr): Stmt {
  if (toSingleTarget(target) === null) {
    if (p.callInvalidRules) invalidAssignment(p, start);
    p.fail();
  }
  p.advance();
  const annotation = expression(p);
  const value = p.accept(Tok.EQUAL) !== null ? deeper(p, STATEMENT_COST.annotatedValue, annotatedRhs) : null;
  // Only a bare, unparenthesized name is "simple" (it is a local of the scope).
  const simple = target._type === 'Name' && start.type === Tok.NAME ? 1 : 0;
  const e = p.lastTok();
  return {
    _type: 'AnnAssign', target, annotation, value, simple,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// single_target augassign ~ (yield_expr | star_expressions)
function augAssign(p: Parser, start: Token, target: Expr, op: OperatorKind): Stmt {
  if (toSingleTarget(target) === null) {
    if (p.callInvalidRules) invalidAssignment(p, start);
    p.fail();
  }
  p.advance();
  const value = deeper(p, STATEMENT_COST.assignValue, annotatedRhs);
  const e = p.lastTok();
  return {
    _type: 'AugAssign', target, op, value,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// return_stmt: 'return' [star_expressions]
function returnStmt(p: Parser, start: Token): Stmt {
  p.advance();
  const value = atStatementEnd(p) ? null : deeper(p, STATEMENT_COST.returnValue, starExpressions);
  const e = p.lastTok();
  return {
    _type: 'Return', value,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/** True before ';' or NEWLINE: an optional trailing part of a simple statement is absent. */
function atStatementEnd(p: Parser): boolean {
  const t = p.peek().type;
  return t === Tok.SEMI || t === Tok.NEWLINE;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
function raiseStmt(p: Parser, start: Token): Stmt {
  p.advance();
  let exc: Expr | null = null;
  let cause: Expr | null = null;
  if (!atStatementEnd(p)) {
    exc = deeper(p, STATEMENT_COST.raiseOrAssert, expression);
    if (p.acceptKeyword('from') !== null) cause = deeper(p, STATEMENT_COST.raiseOrAssert, expression);
  }
  const e = p.lastTok();
  return {
    _type: 'Raise', exc, cause,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// global_stmt: 'global' ','.NAME+        nonlocal_stmt: 'nonlocal' ','.NAME+
function namesStmt(p: Parser, start: Token, kind: 'Global' | 'Nonlocal'): Stmt {
  p.advance();
  const names = [p.identifier(p.expectName())];
  while (p.accept(Tok.COMMA) !== null) names.push(p.identifier(p.expectName()));
  const e = p.lastTok();
  return {
    _type: kind, names,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
function delStmt(p: Parser, start: Token): Stmt {
  p.advance();
  // H8: invalid_del_stmt starts right after 'del', also when del_targets itself fails.
  const afterDel = p.mark();
  const targets = p.callInvalidRules ? p.attempt(delTargets) : delTargets(p);
  if (targets === null || !atStatementEnd(p)) {
    if (p.callInvalidRules) {
      p.reset(afterDel);
      invalidDelStmt(p);
    }
    p.fail();
  }
  const e = p.lastTok();
  return {
    _type: 'Delete', targets,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// yield_stmt: yield_expr
function yieldStmt(p: Parser, start: Token): Stmt {
  const value = deeper(p, STATEMENT_COST.yieldStatement, yieldExpr);
  // assignment is tried before yield_stmt; its invalid_assignment reports `yield = x` (H8).
  if (p.callInvalidRules && p.at(Tok.EQUAL)) invalidAssignment(p, start);
  const e = p.lastTok();
  return {
    _type: 'Expr', value,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// assert_stmt: 'assert' expression [',' expression]
function assertStmt(p: Parser, start: Token): Stmt {
  p.advance();
  const test = deeper(p, STATEMENT_COST.raiseOrAssert, expression);
  const msg = p.accept(Tok.COMMA) !== null ? deeper(p, STATEMENT_COST.raiseOrAssert, expression) : null;
  const e = p.lastTok();
  return {
    _type: 'Assert', test, msg,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// import_name: 'import' dotted_as_names
// dotted_as_names: ','.dotted_as_name+
function importName(p: Parser, start: Token): Stmt {
  p.advance();
  const names = [dottedAsName(p)];
  while (p.accept(Tok.COMMA) !== null) names.push(dottedAsName(p));
  const e = p.lastTok();
  return {
    _type: 'Import', names,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// dotted_as_name: dotted_name ['as' NAME]
function dottedAsName(p: Parser): Alias {
  const first = p.peek();
  const name = dottedName(p);
  return aliasTo(p, name, first);
}

/** The optional `'as' NAME` of an import name, then the alias node from `first` to the last token. */
function aliasTo(p: Parser, name: string, first: Span): Alias {
  const asname = p.acceptKeyword('as') !== null ? p.identifier(p.expectName()) : null;
  const e = p.lastTok();
  return {
    _type: 'alias', name, asname,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// dotted_name: dotted_name '.' NAME | NAME
function dottedName(p: Parser): string {
  let name = p.identifier(p.expectName());
  while (p.accept(Tok.DOT) !== null) name += '.' + p.identifier(p.expectName());
  return name;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
function importFrom(p: Parser, start: Token): Stmt {
  p.advance();
  let level = 0;
  for (;;) {
    // '...' is one ELLIPSIS token, worth three levels
    if (p.accept(Tok.DOT) !== null) level += 1;
    else if (p.accept(Tok.ELLIPSIS) !== null) level += 3;
    else break;
  }
  const module = level > 0 && p.atKeyword('import') ? null : dottedName(p);
  p.expectKeyword('import');
  const names = importFromTargets(p);
  const e = p.lastTok();
  return {
    _type: 'ImportFrom', module, names, level,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' | invalid_import_from_targets
// import_from_as_names: ','.import_from_as_name+
function importFromTargets(p: Parser): Alias[] {
  const star = p.accept(Tok.STAR);
  if (star !== null) return [{
    _type: 'alias', name: '*', asname: null,
    lineno: star.lineno, col_offset: star.col_offset, end_lineno: star.end_lineno, end_col_offset: star.end_col_offset,
  }];
  const paren = p.accept(Tok.LPAR) !== null;
  const names = [importFromAsName(p)];
  while (p.accept(Tok.COMMA) !== null) {
    if (paren && p.at(Tok.RPAR)) break;
    if (!paren && atStatementEnd(p)) {
      if (p.callInvalidRules) invalidImportFromTargets(p);
      p.fail(); // a trailing comma needs parentheses
    }
    names.push(importFromAsName(p));
  }
  if (paren) p.expect(Tok.RPAR);
  return names;
}

// import_from_as_name: NAME ['as' NAME]
function importFromAsName(p: Parser): Alias {
  const tok = p.expectName();
  return aliasTo(p, p.identifier(tok), tok);
}

// ---------------------------------------------------------------------------
// Compound statements.

// compound_stmt:
//     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
//     | &'while' while_stmt | match_stmt
/** Parses a compound statement into `out` and returns true, or returns false when none starts here. */
function compoundStmt(p: Parser, out: Stmt[]): boolean {
  const tok = p.peek();
  if (tok.type === Tok.AT) {
    out.push(decorated(p));
    return true;
  }
  if (tok.type !== Tok.NAME && tok.type !== Tok.ASYNC) return false;
  const rule = COMPOUND_BY_KEYWORD.get(tok.string);
  if (rule !== undefined) {
    out.push(rule(p, tok));
    return true;
  }
  if (tok.string === 'match' && tok.type === Tok.NAME) {
    // a soft keyword: `match` is a statement only when the whole statement parses
    const stmt = p.attempt(matchStmt);
    if (stmt !== null) {
      out.push(stmt);
      return true;
    }
  }
  return false;
}

const COMPOUND_BY_KEYWORD: ReadonlyMap<string, StmtRule> = new Map<string, StmtRule>([
  ['def', (p, s) => functionDefRaw(p, s, [])],
  ['class', (p, s) => classDefRaw(p, s, [])],
  ['if', ifStmt],
  ['while', whileStmt],
  ['for', forStmt],
  ['with', withStmt],
  ['try', tryStmt],
  ['async', asyncStmt],
]);

/** `async` followed by def, with or for. */
function asyncStmt(p: Parser, start: Token): Stmt {
  const next = p.peekAt(1);
  if (isWord(next, 'def')) return functionDefRaw(p, start, []);
  if (isWord(next, 'with')) return withStmt(p, start);
  if (isWord(next, 'for')) return forStmt(p, start);
  return p.fail();
}

// function_def: decorators function_def_raw | function_def_raw
// class_def: decorators class_def_raw | class_def_raw
// decorators: ('@' named_expression NEWLINE)+
function decorated(p: Parser): Stmt {
  const decorators: Expr[] = [];
  while (p.accept(Tok.AT) !== null) {
    decorators.push(deeper(p, STATEMENT_COST.decorator, namedExpression));
    p.expect(Tok.NEWLINE);
  }
  const tok = p.peek();
  if (isWord(tok, 'class')) return classDefRaw(p, tok, decorators);
  if (isWord(tok, 'def') || (isWord(tok, 'async') && isWord(p.peekAt(1), 'def'))) {
    return functionDefRaw(p, tok, decorators);
  }
  return p.fail();
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
function classDefRaw(p: Parser, start: Token, decorator_list: Expr[]): Stmt {
  if (p.callInvalidRules) invalidClassDefRaw(p);
  p.advance();
  const name = p.identifier(p.expectName());
  let bases: Expr[] = [];
  let keywords: ReturnType<typeof callArguments>['keywords'] = [];
  if (p.accept(Tok.LPAR) !== null) {
    if (!p.at(Tok.RPAR)) ({ args: bases, keywords } = deeper(p, STATEMENT_COST.classArguments, callArguments));
    p.expect(Tok.RPAR);
  }
  p.expect(Tok.COLON);
  const body = block(p, BLOCK_COST.orElse);
  const e = p.lastTok();
  return {
    _type: 'ClassDef', name, bases, keywords, body, decorator_list,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// function_def_raw:
//     | invalid_def_raw
//     | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
function functionDefRaw(p: Parser, start: Token, decorator_list: Expr[]): Stmt {
  if (p.callInvalidRules) invalidDefRaw(p);
  const isAsync = isWord(start, 'async');
  if (isAsync) p.advance();
  p.advance();
  const name = p.identifier(p.expectName());
  expectForced(p, Tok.LPAR);
  const args = p.at(Tok.RPAR) ? emptyArguments() : params(p);
  p.expect(Tok.RPAR);
  // ['->' expression] is optional: without an expression the forced ':' reports the '->' (H8).
  const returns = p.attempt((p) => (p.expect(Tok.RARROW), expression(p)));
  expectForced(p, Tok.COLON);
  const type_comment = funcTypeComment(p);
  const body = block(p, BLOCK_COST.orElse);
  const kind = isAsync ? 'AsyncFunctionDef' : 'FunctionDef';
  const e = p.lastTok();
  return {
    _type: kind, name, args, body, decorator_list, returns, type_comment,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/**
 * `&&tok`: the grammar's forced token. Its absence is an immediate
 * "expected 'x'" error in CPython, even on the first pass.
 */
function expectForced(p: Parser, type: number): Token {
  const tok = p.peek();
  if (tok.type !== type) p.raiseAt(`expected '${TOKEN_SPELLING[type]}'`, tok, tok);
  return p.advance();
}

const TOKEN_SPELLING: Readonly<Record<number, string>> = { [Tok.LPAR]: '(', [Tok.COLON]: ':' };

// func_type_comment:
//     | NEWLINE TYPE_COMMENT &(NEWLINE INDENT)   (the comment on its own line after the signature)
//     | invalid_double_type_comments
//     | TYPE_COMMENT
function funcTypeComment(p: Parser): string | null {
  const tok = p.peek();
  if (tok.type === Tok.NEWLINE) {
    const tc = p.peekAt(1);
    if (tc.type !== Tok.TYPE_COMMENT || p.peekAt(2).type !== Tok.NEWLINE || p.peekAt(3).type !== Tok.INDENT) {
      return null;
    }
    p.advance();
    p.advance();
    return tc.string;
  }
  if (p.callInvalidRules) invalidDoubleTypeComments(p);
  if (tok.type !== Tok.TYPE_COMMENT) return null;
  p.advance();
  return tok.string;
}

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
// elif_stmt: (the same with 'elif'; an elif chain nests as If nodes in orelse)
// The elif links are read in a loop, so that a long chain does not deepen the
// JS stack; pegen nests a frame per link (LEVEL_COST.elifLink).
function ifStmt(p: Parser, start: Token): Stmt {
  const links: { start: Token; test: Expr; body: Stmt[] }[] = [];
  const level = p.level;
  let tok = start;
  for (;;) {
    if (p.callInvalidRules) invalidIfStmt(p);
    p.advance();
    const test = deeper(p, STATEMENT_COST.ifTest, namedExpression);
    p.expect(Tok.COLON);
    links.push({ start: tok, test, body: block(p, BLOCK_COST.plain) });
    tok = p.peek();
    if (!isWord(tok, 'elif')) break;
    p.nest(LEVEL_COST.elifLink);
  }
  let orelse = elseBlock(p);
  p.level = level;
  const e = p.lastTok();
  for (let i = links.length - 1; i >= 0; i--) {
    const { start, test, body } = links[i];
    orelse = [{
      _type: 'If', test, body, orelse,
      lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
    }];
  }
  return orelse[0];
}

// else_block: invalid_else_stmt | 'else' &&':' block     (absent: an empty list)
function elseBlock(p: Parser): Stmt[] {
  if (!isWord(p.peek(), 'else')) return [];
  if (p.callInvalidRules) invalidElseStmt(p);
  p.advance();
  expectForced(p, Tok.COLON);
  return block(p, BLOCK_COST.orElse);
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
function whileStmt(p: Parser, start: Token): Stmt {
  if (p.callInvalidRules) invalidWhileStmt(p);
  p.advance();
  const test = deeper(p, STATEMENT_COST.ifTest, namedExpression);
  p.expect(Tok.COLON);
  const body = block(p, BLOCK_COST.plain);
  const orelse = elseBlock(p);
  const e = p.lastTok();
  return {
    _type: 'While', test, body, orelse,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// for_stmt:
//     | invalid_for_stmt
//     | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
function forStmt(p: Parser, start: Token): Stmt {
  if (p.callInvalidRules) invalidForStmt(p);
  const isAsync = isWord(start, 'async');
  if (isAsync) p.advance();
  p.advance();
  const target = starTargets(p);
  p.expectKeyword('in');
  const iter = starExpressions(p);
  p.expect(Tok.COLON);
  const tc = p.accept(Tok.TYPE_COMMENT);
  const body = block(p, BLOCK_COST.plain);
  const orelse = elseBlock(p);
  const type_comment = tc === null ? null : tc.string;
  const e = p.lastTok();
  return {
    _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//     | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
function withStmt(p: Parser, start: Token): Stmt {
  if (p.callInvalidRules) invalidWithStmt(p);
  const isAsync = isWord(start, 'async');
  if (isAsync) p.advance();
  p.advance();
  // `with (a, b):` groups items, but `with (a, b) as c:` is one tuple item: try the grouping first.
  let items = p.at(Tok.LPAR) ? p.attempt(parenthesizedWithItems) : null;
  let tc: Token | null = null;
  if (items === null) {
    items = [withItem(p)];
    while (p.accept(Tok.COMMA) !== null) items.push(withItem(p));
    p.expect(Tok.COLON);
    tc = p.accept(Tok.TYPE_COMMENT);
  }
  const body = block(p, BLOCK_COST.plain);
  const type_comment = tc === null ? null : tc.string;
  const e = p.lastTok();
  return {
    _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/** '(' ','.with_item+ ','? ')' ':' — the colon included, so that `(a) as b:` falls back. */
function parenthesizedWithItems(p: Parser): WithItem[] {
  p.expect(Tok.LPAR);
  const items = [withItem(p)];
  while (p.accept(Tok.COMMA) !== null && !p.at(Tok.RPAR)) items.push(withItem(p));
  p.expect(Tok.RPAR);
  p.expect(Tok.COLON);
  return items;
}

// with_item:
//     | expression 'as' star_target &(',' | ')' | ':')
//     | invalid_with_item
//     | expression
function withItem(p: Parser): WithItem {
  const context_expr = expression(p);
  let optional_vars: Expr | null = null;
  if (p.atKeyword('as')) {
    const m = p.mark();
    p.advance();
    const target = p.attempt(starTarget);
    const t = p.peek().type;
    if (target !== null && (t === Tok.COMMA || t === Tok.RPAR || t === Tok.COLON)) {
      optional_vars = target;
    } else {
      if (p.callInvalidRules) {
        p.reset(m + 1); // H8: invalid_with_item looks at the target after 'as'
        invalidWithItem(p);
      }
      p.reset(m);
    }
  }
  return { _type: 'withitem', context_expr, optional_vars };
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
function tryStmt(p: Parser, start: Token): Stmt {
  if (p.callInvalidRules) invalidTryStmt(p);
  p.advance();
  expectForced(p, Tok.COLON);
  const body = block(p, BLOCK_COST.plain);
  const handlers: ExceptHandler[] = [];
  // except* handlers make a TryStar; the kind of the first handler decides for all.
  const star = isWord(p.peek(), 'except') && p.peekAt(1).type === Tok.STAR;
  while (isWord(p.peek(), 'except')) handlers.push(exceptBlock(p, star));
  const orelse = handlers.length > 0 ? elseBlock(p) : [];
  let finalbody: Stmt[] = [];
  if (isWord(p.peek(), 'finally')) {
    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    p.advance();
    expectForced(p, Tok.COLON);
    finalbody = block(p, BLOCK_COST.orElse);
  } else if (handlers.length === 0) {
    p.fail();
  }
  const e = p.lastTok();
  return {
    _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
function exceptBlock(p: Parser, star: boolean): ExceptHandler {
  const start = p.advance();
  if ((p.accept(Tok.STAR) !== null) !== star) p.fail(); // except and except* do not mix
  let type: Expr | null = null;
  let name: string | null = null;
  if (star || !p.at(Tok.COLON)) {
    type = expression(p);
    if (p.acceptKeyword('as') !== null) name = p.identifier(p.expectName());
  }
  p.expect(Tok.COLON);
  const body = block(p, BLOCK_COST.except);
  const e = p.lastTok();
  return {
    _type: 'ExceptHandler', type, name, body,
    lineno: start.lineno, col_offset: start.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}
