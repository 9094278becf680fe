// Expression codegen (compile.c's compiler_visit_expr and its helpers):
// operators, comparisons (chained ones with SWAP/COPY and a cleanup block),
// boolean operators as JUMP_IF_*_OR_POP, displays with star-unpacking, calls
// (LOAD_METHOD / PUSH_NULL / PRECALL / CALL / KW_NAMES, or CALL_FUNCTION_EX),
// f-strings, attribute and subscript access, and conditional jumps on an
// expression (`jumpIf`), which if/while/assert and comprehensions share.

import type { CmpOpKind, Expr, Keyword, NodeOf, OperatorKind } from '../../ast/nodes.js';
import { PyFrozenset, PyTuple } from '../../ast/nodes.js';
import { frozensetItems } from '../../kernels/set-order.js';
import type { Codegen } from '../codegen.js';
import type { Block } from './cfg.js';
import { compileComprehension, compileLambda } from './functions.js';
import { Op } from './ops.js';
import { DefFlag } from '../symtable/flags.js';

type E<K extends Expr['_type']> = NodeOf<'expr', K>;

/** Pushing more than this many items builds the collection incrementally (STACK_USE_GUIDELINE). */
export const STACK_USE_GUIDELINE = 30;

/** BINARY_OP's argument for each operator; the in-place forms add 13 (NB_INPLACE_*). */
const BINARY_OPARG: Record<OperatorKind, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9,
  Sub: 10, Div: 11, BitXor: 12,
};
const INPLACE_OFFSET = 13;

const UNARY_OPCODE = { Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE };

/** Rich comparisons: COMPARE_OP's argument (Py_LT ... Py_GE). */
const COMPARE_OPARG: Partial<Record<CmpOpKind, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

const FORMAT_CONVERSION: Record<number, number> = { [-1]: 0, 115: 1, 114: 2, 97: 3 }; // none, !s, !r, !a
const FVS_HAVE_SPEC = 4;

export function addBinary(c: Codegen, op: OperatorKind, inplace: boolean): void {
  c.addopI(Op.BINARY_OP, BINARY_OPARG[op] + (inplace ? INPLACE_OFFSET : 0));
}

export function addCompare(c: Codegen, op: CmpOpKind): void {
  switch (op) {
    case 'Is': return c.addopI(Op.IS_OP, 0);
    case 'IsNot': return c.addopI(Op.IS_OP, 1);
    case 'In': return c.addopI(Op.CONTAINS_OP, 0);
    case 'NotIn': return c.addopI(Op.CONTAINS_OP, 1);
    default: return c.addopI(Op.COMPARE_OP, COMPARE_OPARG[op]!);
  }
}

/** Visits an expression under its own location, restoring the caller's afterwards. */
export function visitExpr(c: Codegen, e: Expr): void {
  const saved = c.saveLoc();
  c.setLoc(e);
  visitExpr1(c, e);
  c.restoreLoc(saved);
}

