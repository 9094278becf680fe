// Statement codegen (compile.c's compiler_visit_stmt and friends): bodies with
// docstrings and SETUP_ANNOTATIONS, assignments of every form, if / while /
// for with their jump layout, return / break / continue (which unwind frame
// blocks, see exceptions.ts), raise, assert, import and expression statements.

import type { Expr, NodeOf, Stmt } from '../../ast/nodes.js';
import { PyStrCodePoints, PyTuple } from '../../ast/nodes.js';
import { findAnnotations, mangle, type Codegen } from '../codegen.js';
import { compileTry, compileTryStar, compileWith, unwindFBlock, unwindFBlockStack } from './exceptions.js';
import { addBinary, addYieldFrom, jumpIf } from './expressions.js';
import { annotationExpr, compileClass, compileFunction } from './functions.js';
import { Op } from './ops.js';
import { compileMatch } from './patterns.js';
import { ScopeType } from './unit.js';

type S<K extends Stmt['_type']> = NodeOf<'stmt', K>;

/** The docstring of a body: its first statement, if that is a string constant (_PyAST_GetDocString). */
export function getDocstring(body: readonly Stmt[]): string | PyStrCodePoints | null {
  const st = body[0];
  if (!st || st._type !== 'Expr' || st.value._type !== 'Constant') return null;
  const v = st.value.value;
  return typeof v === 'string' || v instanceof PyStrCodePoints ? v : null;
}

