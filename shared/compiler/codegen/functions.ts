// Codegen for everything that makes a nested code object: def and async def
// (defaults, keyword-only defaults, annotations, decorators), lambda, class
// bodies (__module__, __qualname__, __classcell__), comprehensions and
// generator expressions (which are functions in 3.11), and the closure that
// MAKE_FUNCTION receives (compile.c's compiler_make_closure).

import type { Arguments, Comprehension, Expr, NodeOf, Stmt } from '../../ast/nodes.js';
import { PyTuple } from '../../ast/nodes.js';
import type { CodeObject } from '../../bytecode/code.js';
import { LocalKind } from '../../bytecode/code.js';
import { unparseExpr } from '../../ast/unparse.js';
import { mangle, type Codegen } from '../codegen.js';
import { addYield, addYieldFrom, callHelper, jumpIf } from './expressions.js';
import { Op } from './ops.js';
import { Scope } from '../symtable/flags.js';
import { compilerBody, getDocstring } from './statements.js';
import { ScopeType } from './unit.js';

type S<K extends Stmt['_type']> = NodeOf<'stmt', K>;
type FunctionNode = S<'FunctionDef'> | S<'AsyncFunctionDef'>;

const MakeFunctionFlag = { DEFAULTS: 0x01, KWDEFAULTS: 0x02, ANNOTATIONS: 0x04, CLOSURE: 0x08 } as const;

/** The source text of an annotation under `from __future__ import annotations`. */
export function annotationExpr(e: Expr): string {
  return unparseExpr(e);
}

/** Pushes the defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags. */
function defaultArguments(c: Codegen, args: Arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) c.visitExpr(d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length);
    flags |= MakeFunctionFlag.DEFAULTS;
  }
  const keys: string[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const d = args.kw_defaults[i];
    if (!d) return;
    keys.push(mangle(c.u.private_, arg.arg));
    c.visitExpr(d);
  });
  if (keys.length) {
    c.loadConst(new PyTuple(keys));
    c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MakeFunctionFlag.KWDEFAULTS;
  }
  return flags;
}

function argAnnotation(c: Codegen, id: string, annotation: Expr | null): number {
  if (!annotation) return 0;
  c.loadConst(mangle(c.u.private_, id));
  if (c.options.futureAnnotations) c.loadConst(annotationExpr(annotation));
  else if (annotation._type === 'Starred') {
    c.visitExpr(annotation.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1);
  } else c.visitExpr(annotation);
  return 2;
}

/** Pushes the annotations tuple (name, value, ...); returns whether one was pushed. */
function annotations(c: Codegen, args: Arguments, returns: Expr | null): boolean {
  let len = 0;
  for (const a of args.args) len += argAnnotation(c, a.arg, a.annotation);
  for (const a of args.posonlyargs) len += argAnnotation(c, a.arg, a.annotation);
  if (args.vararg) len += argAnnotation(c, args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) len += argAnnotation(c, a.arg, a.annotation);
  if (args.kwarg) len += argAnnotation(c, args.kwarg.arg, args.kwarg.annotation);
  len += argAnnotation(c, 'return', returns);
  if (!len) return false;
  c.addopI(Op.BUILD_TUPLE, len);
  return true;
}

/** Loads the free variables a nested code object needs, then MAKE_FUNCTION (compiler_make_closure). */
export function makeClosure(c: Codegen, co: CodeObject, flags: number): void {
  const frees: string[] = [];
  co.co_localsplusnames.forEach((n, i) => {
    if (co.co_localspluskinds[i] & LocalKind.FREE) frees.push(n);
  });
  if (frees.length) {
    for (const name of frees) {
      const isCell = (c.u.ste.kind === 'class' && name === '__class__')
        || c.u.ste.scopeOf(name) === Scope.CELL;
      const table = isCell ? c.u.cellvars : c.u.freevars;
      const arg = table.index.get(name);
      if (arg === undefined) throw new Error(`closure lookup of ${name} failed in ${c.u.name}`);
      c.addopI(Op.LOAD_CLOSURE, arg);
    }
    flags |= MakeFunctionFlag.CLOSURE;
    c.addopI(Op.BUILD_TUPLE, frees.length);
  }
  c.loadConst(co);
  c.addopI(Op.MAKE_FUNCTION, flags);
}

function applyDecorators(c: Codegen, decos: readonly Expr[]): void {
  const saved = c.saveLoc();
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.restoreLoc(saved);
}

