// First pass over expressions (CPython's symtable_visit_expr and friends):
// names read and bound, lambdas and comprehensions as new function blocks,
// yield/await marking their block, and the walrus operator's scoping rules.
//
// In 3.11 every comprehension is its own function block taking the
// outermost iterable as the hidden parameter `.0`; that iterable is visited
// in the enclosing block. A walrus inside a comprehension binds its target in
// the nearest enclosing function or module, declared there as if by
// `nonlocal`/`global`.

import type { Arg, Arguments, Comprehension, Expr, Keyword } from '../../ast/nodes.js';
import type { SymtableBuilder } from './builder.js';
import type { SymtableMessage } from './errors.js';
import { BlockType, ComprehensionKind, type ComprehensionKindValue, DefFlag, FutureFeature } from './flags.js';

type ExprOf<K extends Expr['_type']> = Extract<Expr, { _type: K }>;
type ComprehensionExpr = ExprOf<'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp'>;

/** The block name and kind of each comprehension expression. */
const COMPREHENSIONS: Record<ComprehensionExpr['_type'], { name: string; kind: ComprehensionKindValue }> = {
  ListComp: { name: 'listcomp', kind: ComprehensionKind.LIST },
  SetComp: { name: 'setcomp', kind: ComprehensionKind.SET },
  DictComp: { name: 'dictcomp', kind: ComprehensionKind.DICT },
  GeneratorExp: { name: 'genexpr', kind: ComprehensionKind.GENERATOR },
};

/** The error for a yield inside each kind of comprehension. */
const YIELD_IN_COMPREHENSION: Record<number, SymtableMessage> = {
  [ComprehensionKind.LIST]: 'yieldInListComp',
  [ComprehensionKind.SET]: 'yieldInSetComp',
  [ComprehensionKind.DICT]: 'yieldInDictComp',
  [ComprehensionKind.GENERATOR]: 'yieldInGenExp',
};

export function visitExprs(st: SymtableBuilder, exprs: readonly (Expr | null)[]): void {
  for (const e of exprs) if (e !== null) visitExpr(st, e);
}

export function visitExpr(st: SymtableBuilder, e: Expr): void {
  switch (e._type) {
    case 'NamedExpr': return visitNamedExpr(st, e);
    case 'BoolOp': return visitExprs(st, e.values);
    case 'BinOp': visitExpr(st, e.left); return visitExpr(st, e.right);
    case 'UnaryOp': return visitExpr(st, e.operand);
    case 'Lambda': return visitLambda(st, e);
    case 'IfExp': visitExpr(st, e.test); visitExpr(st, e.body); return visitExpr(st, e.orelse);
    case 'Dict': visitExprs(st, e.keys); return visitExprs(st, e.values);
    case 'Set': return visitExprs(st, e.elts);
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      return visitComprehension(st, e, e.elt, null);
    case 'DictComp': return visitComprehension(st, e, e.key, e.value);
    case 'Yield': case 'YieldFrom': return visitYield(st, e);
    case 'Await': return visitAwait(st, e);
    case 'Compare': visitExpr(st, e.left); return visitExprs(st, e.comparators);
    case 'Call': visitExpr(st, e.func); visitExprs(st, e.args); return visitKeywords(st, e.keywords);
    case 'FormattedValue':
      visitExpr(st, e.value);
      if (e.format_spec !== null) visitExpr(st, e.format_spec);
      return;
    case 'JoinedStr': return visitExprs(st, e.values);
    case 'Constant': return;
    case 'Attribute': return visitExpr(st, e.value);
    case 'Subscript': visitExpr(st, e.value); return visitExpr(st, e.slice);
    case 'Starred': return visitExpr(st, e.value);
    case 'Slice': return visitExprs(st, [e.lower, e.upper, e.step]);
    case 'Name': return visitName(st, e);
    case 'List': case 'Tuple': return visitExprs(st, e.elts);
  }
}

export function visitKeywords(st: SymtableBuilder, keywords: readonly Keyword[]): void {
  for (const k of keywords) visitExpr(st, k.value);
}

function visitName(st: SymtableBuilder, e: ExprOf<'Name'>): void {
  st.addDef(e.id, e.ctx === 'Load' ? DefFlag.USE : DefFlag.LOCAL, e);
  // A function that mentions `super` may call it without arguments, which reads the implicit __class__ cell.
  if (e.ctx === 'Load' && st.cur.type === BlockType.FUNCTION && e.id === 'super') {
    st.addDef('__class__', DefFlag.USE, e);
  }
}

function visitLambda(st: SymtableBuilder, e: ExprOf<'Lambda'>): void {
  visitDefaults(st, e.args);
  st.enterBlock('lambda', BlockType.FUNCTION, e, e);
  visitParameters(st, e.args);
  visitExpr(st, e.body);
  st.exitBlock();
}

/** Defaults are evaluated where the def or lambda stands, before its block opens. */
export function visitDefaults(st: SymtableBuilder, args: Arguments): void {
  visitExprs(st, args.defaults);
  visitExprs(st, args.kw_defaults);
}

/** Binds the parameters inside the function's block (symtable_visit_arguments). */
export function visitParameters(st: SymtableBuilder, args: Arguments): void {
  for (const list of [args.posonlyargs, args.args, args.kwonlyargs]) {
    for (const a of list) st.addDef(a.arg, DefFlag.PARAM, a);
  }
  if (args.vararg !== null) {
    st.addDef(args.vararg.arg, DefFlag.PARAM, args.vararg);
    st.cur.varargs = true;
  }
  if (args.kwarg !== null) {
    st.addDef(args.kwarg.arg, DefFlag.PARAM, args.kwarg);
    st.cur.varkeywords = true;
  }
}

