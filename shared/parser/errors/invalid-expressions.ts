// The `invalid_*` rules of expressions: missing commas, `print x`, `a if b`
// without else, misplaced '=' and ':=', starred groups, comprehensions, dict
// displays and call arguments.
//
// Each exported function is a hook the expression parser calls on the second
// pass at the place the grammar tries the rule (see expressions.ts). The rules
// are transcribed from Grammar/python.gram with the parser's own functions for
// the sub-rules, so the same tokens are fetched and nested hooks run in the
// same order as in CPython. A rule either throws its PySyntaxError or returns.

import type { Comprehension, Expr } from '../../ast/nodes.js';
import type { Token } from '../../tokenizer/lexer.js';
import { KEYWORDS, Tok } from '../../tokenizer/tokens.js';
import {
  assignmentExpression, atom, bitwiseOr, disjunction, expression, forIfClauses, starExpressions,
  starNamedExpression,
} from '../expressions.js';
import type { Parser, Span } from '../parser-state.js';
import { exprName, invalidTarget } from './expr-names.js';
import { message } from './messages.js';
import {
  ahead, atAny, gather, hook, isSoftKeyword, isWordToken, keyword, opt, tokenLevel, withoutInvalid,
} from './pass-state.js';
import { starTargets } from '../targets.js';
import { raiseAtLastToken, raiseKnownLocation, raiseKnownRange, raiseStartingFrom, syntaxErrorAt } from './raise.js';

/** Statements of Python 2 that `invalid_legacy_expression` recognises (_PyPegen_check_legacy_stmt). */
const LEGACY_STATEMENTS: ReadonlySet<string> = new Set(['print', 'exec']);

function isLegacy(e: Expr): boolean {
  return e._type === 'Name' && LEGACY_STATEMENTS.has(e.id);
}

/** NAME: an identifier token that is not a hard keyword. */
function nameToken(p: Parser): Token {
  return p.expectName();
}

// ---------------------------------------------------------------------------
// expression