function visitExpr1(c: Codegen, e: Expr): void {
  switch (e._type) {
    case 'NamedExpr':
      c.visitExpr(e.value);
      c.addopI(Op.COPY, 1);
      return c.visitExpr(e.target);
    case 'BoolOp': return boolOp(c, e);
    case 'BinOp':
      c.visitExpr(e.left);
      c.visitExpr(e.right);
      return addBinary(c, e.op, false);
    case 'UnaryOp':
      c.visitExpr(e.operand);
      return c.addop(UNARY_OPCODE[e.op]);
    case 'Lambda': return compileLambda(c, e);
    case 'IfExp': return ifExp(c, e);
    case 'Dict': return dict(c, e);
    case 'Set': return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case 'GeneratorExp': return compileComprehension(c, e, 'genexp', '<genexpr>', e.generators, e.elt, null);
    case 'ListComp': return compileComprehension(c, e, 'list', '<listcomp>', e.generators, e.elt, null);
    case 'SetComp': return compileComprehension(c, e, 'set', '<setcomp>', e.generators, e.elt, null);
    case 'DictComp': return compileComprehension(c, e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
    case 'Yield': return yieldExpr(c, e);
    case 'YieldFrom': return yieldFrom(c, e);
    case 'Await': return awaitExpr(c, e);
    case 'Compare': return compare(c, e);
    case 'Call': return call(c, e);
    case 'Constant': return c.loadConst(e.value);
    case 'JoinedStr': return joinedStr(c, e);
    case 'FormattedValue': return formattedValue(c, e);
    case 'Attribute': return attribute(c, e);
    case 'Subscript': return subscript(c, e);
    // A Starred reaches here only inside a list, tuple or call: compile-errors.ts rejects the rest.
    case 'Starred': return;
    case 'Slice': return slice(c, e);
    case 'Name': return c.nameop(e.id, e.ctx);
    case 'List': return listOrTuple(c, e.elts, e.ctx, false);
    case 'Tuple': return listOrTuple(c, e.elts, e.ctx, true);
  }
}

function yieldExpr(c: Codegen, e: E<'Yield'>): void {
  if (e.value) c.visitExpr(e.value);
  else c.loadConst(null);
  addYield(c);
}

function yieldFrom(c: Codegen, e: E<'YieldFrom'>): void {
  c.visitExpr(e.value);
  c.addop(Op.GET_YIELD_FROM_ITER);
  c.loadConst(null);
  addYieldFrom(c, false);
}

function awaitExpr(c: Codegen, e: E<'Await'>): void {
  c.visitExpr(e.value);
  c.addopI(Op.GET_AWAITABLE, 0);
  c.loadConst(null);
  addYieldFrom(c, true);
}

export function addYield(c: Codegen): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addop(Op.ASYNC_GEN_WRAP);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, 1);
}

/** The SEND / YIELD_VALUE / RESUME loop behind `yield from` and `await`. */
export function addYieldFrom(c: Codegen, isAwait: boolean): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useNextBlock(start);
  c.addopJ(Op.SEND, exit);
  c.useNextBlock(resume);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, isAwait ? 3 : 2);
  c.addopJ(Op.JUMP_NO_INTERRUPT, start);
  c.useNextBlock(exit);
}

function boolOp(c: Codegen, e: E<'BoolOp'>): void {
  const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    c.visitExpr(e.values[i]);
    c.addopJ(jump, end);
    c.useNextBlock(c.newBlock());
  }
  c.visitExpr(e.values[n]);
  c.useNextBlock(end);
}

function ifExp(c: Codegen, e: E<'IfExp'>): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  c.visitExpr(e.body);
  c.addopJNoline(Op.JUMP, end);
  c.useNextBlock(next);
  c.visitExpr(e.orelse);
  c.useNextBlock(end);
}

