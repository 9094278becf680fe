// The match statement's compile-time errors (compile.c's compiler_match and
// compiler_pattern_*): unreachable cases, names bound twice or differently by
// alternatives, repeated class-pattern attributes, starred and mapping-key
// rules. Patterns are walked in codegen's order, and, as in codegen, entering
// a pattern moves the location there without moving it back, so an error
// found after a sub-pattern is located at the last pattern entered.

import type { Expr, MatchCase, Pattern, PyConstant, Stmt } from '../../ast/nodes.js';
import { constantRepr } from '../../kernels/repr/constant-repr.js';
import { strRepr } from '../../kernels/repr/str-repr.js';
import type { Checker } from './checker.js';
import { constantKey } from './constant-key.js';

/** compile.c's pattern_context, as far as errors need it. */
interface PatternContext {
  /** Names captured so far, in order. */
  stores: string[];
  /** May an irrefutable pattern appear here (a guarded or last case, a sub-pattern)? */
  allowIrrefutable: boolean;
}

const isWildcard = (p: Pattern): boolean => p._type === 'MatchAs' && p.name === null;
const isStarWildcard = (p: Pattern): boolean => p._type === 'MatchStar' && p.name === null;

/** compiler_match: the subject, then each case's pattern, guard and body; a trailing `case _:` last. */
export function checkMatch(c: Checker, s: Stmt & { _type: 'Match' }): void {
  c.expr(s.subject);
  const cases = s.cases;
  const hasDefault = isWildcard(cases[cases.length - 1].pattern) && cases.length > 1;
  for (let i = 0; i < cases.length - (hasDefault ? 1 : 0); i++) {
    const m = cases[i];
    c.setLoc(m.pattern);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1 };
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.storeName(name);
    caseRest(c, m);
    c.setLoc(m.pattern);
  }
  if (hasDefault) {
    const m = cases[cases.length - 1];
    c.setLoc(m.pattern);
    caseRest(c, m);
  }
}

function caseRest(c: Checker, m: MatchCase): void {
  if (m.guard !== null) c.jumpIf(m.guard);
  c.stmts(m.body);
}

function pattern(c: Checker, p: Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue': return matchValue(c, p.value);
    case 'MatchSingleton': return;
    case 'MatchSequence': return sequence(c, p.patterns, pc);
    case 'MatchMapping': return mapping(c, p, pc);
    case 'MatchClass': return classPattern(c, p, pc);
    case 'MatchStar': return storeName(c, p.name, pc);
    case 'MatchAs': return asPattern(c, p, pc);
    case 'MatchOr': return orPattern(c, p.patterns, pc);
  }
}

function matchValue(c: Checker, value: Expr): void {
  if (value._type !== 'Constant' && value._type !== 'Attribute') c.error('patternValueKind');
  c.expr(value);
}

/** pattern_helper_store_name: a capture, refused for `__debug__` and for a name already bound. */
function storeName(c: Checker, name: string | null, pc: PatternContext): void {
  if (name === null) return;
  c.storeName(name);
  if (pc.stores.includes(name)) c.error('patternDuplicateStore', strRepr(name));
  pc.stores.push(name);
}

/** compiler_pattern_subpattern: sub-patterns may always be irrefutable. */
function subpattern(c: Checker, p: Pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

function asPattern(c: Checker, p: Pattern & { _type: 'MatchAs' }, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) c.error('captureUnreachable', strRepr(p.name));
      c.error('wildcardUnreachable');
    }
    return storeName(c, p.name, pc);
  }
  pattern(c, p.pattern, pc);
  storeName(c, p.name, pc);
}

/**
 * compiler_pattern_sequence: one star at most; when the star is a wildcard,
 * wildcard elements are skipped (never entered), otherwise every element is.
 */
function sequence(c: Checker, patterns: readonly Pattern[], pc: PatternContext): void {
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((p, i) => {
    if (p._type === 'MatchStar') {
      if (star >= 0) c.error('multipleStarredPattern');
      starWildcard = isStarWildcard(p);
      onlyWildcard &&= starWildcard;
      star = i;
    } else {
      onlyWildcard &&= isWildcard(p);
    }
  });
  if (onlyWildcard) return;
  if (starWildcard) {
    patterns.forEach((p, i) => { if (!isWildcard(p) && i !== star) subpattern(c, p, pc); });
    return;
  }
  c.checkUnpack(patterns, 'MatchStar', true);
  for (const p of patterns) subpattern(c, p, pc);
}

/** compiler_pattern_mapping: keys checked (literal or attribute, no constant twice), then values, then `**rest`. */
function mapping(c: Checker, p: Pattern & { _type: 'MatchMapping' }, pc: PatternContext): void {
  if (p.keys.length === 0 && p.rest === null) return;
  const seen = new Set<string>();
  for (const key of p.keys) {
    if (key._type === 'Constant') {
      const k = constantKey(key.value as PyConstant);
      if (seen.has(k)) c.error('mappingDuplicateKey', constantRepr(key.value));
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      c.error('mappingKeyKind');
    }
    c.expr(key);
  }
  for (const sub of p.patterns) subpattern(c, sub, pc);
  storeName(c, p.rest, pc);
}

/** compiler_pattern_class: keyword attributes validated (at their patterns), the class, then sub-patterns. */
function classPattern(c: Checker, p: Pattern & { _type: 'MatchClass' }, pc: PatternContext): void {
  const attrs = p.kwd_attrs;
  for (let i = 0; i < attrs.length; i++) {
    c.setLoc(p.kwd_patterns[i]);
    c.storeName(attrs[i]);
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attrs[i]) {
        c.setLoc(p.kwd_patterns[j]);
        c.error('classAttrRepeated', attrs[i]);
      }
    }
  }
  if (attrs.length > 0) c.setLoc(p);
  c.expr(p.cls);
  for (const sub of [...p.patterns, ...p.kwd_patterns]) if (!isWildcard(sub)) subpattern(c, sub, pc);
}

/**
 * compiler_pattern_or: each alternative binds into a fresh list, and must bind
 * the same names as the first; only the last may be irrefutable. The names then
 * join the enclosing pattern's, where a repeat is an error.
 */
function orPattern(c: Checker, alts: readonly Pattern[], pc: PatternContext): void {
  const outer = pc.stores;
  const outerIrrefutable = pc.allowIrrefutable;
  let control: string[] | null = null;
  alts.forEach((alt, i) => {
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === alts.length - 1 && outerIrrefutable;
    pattern(c, alt, pc);
    if (control === null) control = pc.stores;
    else if (!sameNames(control, pc.stores)) c.error('alternativesDiffer');
  });
  pc.stores = outer;
  pc.allowIrrefutable = outerIrrefutable;
  for (const name of control ?? []) {
    if (outer.includes(name)) c.error('patternDuplicateStore', strRepr(name));
    outer.push(name);
  }
}

function sameNames(control: readonly string[], stores: readonly string[]): boolean {
  return control.length === stores.length && control.every((n) => stores.includes(n));
}