/** invalid_expression, then invalid_legacy_expression: the first two alternatives of `expression`. */
export function invalidExpression(p: Parser): void {
  hook(p, 'expression', (p) => {
    // When invalid_expression fails (or matches without raising), `expression`
    // goes on to its next alternative.
    const m = p.pos;
    p.attempt(invalidExpressionRule);
    p.pos = m;
    p.attempt(invalidLegacyExpression);
  });
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//     | a=disjunction 'if' b=disjunction !('else'|':')
/** Returns true when an alternative matched but its action declined to raise. */
function invalidExpressionRule(p: Parser): boolean {
  const m = p.pos;
  const t0 = p.peek();
  // NAME excludes keywords; a soft keyword is a NAME, so its next token is fetched too.
  const isName = t0.type === Tok.NAME && !KEYWORDS.has(t0.string);
  const blocked = (isName && p.peekAt(1).type === Tok.STRING) || isSoftKeyword(t0);
  if (!blocked) {
    const a = opt(p, disjunction);
    if (a !== null) {
      const b = opt(p, (p) => withoutInvalid(p, expression));
      if (b !== null) {
        // Python 2 statements are left to invalid_legacy_expression; outside brackets
        // two expressions side by side are a plain "invalid syntax".
        if (isLegacy(a) || tokenLevel(p, p.pos - 1) === 0) return true;
        raiseKnownRange(p, message('forgotComma'), a, b);
      }
    }
    p.pos = m;
  }
  const a = disjunction(p);
  keyword(p, 'if');
  const b = disjunction(p);
  const t = p.peek();
  if (isWordToken(t, 'else') || t.type === Tok.COLON) p.fail();
  return raiseKnownRange(p, message('expectedElse'), a, b);
}

// invalid_legacy_expression: a=NAME !'(' b=star_expressions
function invalidLegacyExpression(p: Parser): void {
  const tok = nameToken(p);
  if (p.at(Tok.LPAR)) p.fail();
  const b = starExpressions(p);
  if (!LEGACY_STATEMENTS.has(tok.string)) return;
  raiseKnownRange(p, message('missingParentheses', tok.string, tok.string), tok, b);
}

// ---------------------------------------------------------------------------
// named_expression

// invalid_named_expression:
//     | a=expression ':=' expression
//     | a=NAME '=' b=bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
export function invalidNamedExpression(p: Parser): void {
  hook(p, 'named_expression', (p) => {
    const m = p.pos;
    const a = opt(p, expression);
    if (a !== null && p.accept(Tok.COLONEQUAL) !== null && opt(p, expression) !== null) {
      raiseKnownLocation(p, message('walrusTarget', exprName(a)), a);
    }
    p.pos = m;
    if (p.attempt(nameEqualsAlternative) !== null) return;
    p.pos = m;
    if (ahead(p, displayOrSingleton)) return;
    const target = bitwiseOr(p);
    p.expect(Tok.EQUAL);
    bitwiseOr(p);
    if (atAny(p, Tok.EQUAL, Tok.COLONEQUAL)) p.fail();
    raiseKnownLocation(p, message('assignHereMaybeEqual', exprName(target)), target);
  });
}

/** a=NAME '=' b=bitwise_or !('='|':='): raises, or fails. */
function nameEqualsAlternative(p: Parser): never {
  const a = nameToken(p);
  p.expect(Tok.EQUAL);
  const b = bitwiseOr(p);
  if (atAny(p, Tok.EQUAL, Tok.COLONEQUAL)) p.fail();
  return raiseKnownRange(p, message('maybeEqualOrWalrus'), a, b);
}

/** list | tuple | genexp | 'True' | 'None' | 'False' (the negative lookahead of the third alternative). */
function displayOrSingleton(p: Parser): void {
  const t = p.peek();
  if (t.type === Tok.NAME) {
    if (t.string !== 'True' && t.string !== 'None' && t.string !== 'False') p.fail();
    p.pos++;
    return;
  }
  if (t.type !== Tok.LSQB && t.type !== Tok.LPAR) p.fail();
  const e = atom(p);
  // A parenthesized group gives back its inner node, which starts after the '('.
  const startsHere = e.lineno === t.lineno && e.col_offset === t.col_offset;
  const ok = t.type === Tok.LSQB ? e._type === 'List' : startsHere && (e._type === 'Tuple' || e._type === 'GeneratorExp');
  if (!ok) p.fail();
}

// ---------------------------------------------------------------------------
// Groups, comprehensions and displays.

/**
 * After '(' or '[' in an atom (the bracket is the previous token):
 * invalid_group (for '(') and invalid_comprehension.
 */
export function invalidGroupOrComprehension(p: Parser): void {
  hook(p, 'group_or_comprehension', (p) => {
    const open = p.tokens[p.pos - 1];
    const m = p.pos;
    if (open.type === Tok.LPAR) {
      p.attempt(invalidGroup);
      p.pos = m;
    }
    invalidComprehension(p, open);
  });
}

// invalid_group:
//     | '(' a=starred_expression ')'
//     | '(' a='**' expression ')'
function invalidGroup(p: Parser): void {
  const star = p.peek();
  if (star.type === Tok.STAR) {
    const a = starredExpression(p);
    p.expect(Tok.RPAR);
    raiseKnownLocation(p, message('starredHere'), a);
  }
  p.expect(Tok.DOUBLESTAR);
  expression(p);
  p.expect(Tok.RPAR);
  raiseKnownLocation(p, message('doubleStarredHere'), star);
}

// starred_expression: '*' expression
function starredExpression(p: Parser): Span {
  const star = p.expect(Tok.STAR);
  expression(p);
  const e = p.lastTok();
  return { lineno: star.lineno, col_offset: star.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

// invalid_comprehension:
//     | ('[' | '(' | '{') a=starred_expression for_if_clauses
//     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
//     | ('[' | '{') a=star_named_expression b=',' for_if_clauses
function invalidComprehension(p: Parser, open: Token): void {
  const m = p.pos;
  const a = opt(p, starredExpression);
  if (a !== null && opt(p, forIfClauses) !== null) raiseKnownLocation(p, message('unpackInComprehension'), a);
  if (open.type === Tok.LPAR) return;
  p.pos = m;
  const first = starNamedExpression(p);
  const comma = p.expect(Tok.COMMA);
  const rest = opt(p, starNamedExpressionsList);
  if (rest !== null && opt(p, forIfClauses) !== null) {
    raiseKnownRange(p, message('comprehensionTargetParens'), first, rest[rest.length - 1]);
  }
  p.pos = m;
  starNamedExpression(p);
  p.expect(Tok.COMMA);
  forIfClauses(p);
  raiseKnownRange(p, message('comprehensionTargetParens'), first, comma);
}

// star_named_expressions: ','.star_named_expression+ [',']
function starNamedExpressionsList(p: Parser): Expr[] {
  const elts = gather(p, starNamedExpression);
  p.accept(Tok.COMMA);
  return elts;
}

/** After '{' (not '{}'): the invalid alternatives of dict, dictcomp and setcomp. */
export function invalidBraceContents(p: Parser): void {
  hook(p, 'brace', (p) => {
    const m = p.pos;
    // dict: '{' [double_starred_kvpairs] '}' — tried first; its items run the nested hooks.
    opt(p, doubleStarredKvpairs);
    p.pos = m;
    p.attempt(invalidDoubleStarredKvpairs);
    p.pos = m;
    // dictcomp's invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
    const a = p.accept(Tok.DOUBLESTAR);
    if (a !== null && opt(p, bitwiseOr) !== null && opt(p, forIfClauses) !== null && p.at(Tok.RBRACE)) {
      raiseKnownLocation(p, message('dictUnpackInComprehension'), a);
    }
    p.pos = m;
    invalidComprehension(p, p.tokens[m - 1]);
  });
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
function doubleStarredKvpairs(p: Parser): void {
  gather(p, doubleStarredKvpair);
  p.accept(Tok.COMMA);
}

// double_starred_kvpair: '**' bitwise_or | kvpair        kvpair: expression ':' expression
function doubleStarredKvpair(p: Parser): void {
  if (p.accept(Tok.DOUBLESTAR) !== null) {
    bitwiseOr(p);
    return;
  }
  expression(p);
  p.expect(Tok.COLON);
  expression(p);
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' a='*' bitwise_or
//     | expression a=':' &('}'|',')
function invalidDoubleStarredKvpairs(p: Parser): void {
  const m = p.pos;
  if (opt(p, (p) => gather(p, doubleStarredKvpair)) !== null && p.accept(Tok.COMMA) !== null) {
    invalidKvpair(p);
  }
  p.pos = m;
  valueAfterColon(p);
}

// invalid_kvpair:
//     | a=expression !(':')
//     | expression ':' a='*' bitwise_or
//     | expression a=':' &('}'|',')
function invalidKvpair(p: Parser): void {
  const m = p.pos;
  const a = opt(p, expression);
  if (a !== null && !p.at(Tok.COLON)) {
    // pegen places this one at the key's last character, with no end column.
    throw syntaxErrorAt(p, 'SyntaxError', message('dictColonExpected'), a.lineno, a.end_col_offset, a.end_lineno, 0);
  }
  p.pos = m;
  opt(p, valueAfterColon);
}

/** The two alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair. */
function valueAfterColon(p: Parser): void {
  expression(p);
  const colon = p.expect(Tok.COLON);
  const star = p.accept(Tok.STAR);
  if (star !== null) {
    bitwiseOr(p);
    raiseStartingFrom(p, message('starredDictValue'), star);
  }
  if (!atAny(p, Tok.RBRACE, Tok.COMMA)) p.fail();
  raiseKnownLocation(p, message('dictValueExpected'), colon);
}

// ---------------------------------------------------------------------------
// Comprehension targets.

// invalid_for_target: ASYNC? 'for' a=star_expressions
/**
 * In a comprehension, after 'for': the valid clause `star_targets 'in'` is cut
 * (`~`) once 'in' is reached, so the invalid rule only runs when that fails.
 */
export function invalidForTarget(p: Parser): void {
  hook(p, 'for_target', (p) => {
    if (ahead(p, targetsThenIn)) return;
    raiseInvalidTarget(p, starExpressions(p), 'for');
  });
}

function targetsThenIn(p: Parser): void {
  starTargets(p);
  keyword(p, 'in');
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to X" / "cannot delete X", or a plain failure. */
export function raiseInvalidTarget(p: Parser, e: Expr, kind: 'star' | 'for' | 'del'): void {
  const bad = invalidTarget(e, kind);
  if (bad === null) p.fail();
  const key = kind === 'del' ? 'cannotDelete' : 'cannotAssign';
  raiseKnownLocation(p, message(key, exprName(bad)), bad);
}

// ---------------------------------------------------------------------------
// Call arguments.

/** The parts of an `args` match that the invalid_arguments actions look at. */
interface ArgsMatch {
  /** Positional arguments (Call.args), starred ones included. */
  positional: Expr[];
  /** Whether a `**x` keyword argument is among them. */
  keywordUnpacking: boolean;
}

/**
 * After '(' of a call or a class's bases: genexp's invalid_comprehension (calls
 * only), then invalid_arguments.
 */
export function invalidArguments(p: Parser): void {
  hook(p, 'arguments', (p) => {
    const m = p.pos;
    if (!isClassBases(p)) {
      invalidComprehension(p, p.tokens[m - 1]);
      p.pos = m;
    }
    // arguments: args [','] &')' is tried first; it only re-parses what the alternatives below parse.
    invalidArgumentsRule(p);
  });
}

/** True after `class NAME (`: class bases have no generator-expression alternative. */
function isClassBases(p: Parser): boolean {
  const i = p.pos - 3;
  return i >= 0 && p.tokens[i].type === Tok.NAME && p.tokens[i].string === 'class';
}

// invalid_arguments:
//     | a=args ',' '*'
//     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
//     | a=NAME b='=' expression for_if_clauses
//     | a=args b=for_if_clauses
//     | args ',' a=expression b=for_if_clauses
//     | a=args ',' args
function invalidArgumentsRule(p: Parser): void {
  const m = p.pos;
  if (opt(p, args) !== null && p.accept(Tok.COMMA) !== null && p.at(Tok.STAR)) {
    // 3.11.7 reports this one at the '*'.
    raiseKnownLocation(p, message('iterableUnpackAfterKwUnpack'), p.peek());
  }
  p.pos = m;
  const a = opt(p, expression);
  if (a !== null) {
    const b = opt(p, forIfClauses);
    if (b !== null && p.accept(Tok.COMMA) !== null) {
      if (opt(p, args) === null) opt(p, (p) => (expression(p), forIfClauses(p)));
      raiseKnownRange(p, message('genexpMustBeParenthesized'), a, lastComprehensionItem(b));
    }
  }
  p.pos = m;
  if (p.attempt(keywordGenexp) !== null) return;
  p.pos = m;
  const a4 = opt(p, args);
  if (a4 !== null) {
    const b = opt(p, forIfClauses);
    if (b !== null) {
      const n = a4.positional.length;
      if (n <= 1) return; // _PyPegen_nonparen_genexp_in_call declines: the rule fails
      raiseKnownRange(p, message('genexpMustBeParenthesized'), a4.positional[n - 1], lastComprehensionItem(b));
    }
  }
  p.pos = m;
  if (opt(p, args) !== null && p.accept(Tok.COMMA) !== null) {
    const m2 = p.pos;
    const e = opt(p, expression);
    if (e !== null) {
      const b = opt(p, forIfClauses);
      if (b !== null) raiseKnownRange(p, message('genexpMustBeParenthesized'), e, lastComprehensionItem(b));
    }
    p.pos = m2;
  }
  p.pos = m;
  const first = args(p);
  p.expect(Tok.COMMA);
  args(p);
  raiseAtLastToken(p, message(first.keywordUnpacking ? 'positionalAfterKeywordUnpacking' : 'positionalAfterKeyword'));
}

/** a=NAME b='=' expression for_if_clauses: raises, or fails. */
function keywordGenexp(p: Parser): never {
  const a = nameToken(p);
  const b = p.expect(Tok.EQUAL);
  expression(p);
  forIfClauses(p);
  return raiseKnownRange(p, message('maybeEqualOrWalrus'), a, b);
}

/** _PyPegen_get_last_comprehension_item: the last `if` of the clause, else its iterable. */
function lastComprehensionItem(clauses: Comprehension[]): Expr {
  const c = clauses[clauses.length - 1];
  return c.ifs.length > 0 ? c.ifs[c.ifs.length - 1] : c.iter;
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
function args(p: Parser): ArgsMatch {
  const out: ArgsMatch = { positional: [], keywordUnpacking: false };
  const first = opt(p, positionalArg);
  if (first === null) {
    kwargs(p, out);
    return out;
  }
  out.positional.push(first);
  for (;;) {
    const m = p.pos;
    if (p.accept(Tok.COMMA) === null) return out;
    const next = opt(p, positionalArg);
    if (next === null) {
      p.pos = m;
      break;
    }
    out.positional.push(next);
  }
  const m = p.pos;
  if (p.accept(Tok.COMMA) === null || opt(p, (p) => kwargs(p, out)) === null) p.pos = m;
  return out;
}

/** starred_expression | (assignment_expression | expression !':=') !'=' */
function positionalArg(p: Parser): Expr {
  const t = p.peek();
  if (t.type === Tok.STAR) {
    p.pos++;
    const value = expression(p);
    const e = p.lastTok();
    return {
      _type: 'Starred', value, ctx: 'Load',
      lineno: t.lineno, col_offset: t.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
    };
  }
  let e = opt(p, assignmentExpression);
  if (e === null) {
    e = expression(p);
    if (p.at(Tok.COLONEQUAL)) p.fail();
  }
  if (p.at(Tok.EQUAL)) p.fail();
  return e;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
function kwargs(p: Parser, out: ArgsMatch): void {
  const m = p.pos;
  const starred = opt(p, (p) => gather(p, (p) => kwargOrStarred(p, out)));
  if (starred !== null) {
    const m2 = p.pos;
    if (p.accept(Tok.COMMA) !== null && opt(p, (p) => gather(p, (p) => kwargOrDoubleStarred(p, out))) !== null) return;
    p.pos = m2;
    return;
  }
  p.pos = m;
  gather(p, (p) => kwargOrDoubleStarred(p, out));
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
function kwargOrStarred(p: Parser, out: ArgsMatch): void {
  invalidKwarg(p);
  if (p.at(Tok.STAR)) {
    out.positional.push(positionalStar(p));
    return;
  }
  nameToken(p);
  p.expect(Tok.EQUAL);
  expression(p);
}

function positionalStar(p: Parser): Expr {
  const t = p.expect(Tok.STAR);
  const value = expression(p);
  const e = p.lastTok();
  return {
    _type: 'Starred', value, ctx: 'Load',
    lineno: t.lineno, col_offset: t.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
function kwargOrDoubleStarred(p: Parser, out: ArgsMatch): void {
  invalidKwarg(p);
  if (p.accept(Tok.DOUBLESTAR) !== null) {
    expression(p);
    out.keywordUnpacking = true;
    return;
  }
  nameToken(p);
  p.expect(Tok.EQUAL);
  expression(p);
}

// invalid_kwarg:
//     | a[Token*]=('True'|'False'|'None') b='='
//     | a=NAME b='=' expression for_if_clauses
//     | !(NAME '=') a=expression b='='
export function invalidKwarg(p: Parser): void {
  if (!p.callInvalidRules) return;
  hook(p, 'kwarg', (p) => {
    const m = p.pos;
    const t = p.peek();
    if (t.type === Tok.NAME && (t.string === 'True' || t.string === 'False' || t.string === 'None')) {
      p.pos++;
      const eq = p.accept(Tok.EQUAL);
      if (eq !== null) raiseKnownRange(p, message('cannotAssign', t.string), t, eq);
      p.pos = m;
    }
    if (p.attempt(keywordGenexp) !== null) return;
    p.pos = m;
    if (t.type === Tok.NAME && !KEYWORDS.has(t.string) && p.peekAt(1).type === Tok.EQUAL) return;
    const a = expression(p);
    const eq = p.expect(Tok.EQUAL);
    raiseKnownRange(p, message('kwargExpressionAssign'), a, eq);
  });
}