/** Emits a jump to `next` taken when `e` is true (cond) or false (!cond) (compiler_jump_if). */
export function jumpIf(c: Codegen, e: Expr, next: Block, cond: boolean): void {
  if (e._type === 'UnaryOp' && e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
  if (e._type === 'BoolOp') return jumpIfBoolOp(c, e, next, cond);
  if (e._type === 'IfExp') return jumpIfIfExp(c, e, next, cond);
  if (e._type === 'Compare') {
    // The compare's location stays current, so the jump shares it even without a chain.
    c.setLoc(e);
    if (e.ops.length > 1) return jumpIfChain(c, e, next, cond);
  }
  c.visitExpr(e);
  c.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

function jumpIfBoolOp(c: Codegen, e: E<'BoolOp'>, next: Block, cond: boolean): void {
  const cond2 = e.op === 'Or';
  const next2 = cond2 !== cond ? c.newBlock() : next;
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) jumpIf(c, e.values[i], next2, cond2);
  jumpIf(c, e.values[n], next, cond);
  if (next2 !== next) c.useNextBlock(next2);
}

function jumpIfIfExp(c: Codegen, e: E<'IfExp'>, next: Block, cond: boolean): void {
  const end = c.newBlock();
  const next2 = c.newBlock();
  jumpIf(c, e.test, next2, false);
  jumpIf(c, e.body, next, cond);
  c.addopJNoline(Op.JUMP, end);
  c.useNextBlock(next2);
  jumpIf(c, e.orelse, next, cond);
  c.useNextBlock(end);
}

/**
 * The links of a chained comparison, its left operand already pushed: each
 * link but the last keeps its right operand for the next one and leaves with
 * `jumpOp` to `cleanup` when false; the last comparison's result stays on top.
 */
function chainLinks(c: Codegen, e: E<'Compare'>, jumpOp: number, cleanup: Block): void {
  const n = e.ops.length - 1;
  for (let i = 0; i < n; i++) {
    c.visitExpr(e.comparators[i]);
    c.addopI(Op.SWAP, 2);
    c.addopI(Op.COPY, 2);
    addCompare(c, e.ops[i]);
    c.addopJ(jumpOp, cleanup);
  }
  c.visitExpr(e.comparators[n]);
  addCompare(c, e.ops[n]);
}

function jumpIfChain(c: Codegen, e: E<'Compare'>, next: Block, cond: boolean): void {
  const cleanup = c.newBlock();
  c.visitExpr(e.left);
  chainLinks(c, e, Op.POP_JUMP_IF_FALSE, cleanup);
  c.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  const end = c.newBlock();
  c.addopJNoline(Op.JUMP, end);
  c.useNextBlock(cleanup);
  c.addop(Op.POP_TOP);
  if (!cond) c.addopJNoline(Op.JUMP, next);
  c.useNextBlock(end);
}

function compare(c: Codegen, e: E<'Compare'>): void {
  c.visitExpr(e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    c.visitExpr(e.comparators[0]);
    return addCompare(c, e.ops[0]);
  }
  const cleanup = c.newBlock();
  chainLinks(c, e, Op.JUMP_IF_FALSE_OR_POP, cleanup);
  const end = c.newBlock();
  c.addopJNoline(Op.JUMP, end);
  c.useNextBlock(cleanup);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_TOP);
  c.useNextBlock(end);
}

const isConstant = (e: Expr | null): e is E<'Constant'> => e !== null && e._type === 'Constant';

/**
 * Builds a list, tuple or set from `elts` on top of `pushed` items already on
 * the stack, folding all-constant displays and switching to incremental
 * building for starred items or big displays (starunpack_helper).
 */
export function starunpackHelper(c: Codegen, elts: readonly Expr[], pushed: number, build: number,
  add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && elts.every(isConstant)) return foldedDisplay(c, elts, pushed, build, add, extend, tuple);
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._type === 'Starred');
  if (!seenStar && !big) {
    for (const e of elts) c.visitExpr(e);
    return c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
  }
  let built = false;
  if (big) {
    c.addopI(build, pushed);
    built = true;
  }
  elts.forEach((e, i) => {
    if (e._type === 'Starred') {
      if (!built) {
        c.addopI(build, i + pushed);
        built = true;
      }
      c.visitExpr(e.value);
      c.addopI(extend, 1);
    } else {
      c.visitExpr(e);
      if (built) c.addopI(add, 1);
    }
  });
  if (tuple) c.addop(Op.LIST_TO_TUPLE);
}

function foldedDisplay(c: Codegen, elts: readonly Expr[], pushed: number, build: number, add: number,
  extend: number, tuple: boolean): void {
  const values = elts.map((e) => (e as E<'Constant'>).value);
  if (tuple && !pushed) return c.loadConst(new PyTuple(values));
  c.addopI(build, pushed);
  c.loadConst(add === Op.SET_ADD ? new PyFrozenset(frozensetItems(values, c.interned)) : new PyTuple(values));
  c.addopI(extend, 1);
  if (tuple) c.addop(Op.LIST_TO_TUPLE);
}

