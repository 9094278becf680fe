// The `match` statement and its pattern compiler (compile.c's compiler_match
// and compiler_pattern_* in 3.11).
//
// A pattern is compiled against the subject on top of the stack. While it
// runs, the stack holds, above the subject's copies, `onTop` items the pattern
// still needs plus one captured value per name in `stores`; on failure every
// one of them must be popped. So each failure jumps to a "fail_pop" block
// chosen by how many items are live at that point: failPop[n] pops one item
// and falls into failPop[n - 1], and failPop[0] is where the next case starts.
// Captured values are rotated (SWAP chains, 3.10's ROT_N) below the items
// still in use, and bound to their names only once the whole pattern matched.

import type { Expr, MatchCase, NodeOf, Pattern } from '../../ast/nodes.js';
import { PyTuple } from '../../ast/nodes.js';
import type { Codegen } from '../codegen.js';
import type { Block } from './cfg.js';
import { addBinary, addCompare, jumpIf } from './expressions.js';
import { Op } from './ops.js';

type P<K extends Pattern['_type']> = NodeOf<'pattern', K>;

/** The state of one pattern being compiled (compile.c's pattern_context). */
interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack. */
  stores: string[];
  /** failPop[n]: the block that pops n items and then fails. */
  failPop: Block[];
  /** Items above the captures that must be popped on failure. */
  onTop: number;
}

const isWildcard = (p: Pattern): boolean => p._type === 'MatchAs' && p.pattern === null && p.name === null;
const isStarWildcard = (p: Pattern): boolean => p._type === 'MatchStar' && p.name === null;

function ensureFailPop(c: Codegen, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(c.newBlock());
}

/** Jumps with `op` to the block that pops everything live now. */
function jumpToFailPop(c: Codegen, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]);
}