/** A module or class body: SETUP_ANNOTATIONS, the docstring as __doc__, then the statements. */
export function compilerBody(c: Codegen, stmts: readonly Stmt[]): void {
  if (c.u.scopeType === ScopeType.MODULE && stmts.length) c.setLoc(stmts[0]);
  if (findAnnotations(stmts)) c.addop(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (c.options.optimize < 2 && getDocstring(stmts) !== null) {
    i = 1;
    c.visitExpr((stmts[0] as S<'Expr'>).value);
    c.unsetLoc();
    c.nameop('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) c.visitStmt(stmts[i]);
}

export function visitStmt(c: Codegen, s: Stmt): void {
  c.setLoc(s);
  switch (s._type) {
    case 'FunctionDef': return compileFunction(c, s, false);
    case 'AsyncFunctionDef': return compileFunction(c, s, true);
    case 'ClassDef': return compileClass(c, s);
    case 'Return': return returnStmt(c, s);
    case 'Delete': for (const t of s.targets) c.visitExpr(t); return;
    case 'Assign': return assign(c, s);
    case 'AugAssign': return augAssign(c, s);
    case 'AnnAssign': return annAssign(c, s);
    case 'For': return forStmt(c, s);
    case 'While': return whileStmt(c, s);
    case 'If': return ifStmt(c, s);
    case 'Raise': return raise(c, s);
    case 'Try': return compileTry(c, s);
    case 'TryStar': return compileTryStar(c, s);
    case 'Assert': return assertStmt(c, s);
    case 'Import': return importStmt(c, s);
    case 'ImportFrom': return importFrom(c, s);
    case 'Global': case 'Nonlocal': return;
    case 'Expr': return exprStmt(c, s.value);
    case 'Pass': return c.addop(Op.NOP);
    case 'Break': return breakStmt(c);
    case 'Continue': return continueStmt(c);
    case 'With': return compileWith(c, s, 0);
    case 'AsyncWith': return compileWith(c, s, 0);
    case 'AsyncFor': return asyncForStmt(c, s);
    case 'Match': return compileMatch(c, s);
    default: throw c.error(`codegen for ${(s as Stmt)._type} is not implemented yet`);
  }
}

function assign(c: Codegen, s: S<'Assign'>): void {
  c.visitExpr(s.value);
  s.targets.forEach((t, i) => {
    if (i < s.targets.length - 1) c.addopI(Op.COPY, 1);
    c.visitExpr(t);
  });
}

function augAssign(c: Codegen, s: S<'AugAssign'>): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  if (e._type === 'Attribute') {
    c.visitExpr(e.value);
    c.addopI(Op.COPY, 1);
    matchAttr(c, e);
    c.addopName(Op.LOAD_ATTR, e.attr);
  } else if (e._type === 'Subscript') {
    c.visitExpr(e.value);
    c.visitExpr(e.slice);
    c.addopI(Op.COPY, 2);
    c.addopI(Op.COPY, 2);
    c.addop(Op.BINARY_SUBSCR);
  } else if (e._type === 'Name') c.nameop(e.id, 'Load');
  else throw new Error(`invalid node type ${e._type} for augmented assignment`);
  c.restoreLoc(saved);
  c.visitExpr(s.value);
  addBinary(c, s.op, true);
  c.setLoc(e);
  if (e._type === 'Attribute') {
    matchAttr(c, e);
    c.addopI(Op.SWAP, 2);
    c.addopName(Op.STORE_ATTR, e.attr);
  } else if (e._type === 'Subscript') {
    c.addopI(Op.SWAP, 3);
    c.addopI(Op.SWAP, 2);
    c.addop(Op.STORE_SUBSCR);
  } else c.nameop((e as NodeOf<'expr', 'Name'>).id, 'Store');
}

function matchAttr(c: Codegen, e: NodeOf<'expr', 'Attribute'>): void {
  // Same rule as expressions.ts's matchAttrLocation; imported lazily to keep the cycle simple.
  const l = c.u.loc;
  if (l.lineno === e.end_lineno) return;
  l.lineno = e.end_lineno;
  const len = [...e.attr].length;
  if (len <= e.end_col_offset) l.col = e.end_col_offset - len;
  else {
    l.col = -1;
    l.endCol = -1;
  }
  l.endLineno = Math.max(l.lineno, l.endLineno);
  if (l.lineno === l.endLineno) l.endCol = Math.max(l.col, l.endCol);
}

function checkAnnExpr(c: Codegen, e: Expr): void {
  c.visitExpr(e);
  c.addop(Op.POP_TOP);
}

function checkAnnSubscr(c: Codegen, e: Expr): void {
  if (e._type === 'Slice') {
    for (const part of [e.lower, e.upper, e.step]) if (part) checkAnnExpr(c, part);
  } else if (e._type === 'Tuple') {
    for (const elt of e.elts) checkAnnSubscr(c, elt);
  } else checkAnnExpr(c, e);
}

function annAssign(c: Codegen, s: S<'AnnAssign'>): void {
  const targ = s.target;
  if (s.value) {
    c.visitExpr(s.value);
    c.visitExpr(targ);
  }
  const moduleOrClass = c.u.scopeType === ScopeType.MODULE || c.u.scopeType === ScopeType.CLASS;
  if (targ._type === 'Name') {
    if (s.simple && moduleOrClass) {
      if (c.options.futureAnnotations) c.loadConst(annotationExpr(s.annotation));
      else c.visitExpr(s.annotation);
      c.addopName(Op.LOAD_NAME, '__annotations__');
      c.loadConst(mangle(c.u.private_, targ.id));
      c.addop(Op.STORE_SUBSCR);
    }
  } else if (targ._type === 'Attribute') {
    if (!s.value) checkAnnExpr(c, targ.value);
  } else if (targ._type === 'Subscript') {
    if (!s.value) {
      checkAnnExpr(c, targ.value);
      checkAnnSubscr(c, targ.slice);
    }
  }
  if (!s.simple && !c.options.futureAnnotations && moduleOrClass) checkAnnExpr(c, s.annotation);
}

function ifStmt(c: Codegen, s: S<'If'>): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  c.visitStmts(s.body);
  if (s.orelse.length) {
    c.addopJNoline(Op.JUMP, end);
    c.useNextBlock(next);
    c.visitStmts(s.orelse);
  }
  c.useNextBlock(end);
}

function forStmt(c: Codegen, s: S<'For'>): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock('FOR_LOOP', start, end);
  c.visitExpr(s.iter);
  c.addop(Op.GET_ITER);
  c.useNextBlock(start);
  c.addopJ(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  c.visitExpr(s.target);
  c.visitStmts(s.body);
  c.unsetLoc();
  c.addopJ(Op.JUMP, start);
  c.useNextBlock(cleanup);
  c.popFBlock('FOR_LOOP');
  c.visitStmts(s.orelse);
  c.useNextBlock(end);
}

/** `async for`: __anext__ is awaited under a handler whose END_ASYNC_FOR ends the loop (compiler_async_for). */
function asyncForStmt(c: Codegen, s: S<'AsyncFor'>): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  c.visitExpr(s.iter);
  c.addop(Op.GET_AITER);
  c.useNextBlock(start);
  c.pushFBlock('FOR_LOOP', start, end);
  c.addopJ(Op.SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addop(Op.POP_BLOCK);
  c.visitExpr(s.target);
  c.visitStmts(s.body);
  c.unsetLoc();
  c.addopJ(Op.JUMP, start);
  c.popFBlock('FOR_LOOP');
  c.useNextBlock(except);
  // END_ASYNC_FOR belongs to the `for` line, like the iterator, not to the body.
  c.setLoc(s.iter);
  c.addop(Op.END_ASYNC_FOR);
  c.visitStmts(s.orelse);
  c.useNextBlock(end);
}

function whileStmt(c: Codegen, s: S<'While'>): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock('WHILE_LOOP', loop, end);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  c.visitStmts(s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFBlock('WHILE_LOOP');
  c.useNextBlock(anchor);
  c.visitStmts(s.orelse);
  c.useNextBlock(end);
}

function returnStmt(c: Codegen, s: S<'Return'>): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (preserveTos) c.visitExpr(value);
  else if (value !== null) {
    c.setLoc(value);
    c.addop(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop(Op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.loadConst(null);
  else if (!preserveTos) c.loadConst((value as NodeOf<'expr', 'Constant'>).value);
  c.addop(Op.RETURN_VALUE);
}

function breakStmt(c: Codegen): void {
  c.addop(Op.NOP);
  const loop = unwindFBlockStack(c, false, true)!;
  unwindFBlock(c, loop, false);
  c.addopJ(Op.JUMP, loop.exit!);
}

function continueStmt(c: Codegen): void {
  c.addop(Op.NOP);
  const loop = unwindFBlockStack(c, false, true)!;
  c.addopJ(Op.JUMP, loop.block!);
}

function raise(c: Codegen, s: S<'Raise'>): void {
  let n = 0;
  if (s.exc) {
    c.visitExpr(s.exc);
    n++;
    if (s.cause) {
      c.visitExpr(s.cause);
      n++;
    }
  }
  c.addopI(Op.RAISE_VARARGS, n);
}

function assertStmt(c: Codegen, s: S<'Assert'>): void {
  if (c.options.optimize) return;
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    c.visitExpr(s.msg);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.addopI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

function importStmt(c: Codegen, s: S<'Import'>): void {
  for (const alias of s.names) {
    c.loadConst(0n);
    c.loadConst(null);
    c.addopName(Op.IMPORT_NAME, alias.name);
    if (alias.asname) importAs(c, alias.name, alias.asname);
    else c.nameop(alias.name.split('.')[0], 'Store');
  }
}

/** `import a.b.c as d`: walk the attributes with IMPORT_FROM, then bind (compiler_import_as). */
function importAs(c: Codegen, name: string, asname: string): void {
  const parts = name.split('.');
  if (parts.length === 1) return c.nameop(asname, 'Store');
  for (let i = 1; i < parts.length; i++) {
    c.addopNameRaw(Op.IMPORT_FROM, parts[i]);
    if (i === parts.length - 1) break;
    c.addopI(Op.SWAP, 2);
    c.addop(Op.POP_TOP);
  }
  c.nameop(asname, 'Store');
  c.addop(Op.POP_TOP);
}

function importFrom(c: Codegen, s: S<'ImportFrom'>): void {
  c.loadConst(BigInt(s.level ?? 0));
  c.loadConst(new PyTuple(s.names.map((a) => a.name)));
  c.addopName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith('*')) {
      c.addop(Op.IMPORT_STAR);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  c.addop(Op.POP_TOP);
}

function exprStmt(c: Codegen, value: Expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    c.visitExpr(value);
    c.addop(Op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    c.addop(Op.NOP);
    return;
  }
  c.visitExpr(value);
  c.unsetLoc();
  c.addop(Op.POP_TOP);
}