function listOrTuple(c: Codegen, elts: Expr[], ctx: 'Load' | 'Store' | 'Del', tuple: boolean): void {
  if (ctx === 'Store') return assignmentHelper(c, elts);
  if (ctx === 'Load') {
    return starunpackHelper(c, elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple);
  }
  for (const e of elts) c.visitExpr(e);
}

function assignmentHelper(c: Codegen, elts: readonly Expr[]): void {
  unpackHelper(c, elts);
  for (const e of elts) c.visitExpr(e._type === 'Starred' ? e.value : e);
}

function unpackHelper(c: Codegen, elts: readonly Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._type !== 'Starred') continue;
    c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

function subdict(c: Codegen, e: E<'Dict'>, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys.slice(begin, end);
  if (n > 1 && !big && keys.every(isConstant)) {
    for (let i = begin; i < end; i++) c.visitExpr(e.values[i]);
    c.loadConst(new PyTuple(keys.map((k) => (k as E<'Constant'>).value)));
    return c.addopI(Op.BUILD_CONST_KEY_MAP, n);
  }
  if (big) c.addopI(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.visitExpr(e.keys[i]!);
    c.visitExpr(e.values[i]);
    if (big) c.addopI(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

function dict(c: Codegen, e: E<'Dict'>): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  const flush = (begin: number, end: number): void => {
    subdict(c, e, begin, end);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
    haveDict = true;
    elements = 0;
  };
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) flush(i - elements, i);
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      c.visitExpr(e.values[i]);
      c.addopI(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      flush(i - elements, i + 1);
    } else elements++;
  }
  if (elements) flush(n - elements, n);
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0);
}

/** Moves the start of a multi-line attribute access to the attribute name (update_start_location_to_match_attr). */
export function matchAttrLocation(c: Codegen, attr: E<'Attribute'>): void {
  const l = c.u.loc;
  if (l.lineno === attr.end_lineno) return;
  l.lineno = attr.end_lineno;
  const len = [...attr.attr].length;
  if (len <= attr.end_col_offset) l.col = attr.end_col_offset - len;
  else {
    l.col = -1;
    l.endCol = -1;
  }
  l.endLineno = Math.max(l.lineno, l.endLineno);
  if (l.lineno === l.endLineno) l.endCol = Math.max(l.col, l.endCol);
}

function attribute(c: Codegen, e: E<'Attribute'>): void {
  c.visitExpr(e.value);
  matchAttrLocation(c, e);
  if (e.ctx === 'Load') return c.addopName(Op.LOAD_ATTR, e.attr);
  if (e.ctx === 'Store') return c.addopName(Op.STORE_ATTR, e.attr);
  c.addopName(Op.DELETE_ATTR, e.attr);
}

function subscript(c: Codegen, e: E<'Subscript'>): void {
  const op = { Load: Op.BINARY_SUBSCR, Store: Op.STORE_SUBSCR, Del: Op.DELETE_SUBSCR }[e.ctx];
  c.visitExpr(e.value);
  c.visitExpr(e.slice);
  c.addop(op);
}

function slice(c: Codegen, e: E<'Slice'>): void {
  let n = 2;
  if (e.lower) c.visitExpr(e.lower);
  else c.loadConst(null);
  if (e.upper) c.visitExpr(e.upper);
  else c.loadConst(null);
  if (e.step) {
    n++;
    c.visitExpr(e.step);
  }
  c.addopI(Op.BUILD_SLICE, n);
}

function joinedStr(c: Codegen, e: E<'JoinedStr'>): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst('');
    c.addopNameRaw(Op.LOAD_METHOD, 'join');
    c.addopI(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      c.visitExpr(v);
      c.addopI(Op.LIST_APPEND, 1);
    }
    c.addopI(Op.PRECALL, 1);
    return c.addopI(Op.CALL, 1);
  }
  for (const v of e.values) c.visitExpr(v);
  if (n !== 1) c.addopI(Op.BUILD_STRING, n);
}

