// Assignment and deletion targets: star_targets, del_targets, single_target.
//
// A target has the same syntax as a primary (the grammar's t_primary is
// primary with lookaheads) or a bracketed sequence of targets, and the same
// positions as the expression spelled the same way. So a target is parsed with
// the expression parser (`primary`) and then checked and given its context
// (Store or Del) by `toTarget`, which walks into tuples, lists and starred items
// as star_atom / del_t_atom do. Checking happens before any context is changed,
// so a caller may try a target and fall back to using the same nodes as an
// expression. When a check fails the alternative fails (FAIL); the "cannot
// assign to X" / "cannot delete X" messages belong to the second pass
// (errors/, which finds the offending node with its own invalidTarget).

import type { Expr } from '../ast/nodes.js';
import { Tok } from '../tokenizer/tokens.js';
import type { Parser } from './parser-state.js';
import { primary, startsStarExpression, starredNode, tupleNode } from './expressions.js';

/** What a target may be: which context it gets and whether '*' items are allowed. */
const enum TargetKind {
  /** star_target: Name, Attribute, Subscript, tuples/lists of star_targets, '*' star_target. */
  Star,
  /** del_target: like Star with Del context and no '*' items. */
  Del,
  /** single_target: Name, Attribute, Subscript, possibly parenthesized. */
  Single,
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
export function starTargets(p: Parser): Expr {
  const start = p.peek();
  const first = starTarget(p);
  if (!p.at(Tok.COMMA)) return first;
  const elts = [first];
  while (p.accept(Tok.COMMA) !== null && startsStarExpression(p.peek())) elts.push(starTarget(p));
  return tupleNode(elts, 'Store', start, p.lastTok());
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
export function starTarget(p: Parser): Expr {
  const tok = p.peek();
  if (tok.type !== Tok.STAR) return targetWithStarAtom(p);
  p.pos++;
  if (p.at(Tok.STAR)) p.fail();
  const value = starTarget(p);
  return starredNode(value, 'Store', tok, p.lastTok());
}

// target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
export function targetWithStarAtom(p: Parser): Expr {
  const e = primary(p);
  // A bare '*x' cannot stand in parentheses alone: `(*x)` fails in `primary` already.
  if (!isTarget(e, TargetKind.Star, false)) p.fail();
  setContext(e, 'Store');
  return e;
}

// del_targets: ','.del_target+ [',']
// del_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
export function delTargets(p: Parser): Expr[] {
  const targets: Expr[] = [];
  do {
    const e = primary(p);
    if (!isTarget(e, TargetKind.Del, false)) p.fail();
    setContext(e, 'Del');
    targets.push(e);
  } while (p.accept(Tok.COMMA) !== null && startsStarExpression(p.peek()));
  return targets;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
export function singleTarget(p: Parser): Expr {
  const e = primary(p);
  if (!isTarget(e, TargetKind.Single, false)) p.fail();
  setContext(e, 'Store');
  return e;
}

/**
 * Turns an already parsed expression into a star_targets target (Store), or
 * returns null (leaving `e` untouched) when it is not one. For statements that
 * parse `star_expressions` first and learn from a following '=' that it was a
 * target.
 */
export function toStarTargets(e: Expr): Expr | null {
  if (!isTarget(e, TargetKind.Star, true)) return null;
  setContext(e, 'Store');
  return e;
}

/** Like toStarTargets for single_target (augmented and annotated assignment). */
export function toSingleTarget(e: Expr): Expr | null {
  if (!isTarget(e, TargetKind.Single, false)) return null;
  setContext(e, 'Store');
  return e;
}

/** True when `e` has the shape of a target of this kind. `starOk`: a '*' item may stand here. */
function isTarget(e: Expr, kind: TargetKind, starOk: boolean): boolean {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return true;
    case 'Tuple':
    case 'List':
      if (kind === TargetKind.Single) return false;
      for (const elt of e.elts) if (!isTarget(elt, kind, true)) return false;
      return true;
    case 'Starred':
      // '*' (!'*' star_target): the starred item itself may not be starred.
      return kind === TargetKind.Star && starOk && e.value._type !== 'Starred' && isTarget(e.value, kind, false);
    default:
      return false;
  }
}

/** Gives `e` (already checked by isTarget) and its nested targets the context `ctx`. */
function setContext(e: Expr, ctx: 'Store' | 'Del'): void {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    default:
      return;
  }
}