export function compileFunction(c: Codegen, s: FunctionNode, isAsync: boolean): void {
  for (const d of s.decorator_list) c.visitExpr(d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = defaultArguments(c, s.args);
  if (annotations(c, s.args, s.returns)) flags |= MakeFunctionFlag.ANNOTATIONS;
  c.enterScope(s.name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno);
  const docstring = c.options.optimize < 2 ? getDocstring(s.body) : null;
  c.u.addConst(docstring);
  c.u.argcount = s.args.args.length;
  c.u.posonlyargcount = s.args.posonlyargs.length;
  c.u.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = docstring !== null ? 1 : 0; i < s.body.length; i++) c.visitStmt(s.body[i]);
  const co = c.assemble(true);
  c.exitScope();
  makeClosure(c, co, flags);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

export function compileLambda(c: Codegen, e: NodeOf<'expr', 'Lambda'>): void {
  const flags = defaultArguments(c, e.args);
  c.enterScope('<lambda>', ScopeType.LAMBDA, e, e.lineno);
  // None first, so a lambda never has a docstring.
  c.u.addConst(null);
  c.u.argcount = e.args.args.length;
  c.u.posonlyargcount = e.args.posonlyargs.length;
  c.u.kwonlyargcount = e.args.kwonlyargs.length;
  c.visitExpr(e.body);
  let co: CodeObject;
  if (c.u.ste.generator) co = c.assemble(false);
  else {
    c.addop(Op.RETURN_VALUE);
    co = c.assemble(true);
  }
  c.exitScope();
  makeClosure(c, co, flags);
}

export function compileClass(c: Codegen, s: S<'ClassDef'>): void {
  for (const d of s.decorator_list) c.visitExpr(d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  c.enterScope(s.name, ScopeType.CLASS, s, firstlineno);
  c.u.private_ = s.name;
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.loadConst(c.u.qualname);
  c.nameop('__qualname__', 'Store');
  compilerBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    c.addopI(Op.LOAD_CLOSURE, c.u.cellvars.index.get('__class__')!);
    c.addopI(Op.COPY, 1);
    c.nameop('__classcell__', 'Store');
  } else c.loadConst(null);
  c.addop(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  c.addop(Op.PUSH_NULL);
  c.addop(Op.LOAD_BUILD_CLASS);
  makeClosure(c, co, 0);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

export type ComprehensionKind = 'genexp' | 'list' | 'set' | 'dict';

const COMP_BUILD = { list: Op.BUILD_LIST, set: Op.BUILD_SET, dict: Op.BUILD_MAP } as const;

export function compileComprehension(c: Codegen, e: Expr, kind: ComprehensionKind, name: string,
  generators: Comprehension[], elt: Expr, val: Expr | null): void {
  const outermost = generators[0];
  c.enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (kind !== 'genexp') c.addopI(COMP_BUILD[kind], 0);
  comprehensionGenerator(c, generators, 0, 0, elt, val, kind);
  if (kind !== 'genexp') c.addop(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  makeClosure(c, co, 0);
  c.visitExpr(outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addopI(Op.PRECALL, 0);
  c.addopI(Op.CALL, 0);
  if (isAsyncGenerator && kind !== 'genexp') {
    c.addopI(Op.GET_AWAITABLE, 0);
    c.loadConst(null);
    addYieldFrom(c, true);
  }
}

function comprehensionGenerator(c: Codegen, gens: Comprehension[], index: number, depth: number,
  elt: Expr, val: Expr | null, kind: ComprehensionKind): void {
  if (gens[index].is_async) asyncComprehensionGenerator(c, gens, index, depth, elt, val, kind);
  else syncComprehensionGenerator(c, gens, index, depth, elt, val, kind);
}

/** The innermost action of a comprehension: yield, or append to the collection `depth + 1` deep. */
function comprehensionElement(c: Codegen, depth: number, elt: Expr, val: Expr | null, kind: ComprehensionKind): void {
  c.visitExpr(elt);
  if (kind === 'genexp') {
    addYield(c);
    return c.addop(Op.POP_TOP);
  }
  if (kind === 'list') return c.addopI(Op.LIST_APPEND, depth + 1);
  if (kind === 'set') return c.addopI(Op.SET_ADD, depth + 1);
  c.visitExpr(val!);
  c.addopI(Op.MAP_ADD, depth + 1);
}

function syncComprehensionGenerator(c: Codegen, gens: Comprehension[], index: number, depth: number,
  elt: Expr, val: Expr | null, kind: ComprehensionKind): void {
  let start: ReturnType<Codegen['newBlock']> | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = gens[index];
  if (index === 0) {
    // The outermost iterator arrives as the implicit argument `.0`.
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    // `for y in [f(x)]` binds y without iterating.
    const it = gen.iter;
    const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
    if (elts && elts.length === 1 && elts[0]._type !== 'Starred') {
      c.visitExpr(elts[0]);
      start = null;
    } else {
      c.visitExpr(it);
      c.addop(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJ(Op.FOR_ITER, anchor);
  }
  c.visitExpr(gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (index + 1 < gens.length) comprehensionGenerator(c, gens, index + 1, depth, elt, val, kind);
  else comprehensionElement(c, depth, elt, val, kind);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ(Op.JUMP, start);
    c.useNextBlock(anchor);
  }
}

/** `async for` inside a comprehension: awaits __anext__ under a handler ending in END_ASYNC_FOR. */
function asyncComprehensionGenerator(c: Codegen, gens: Comprehension[], index: number, depth: number,
  elt: Expr, val: Expr | null, kind: ComprehensionKind): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = gens[index];
  if (index === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    c.visitExpr(gen.iter);
    c.addop(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.pushFBlock('ASYNC_COMPREHENSION_GENERATOR', start, null);
  c.addopJ(Op.SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addop(Op.POP_BLOCK);
  c.visitExpr(gen.target);
  for (const cond of gen.ifs) {
    jumpIf(c, cond, ifCleanup, false);
    c.useNextBlock(c.newBlock());
  }
  depth++;
  if (index + 1 < gens.length) comprehensionGenerator(c, gens, index + 1, depth, elt, val, kind);
  else comprehensionElement(c, depth, elt, val, kind);
  c.useNextBlock(ifCleanup);
  c.addopJ(Op.JUMP, start);
  c.popFBlock('ASYNC_COMPREHENSION_GENERATOR');
  c.useNextBlock(except);
  c.addop(Op.END_ASYNC_FOR);
}