function formattedValue(c: Codegen, e: E<'FormattedValue'>): void {
  c.visitExpr(e.value);
  let oparg = FORMAT_CONVERSION[e.conversion];
  if (oparg === undefined) throw new Error(`Unrecognized conversion character ${e.conversion}`);
  if (e.format_spec) {
    c.visitExpr(e.format_spec);
    oparg |= FVS_HAVE_SPEC;
  }
  c.addopI(Op.FORMAT_VALUE, oparg);
}

// ---- calls ----------------------------------------------------------------

function call(c: Codegen, e: E<'Call'>): void {
  if (maybeMethodCall(c, e)) return;
  c.setLoc(e.func);
  c.addop(Op.PUSH_NULL);
  c.setLoc(e);
  c.visitExpr(e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** Is `e` a name the module binds by import (DEF_IMPORT in the top scope)? */
function isImportOriginated(c: Codegen, e: Expr): boolean {
  return e._type === 'Name' && (c.st.top.flagsOf(e.id) & DefFlag.IMPORT) !== 0;
}

/** `obj.meth(args)` as LOAD_METHOD / PRECALL / CALL when nothing is starred (maybe_optimize_method_call). */
function maybeMethodCall(c: Codegen, e: E<'Call'>): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  c.visitExpr(meth.value);
  c.setLoc(meth);
  matchAttrLocation(c, meth);
  c.addopName(Op.LOAD_METHOD, meth.attr);
  for (const a of e.args) c.visitExpr(a);
  if (kwdsl) {
    for (const k of e.keywords) c.visitExpr(k.value);
    kwNames(c, e.keywords);
  }
  c.setLoc(e);
  matchAttrLocation(c, meth);
  c.addopI(Op.PRECALL, argsl + kwdsl);
  c.addopI(Op.CALL, argsl + kwdsl);
  return true;
}

function kwNames(c: Codegen, keywords: readonly Keyword[]): void {
  c.addopI(Op.KW_NAMES, c.u.addConst(new PyTuple(keywords.map((k) => k.arg!))));
}

/** The argument part of a call, after `n` leading arguments are pushed (compiler_call_helper). */
export function callHelper(c: Codegen, n: number, args: readonly Expr[], keywords: readonly Keyword[]): void {
  const nelts = args.length;
  const nkwelts = keywords.length;
  const simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
    && !args.some((a) => a._type === 'Starred') && !keywords.some((k) => k.arg === null);
  if (!simple) return exCall(c, n, args, keywords);
  for (const a of args) c.visitExpr(a);
  if (nkwelts) {
    for (const k of keywords) c.visitExpr(k.value);
    kwNames(c, keywords);
  }
  c.addopI(Op.PRECALL, n + nelts + nkwelts);
  c.addopI(Op.CALL, n + nelts + nkwelts);
}

function exCall(c: Codegen, n: number, args: readonly Expr[], keywords: readonly Keyword[]): void {
  if (n === 0 && args.length === 1 && args[0]._type === 'Starred') c.visitExpr(args[0].value);
  else starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  const nkwelts = keywords.length;
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg !== null) {
        nseen++;
        return;
      }
      if (nseen) {
        subkwargs(c, keywords, i - nseen, i);
        if (haveDict) c.addopI(Op.DICT_MERGE, 1);
        haveDict = true;
        nseen = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      c.visitExpr(kw.value);
      c.addopI(Op.DICT_MERGE, 1);
    });
    if (nseen) {
      subkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1);
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

function subkwargs(c: Codegen, keywords: readonly Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) c.visitExpr(keywords[i].value);
    c.loadConst(new PyTuple(keywords.slice(begin, end).map((k) => k.arg!)));
    return c.addopI(Op.BUILD_CONST_KEY_MAP, n);
  }
  if (big) c.addopNoline(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg!);
    c.visitExpr(keywords[i].value);
    if (big) c.addopNoline(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}
