// Helpers shared by the `invalid_*` rules of the second pass.
//
// The rules are written as in the grammar, as small PEG combinators over the
// parser's own parse functions: `opt` ([x]), `many` (x*), `gather` (','.x+),
// lookaheads. Every hook runs through `hook`, which restores the position
// (the parser continues where it called the hook), turns a failed match into a
// plain return, and remembers positions where a rule already ran without
// raising: CPython memoizes the rules the invalid alternatives re-parse, and
// without this, nested brackets or blocks would be re-checked an exponential
// number of times on the second pass.

import type { Token } from '../../tokenizer/lexer.js';
import { SOFT_KEYWORDS, Tok } from '../../tokenizer/tokens.js';
import { FAIL, type Parser } from '../parser-state.js';

interface PassState {
  /** Per hook name, the token positions where it ran and raised nothing. */
  readonly done: Map<string, Set<number>>;
  /** Bracket depth after each buffered token (pegen's Token.level), filled on demand. */
  readonly levels: number[];
  depth: number;
}

const STATES = new WeakMap<Parser, PassState>();

function state(p: Parser): PassState {
  let s = STATES.get(p);
  if (s === undefined) {
    s = { done: new Map(), levels: [], depth: 0 };
    STATES.set(p, s);
  }
  return s;
}

/**
 * Runs the invalid rule `body` at the current position: it raises a
 * PySyntaxError or fails; either way the position is restored when it returns.
 */
export function hook(p: Parser, name: string, body: (p: Parser) => void): void {
  const m = p.pos;
  const level = p.level;
  const s = state(p);
  let seen = s.done.get(name);
  if (seen === undefined) s.done.set(name, (seen = new Set()));
  if (seen.has(m)) return;
  try {
    body(p);
  } catch (e) {
    if (e !== FAIL) throw e;
  } finally {
    p.pos = m;
    p.level = level;
  }
  seen.add(m);
}

/** Runs `fn` with the invalid rules switched off (pegen's `*_without_invalid` rules). */
export function withoutInvalid<T>(p: Parser, fn: (p: Parser) => T): T {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    return fn(p);
  } finally {
    p.callInvalidRules = saved;
  }
}

/** [x]: the result of `fn`, or null (position restored) when it fails. */
export function opt<T>(p: Parser, fn: (p: Parser) => T): T | null {
  return p.attempt(fn);
}

/** x*: results of `fn` while it matches. */
export function many<T>(p: Parser, fn: (p: Parser) => T): T[] {
  const out: T[] = [];
  for (;;) {
    const r = p.attempt(fn);
    if (r === null) return out;
    out.push(r);
  }
}

/** x+ */
export function many1<T>(p: Parser, fn: (p: Parser) => T): T[] {
  const out = many(p, fn);
  if (out.length === 0) p.fail();
  return out;
}

/** ','.x+ : one or more `fn` separated by commas (a comma is consumed only before another item). */
export function gather<T>(p: Parser, fn: (p: Parser) => T): T[] {
  const out = [fn(p)];
  for (;;) {
    const m = p.pos;
    if (p.accept(Tok.COMMA) === null) return out;
    const r = p.attempt(fn);
    if (r === null) {
      p.pos = m;
      return out;
    }
    out.push(r);
  }
}

/** &x: true when `fn` matches here; the position does not move. */
export function ahead(p: Parser, fn: (p: Parser) => unknown): boolean {
  const m = p.pos;
  const ok = p.attempt(fn) !== null;
  p.pos = m;
  return ok;
}

/** Consumes a token of one of `types`, or fails. */
export function expectAny(p: Parser, ...types: number[]): Token {
  const t = p.peek();
  if (types.indexOf(t.type) < 0) p.fail();
  p.pos++;
  return t;
}

/** True when the next token has one of `types` (fetches it, as a lookahead does). */
export function atAny(p: Parser, ...types: number[]): boolean {
  return types.indexOf(p.peek().type) >= 0;
}

/**
 * SOFT_KEYWORD as 3.11's _PyPegen_soft_keyword_token matches it: it compares
 * only as many characters as the NAME has, so any prefix of a soft keyword
 * ('c', 'ma', '_') counts too.
 */
export function isSoftKeyword(t: Token): boolean {
  if (t.type !== Tok.NAME || t.string.length === 0) return false;
  for (const kw of SOFT_KEYWORDS) if (kw.startsWith(t.string)) return true;
  return false;
}

/** The keyword `word` as a token (ASYNC/AWAIT may come as their own types). */
export function isWordToken(t: Token, word: string): boolean {
  return t.string === word && (t.type === Tok.NAME || t.type === Tok.ASYNC || t.type === Tok.AWAIT);
}

/** Consumes the keyword `word` (also as an ASYNC/AWAIT token) or fails. */
export function keyword(p: Parser, word: string): Token {
  const t = p.peek();
  if (!isWordToken(t, word)) p.fail();
  p.pos++;
  return t;
}

/** Bracket depth after buffered token `index` (pegen's `Token.level`). */
export function tokenLevel(p: Parser, index: number): number {
  const s = state(p);
  const levels = s.levels;
  while (levels.length <= index) {
    const t = p.tokens[levels.length].type;
    if (t === Tok.LPAR || t === Tok.LSQB || t === Tok.LBRACE) s.depth++;
    else if ((t === Tok.RPAR || t === Tok.RSQB || t === Tok.RBRACE) && s.depth > 0) s.depth--;
    levels.push(s.depth);
  }
  return levels[index];
}

/** The index in the buffer of token `t`, searching back from the current position. */
export function indexOfToken(p: Parser, t: Token): number {
  for (let i = Math.min(p.pos, p.tokens.length - 1); i >= 0; i--) if (p.tokens[i] === t) return i;
  for (let i = p.pos + 1; i < p.tokens.length; i++) if (p.tokens[i] === t) return i;
  return -1;
}