/** Lays out the fail_pop chain (each pops one item and falls into the next) and resets it. */
function emitAndResetFailPop(c: Codegen, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    c.useNextBlock(pc.failPop[n]);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

/** Moves the top of the stack `count - 1` places down, as 3.10's ROT_N did, with SWAPs. */
function rotate(c: Codegen, count: number): void {
  for (; count > 1; count--) c.addopI(Op.SWAP, count);
}

function storeName(c: Codegen, name: string | null, pc: PatternContext): void {
  if (name === null) return c.addop(Op.POP_TOP);
  // The value goes under everything still in use, after the earlier captures.
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function unpackSequence(c: Codegen, patterns: readonly Pattern[]): void {
  const n = patterns.length;
  let seenStar = false;
  patterns.forEach((p, i) => {
    if (p._type !== 'MatchStar') return;
    c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  });
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

/** Unpacks the subject, then matches each item in turn. */
function sequenceUnpack(c: Codegen, patterns: readonly Pattern[], pc: PatternContext): void {
  unpackSequence(c, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    compilePattern(c, p, pc);
  }
}

/** With a `*_` wildcard the items are fetched by index instead (negative ones via GET_LEN). */
function sequenceSubscr(c: Codegen, patterns: readonly Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((p, i) => {
    if (isWildcard(p) || i === star) return;
    c.addopI(Op.COPY, 1);
    if (i < star) c.loadConst(BigInt(i));
    else {
      c.addop(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      addBinary(c, 'Sub', false);
    }
    c.addop(Op.BINARY_SUBSCR);
    compilePattern(c, p, pc);
  });
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

function patternAs(c: Codegen, p: P<'MatchAs'>, pc: PatternContext): void {
  if (p.pattern === null) return storeName(c, p.name, pc);
  pc.onTop++;
  c.addopI(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternClass(c: Codegen, p: P<'MatchClass'>, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  c.visitExpr(p.cls);
  c.loadConst(new PyTuple(p.kwd_attrs));
  c.addopI(Op.MATCH_CLASS, nargs);
  c.addopI(Op.COPY, 1);
  c.loadConst(null);
  c.addopI(Op.IS_OP, 1);
  // On top now: a tuple of the nargs + nattrs attributes, or None.
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (const sub of [...p.patterns, ...p.kwd_patterns]) {
    pc.onTop--;
    if (isWildcard(sub)) c.addop(Op.POP_TOP);
    else compilePattern(c, sub, pc);
  }
}

/** The keys of a mapping pattern: literals (no duplicates) or attribute lookups. */
function mappingKeys(c: Codegen, p: P<'MatchMapping'>): void {
  p.keys.forEach((key: Expr | null, i) => {
    if (key === null) {
      c.setLoc(p.patterns[i]);
      throw c.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
    }
    c.visitExpr(key);
  });
}

function patternMapping(c: Codegen, p: P<'MatchMapping'>, pc: PatternContext): void {
  let size = p.keys.length;
  if (size !== p.patterns.length) {
    throw c.error(`keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`);
  }
  const rest = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && rest === null) {
    // `{}` matches any mapping: done with the subject.
    pc.onTop--;
    return c.addop(Op.POP_TOP);
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    addCompare(c, 'GtE');
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  mappingKeys(c, p);
  c.addopI(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  // A tuple of keys and a tuple of values (or None) now sit on the subject.
  pc.onTop += 2;
  c.addopI(Op.COPY, 1);
  c.loadConst(null);
  c.addopI(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    compilePattern(c, sub, pc);
  }
  pc.onTop -= 2;
  if (rest === null) {
    c.addop(Op.POP_TOP); // the keys
    return c.addop(Op.POP_TOP); // the subject
  }
  // **rest: a copy of the subject without the matched keys.
  c.addopI(Op.BUILD_MAP, 0);
  c.addopI(Op.SWAP, 3);
  c.addopI(Op.DICT_UPDATE, 2);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  while (size) {
    c.addopI(Op.COPY, 1 + size--);
    c.addopI(Op.SWAP, 2);
    c.addop(Op.DELETE_SUBSCR);
  }
  storeName(c, rest, pc);
}

/**
 * Reorders this alternative's captures (on the stack and in `stores`) to the
 * order the first alternative bound them in.
 */
function alignStores(c: Codegen, stores: string[], control: readonly string[]): void {
  for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
    const istores = stores.indexOf(control[icontrol]);
    if (istores === icontrol) continue;
    const rotations = istores + 1;
    const moved = stores.splice(0, rotations);
    stores.splice(icontrol - istores, 0, ...moved);
    for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
  }
}

function patternOr(c: Codegen, p: P<'MatchOr'>, pc: PatternContext): void {
  const end = c.newBlock();
  const outer = { ...pc };
  let control: string[] | null = null;
  p.patterns.forEach((alt) => {
    c.setLoc(alt);
    pc.stores = [];
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1);
    compilePattern(c, alt, pc);
    if (control === null) control = pc.stores;
    else if (pc.stores.length) alignStores(c, pc.stores, control);
    c.addopJ(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  });
  Object.assign(pc, outer);
  // No alternative matched: pop the subject's copy and fail.
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.useNextBlock(end);
  const names = control as string[] | null ?? [];
  // Each capture travels past the other captures, the subject's copy, the items
  // in use and the captures of enclosing patterns.
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP);
}

function patternSequence(c: Codegen, p: P<'MatchSequence'>, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub._type === 'MatchStar') {
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
    } else onlyWildcard &&= isWildcard(sub);
  });
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  // Length check: exact without a star; with one, only when there is something besides it.
  if (star < 0 || size > 1) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(star < 0 ? size : size - 1));
    addCompare(c, star < 0 ? 'Eq' : 'GtE');
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function patternValue(c: Codegen, p: P<'MatchValue'>, pc: PatternContext): void {
  c.visitExpr(p.value);
  addCompare(c, 'Eq');
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

function patternSingleton(c: Codegen, p: P<'MatchSingleton'>, pc: PatternContext): void {
  c.loadConst(p.value);
  addCompare(c, 'Is');
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

function compilePattern(c: Codegen, p: Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue': return patternValue(c, p, pc);
    case 'MatchSingleton': return patternSingleton(c, p, pc);
    case 'MatchSequence': return patternSequence(c, p, pc);
    case 'MatchMapping': return patternMapping(c, p, pc);
    case 'MatchClass': return patternClass(c, p, pc);
    case 'MatchStar': return storeName(c, p.name, pc);
    case 'MatchAs': return patternAs(c, p, pc);
    case 'MatchOr': return patternOr(c, p, pc);
  }
}

/** One case: match (on a copy of the subject unless it is the last), bind, check the guard, run the body. */
function matchCase(c: Codegen, m: MatchCase, last: boolean, end: Block): void {
  c.setLoc(m.pattern);
  if (!last) c.addopI(Op.COPY, 1);
  const pc: PatternContext = { stores: [], failPop: [], onTop: 0 };
  compilePattern(c, m.pattern, pc);
  for (const name of pc.stores) c.nameop(name, 'Store');
  if (m.guard) {
    ensureFailPop(c, pc, 0);
    jumpIf(c, m.guard, pc.failPop[0], false);
  }
  if (!last) c.addop(Op.POP_TOP);
  c.visitStmts(m.body);
  c.addopJNoline(Op.JUMP, end);
  // A failed match reports the pattern's line, not the body's last one.
  c.setLoc(m.pattern);
  emitAndResetFailPop(c, pc);
}

/** match subject: case ... — a trailing `case _:` is compiled without a test (compiler_match_inner). */
export function compileMatch(c: Codegen, s: NodeOf<'stmt', 'Match'>): void {
  c.visitExpr(s.subject);
  const end = c.newBlock();
  const cases = s.cases;
  const n = cases.length;
  const hasDefault = isWildcard(cases[n - 1].pattern) && n > 1 ? 1 : 0;
  for (let i = 0; i < n - hasDefault; i++) matchCase(c, cases[i], i === n - hasDefault - 1, end);
  if (hasDefault) {
    const m = cases[n - 1];
    c.setLoc(m.pattern);
    // With other cases the subject is already gone; the NOP keeps the line visible to tracing.
    c.addop(n === 1 ? Op.POP_TOP : Op.NOP);
    if (m.guard) jumpIf(c, m.guard, end, false);
    c.visitStmts(m.body);
  }
  c.useNextBlock(end);
}