function visitYield(st: SymtableBuilder, e: ExprOf<'Yield' | 'YieldFrom'>): void {
  refuseInAnnotation(st, 'yield expression', e);
  if (e.value !== null) visitExpr(st, e.value);
  st.cur.generator = true;
  const kind = st.cur.comprehension;
  if (kind !== ComprehensionKind.NONE) throw st.error(YIELD_IN_COMPREHENSION[kind], e);
}

function visitAwait(st: SymtableBuilder, e: ExprOf<'Await'>): void {
  refuseInAnnotation(st, 'await expression', e);
  visitExpr(st, e.value);
  st.cur.coroutine = true;
}

/** Under `from __future__ import annotations`, annotations are strings: no yield, await or walrus in them. */
function refuseInAnnotation(st: SymtableBuilder, what: string, e: Expr): void {
  if (st.cur.type === BlockType.ANNOTATION) throw st.error('annotationNotAllowed', e, what);
}

/** An annotation; under the annotations future it gets a throw-away block (symtable_visit_annotation). */
export function visitAnnotation(st: SymtableBuilder, annotation: Expr): void {
  const stringified = (st.future.features & FutureFeature.ANNOTATIONS) !== 0;
  if (stringified) st.enterBlock('_annotation', BlockType.ANNOTATION, annotation, annotation);
  visitExpr(st, annotation);
  if (stringified) st.exitBlock();
}

/** Parameter annotations in CPython's order: positional, *args, **kwargs, then keyword-only. */
export function parameterAnnotations(args: Arguments): Expr[] {
  const annotated: (Arg | null)[] = [...args.posonlyargs, ...args.args, args.vararg, args.kwarg, ...args.kwonlyargs];
  const out: Expr[] = [];
  for (const a of annotated) if (a !== null && a.annotation !== null) out.push(a.annotation);
  return out;
}

// --- comprehensions ---------------------------------------------------------

/** symtable_handle_comprehension: `value` is the DictComp's value, visited before its key. */
function visitComprehension(st: SymtableBuilder, e: ComprehensionExpr, elt: Expr, value: Expr | null): void {
  const [outermost, ...rest] = e.generators;
  visitIterable(st, outermost.iter);
  const { name, kind } = COMPREHENSIONS[e._type];
  const block = st.enterBlock(name, BlockType.FUNCTION, e, e);
  block.comprehension = kind;
  if (outermost.is_async) block.coroutine = true;
  st.addDef('.0', DefFlag.PARAM, block.span);
  visitIterationTarget(st, outermost.target);
  visitExprs(st, outermost.ifs);
  for (const gen of rest) visitInnerGenerator(st, gen);
  if (value !== null) visitExpr(st, value);
  visitExpr(st, elt);
  const isGenerator = kind === ComprehensionKind.GENERATOR;
  block.generator = isGenerator;
  st.exitBlock();
  // An async list/set/dict comprehension makes the comprehension around it async too (bpo-33346).
  if (block.coroutine && !isGenerator) st.cur.coroutine = true;
}

/** A later `for ... in ...` clause, all inside the comprehension's block (symtable_visit_comprehension). */
function visitInnerGenerator(st: SymtableBuilder, gen: Comprehension): void {
  visitIterationTarget(st, gen.target);
  visitIterable(st, gen.iter);
  visitExprs(st, gen.ifs);
  if (gen.is_async) st.cur.coroutine = true;
}

function visitIterationTarget(st: SymtableBuilder, target: Expr): void {
  st.cur.compIterTarget = true;
  visitExpr(st, target);
  st.cur.compIterTarget = false;
}

function visitIterable(st: SymtableBuilder, iter: Expr): void {
  st.cur.compIterExpr++;
  visitExpr(st, iter);
  st.cur.compIterExpr--;
}

// --- the walrus -------------------------------------------------------------

function visitNamedExpr(st: SymtableBuilder, e: ExprOf<'NamedExpr'>): void {
  refuseInAnnotation(st, 'named expression', e);
  if (st.cur.compIterExpr > 0) throw st.error('namedExprCompIterExpr', e);
  if (st.cur.comprehension !== ComprehensionKind.NONE) bindInEnclosingScope(st, e.target as ExprOf<'Name'>);
  visitExpr(st, e.value);
  visitExpr(st, e.target);
}

/**
 * A walrus target inside a comprehension belongs to the nearest enclosing
 * function or module: declared nonlocal (or global) in the comprehension and
 * bound there (symtable_extend_namedexpr_scope).
 */
function bindInEnclosingScope(st: SymtableBuilder, target: ExprOf<'Name'>): void {
  const name = target.id;
  for (let i = st.stack.length - 1; i >= 0; i--) {
    const block = st.stack[i];
    if (block.comprehension !== ComprehensionKind.NONE) {
      if (block.flagsOf(name) & DefFlag.COMP_ITER) throw st.error('namedExprCompConflict', target, name);
      continue;
    }
    if (block.type === BlockType.FUNCTION) {
      const declared = block.flagsOf(name) & DefFlag.GLOBAL ? DefFlag.GLOBAL : DefFlag.NONLOCAL;
      st.addDef(name, declared, target);
      st.recordDirective(name, target);
      return st.addDef(name, DefFlag.LOCAL, target, block);
    }
    if (block.type === BlockType.MODULE) {
      st.addDef(name, DefFlag.GLOBAL, target);
      st.recordDirective(name, target);
      return st.addDef(name, DefFlag.GLOBAL, target, block);
    }
    if (block.type === BlockType.CLASS) throw st.error('namedExprCompInClass', target);
  }
}
