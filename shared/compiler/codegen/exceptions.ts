// Codegen for try/except/finally, try/except*, `with` and `async with`, and
// the unwinding of frame blocks that return/break/continue perform
// (compile.c's compiler_try_*, compiler_with, compiler_unwind_fblock).
//
// Protected regions are delimited with the pseudo-instructions SETUP_FINALLY /
// SETUP_CLEANUP / SETUP_WITH ... POP_BLOCK; the assembler turns them into the
// exception table (assembler/passes/exception-targets.ts) and NOPs.

import type { NodeOf, Stmt } from '../../ast/nodes.js';
import type { Codegen } from '../codegen.js';
import type { Block } from './cfg.js';
import { addYieldFrom } from './expressions.js';
import { Op } from './ops.js';
import type { FBlock } from './unit.js';

type S<K extends Stmt['_type']> = NodeOf<'stmt', K>;

function callExitWithNones(c: Codegen): void {
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.addopI(Op.PRECALL, 2);
  c.addopI(Op.CALL, 2);
}

/** [exc_info, lasti, exc] -> restore the previous exception and re-raise. */
function popExceptAndReraise(c: Codegen): void {
  c.addopI(Op.COPY, 3);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 1);
}

/** Emits the exit code of one frame block; `preserveTos` keeps a return value on top. */
export function unwindFBlock(c: Codegen, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP': case 'EXCEPTION_HANDLER': case 'EXCEPTION_GROUP_HANDLER':
    case 'ASYNC_COMPREHENSION_GENERATOR':
      return;
    case 'FOR_LOOP':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      return c.addop(Op.POP_TOP);
    case 'TRY_EXCEPT':
      return c.addop(Op.POP_BLOCK);
    case 'FINALLY_TRY':
      c.addop(Op.POP_BLOCK);
      if (preserveTos) c.pushFBlock('POP_VALUE', null, null);
      c.visitStmts(info.datum as Stmt[]);
      if (preserveTos) c.popFBlock('POP_VALUE');
      // The finally body should seem to run after the unwinding statement.
      return c.unsetLoc();
    case 'FINALLY_END':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_BLOCK);
      return c.addop(Op.POP_EXCEPT);
    case 'WITH': case 'ASYNC_WITH':
      return unwindWith(c, info, preserveTos);
    case 'HANDLER_CLEANUP':
      return unwindHandlerCleanup(c, info, preserveTos);
    case 'POP_VALUE':
      if (preserveTos) c.addopI(Op.SWAP, 2);
      return c.addop(Op.POP_TOP);
  }
}

function unwindWith(c: Codegen, info: FBlock, preserveTos: boolean): void {
  c.setLoc(info.datum as Stmt);
  c.addop(Op.POP_BLOCK);
  if (preserveTos) c.addopI(Op.SWAP, 2);
  callExitWithNones(c);
  if (info.type === 'ASYNC_WITH') awaitTop(c, 2);
  c.addop(Op.POP_TOP);
  c.unsetLoc();
}

function unwindHandlerCleanup(c: Codegen, info: FBlock, preserveTos: boolean): void {
  const name = info.datum as string | null;
  if (name) c.addop(Op.POP_BLOCK);
  if (preserveTos) c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  if (name) {
    c.loadConst(null);
    c.nameop(name, 'Store');
    c.nameop(name, 'Del');
  }
}

/**
 * Unwinds the frame-block stack from the top. With `stopAtLoop`, stops at (and
 * returns) the innermost loop instead of unwinding it.
 */
export function unwindFBlockStack(c: Codegen, preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
  const stack = c.u.fblocks;
  if (stack.length === 0) return null;
  const top = stack[stack.length - 1];
  if (stopAtLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  stack.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, stopAtLoop);
  stack.push(top);
  return loop;
}

export function compileTry(c: Codegen, s: S<'Try'>): void {
  if (s.finalbody.length) tryFinally(c, s);
  else tryExcept(c, s);
}

function tryFinally(c: Codegen, s: S<'Try'> | S<'TryStar'>): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ(Op.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock('FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) {
    if (s._type === 'Try') tryExcept(c, s);
    else tryStarExcept(c, s);
  } else c.visitStmts(s.body);
  c.addopNoline(Op.POP_BLOCK);
  c.popFBlock('FINALLY_TRY');
  c.visitStmts(s.finalbody);
  c.addopJNoline(Op.JUMP, exit);
  // The exceptional path runs the finally body again, then re-raises.
  enterHandler(c, end, cleanup, 'FINALLY_END');
  c.visitStmts(s.finalbody);
  leaveHandler(c, cleanup, 'FINALLY_END');
  c.useNextBlock(exit);
}

/** A try body in block `body`, protected by a handler at `except` (SETUP_FINALLY ... POP_BLOCK). */
function protectedBody(c: Codegen, body: Block, stmts: Stmt[], except: Block): void {
  c.addopJ(Op.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock('TRY_EXCEPT', body, null);
  c.visitStmts(stmts);
  c.popFBlock('TRY_EXCEPT');
  c.addopNoline(Op.POP_BLOCK);
}

/**
 * Starts the exceptional path at `entry` (except handlers, or a finally body
 * run again): the exception is pushed, and `cleanup` runs if that code raises.
 */
function enterHandler(c: Codegen, entry: Block, cleanup: Block,
  kind: 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER' | 'FINALLY_END'): void {
  c.useNextBlock(entry);
  c.unsetLoc();
  c.addopJ(Op.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  // Only the finally body's frame block records where it starts.
  c.pushFBlock(kind, kind === 'FINALLY_END' ? entry : null, null);
}

/** Ends what enterHandler started: re-raises what nothing handled, then emits `cleanup`. */
function leaveHandler(c: Codegen, cleanup: Block, kind: 'EXCEPTION_HANDLER' | 'FINALLY_END'): void {
  c.popFBlock(kind);
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
}

function tryExcept(c: Codegen, s: S<'Try'>): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  protectedBody(c, body, s.body, except);
  c.visitStmts(s.orelse);
  c.addopJNoline(Op.JUMP, end);
  enterHandler(c, except, cleanup, 'EXCEPTION_HANDLER');
  s.handlers.forEach((handler) => {
    c.setLoc(handler);
    except = c.newBlock();
    if (handler.type) {
      c.visitExpr(handler.type);
      c.addop(Op.CHECK_EXC_MATCH);
      c.addopJ(Op.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name) namedHandlerBody(c, handler.name, handler.body, end);
    else anonymousHandlerBody(c, handler.body, end);
    c.useNextBlock(except);
  });
  c.unsetLoc();
  leaveHandler(c, cleanup, 'EXCEPTION_HANDLER');
  c.useNextBlock(end);
}

/** `except E as name:` runs its body as try/finally that clears `name` (name = None; del name). */
function namedHandlerBody(c: Codegen, name: string, body: Stmt[], end: Block): void {
  const cleanupEnd = c.newBlock();
  const cleanupBody = c.newBlock();
  c.nameop(name, 'Store');
  c.addopJ(Op.SETUP_CLEANUP, cleanupEnd);
  c.useNextBlock(cleanupBody);
  c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, name);
  c.visitStmts(body);
  c.popFBlock('HANDLER_CLEANUP');
  c.unsetLoc();
  c.addop(Op.POP_BLOCK);
  c.addop(Op.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  clearName(c, name);
  c.addopJ(Op.JUMP, end);
  c.useNextBlock(cleanupEnd);
  c.unsetLoc();
  clearName(c, name);
  c.addopI(Op.RERAISE, 1);
}

function clearName(c: Codegen, name: string): void {
  c.loadConst(null);
  c.nameop(name, 'Store');
  c.nameop(name, 'Del');
}

function anonymousHandlerBody(c: Codegen, body: Stmt[], end: Block): void {
  const cleanupBody = c.newBlock();
  c.addop(Op.POP_TOP);
  c.useNextBlock(cleanupBody);
  c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, null);
  c.visitStmts(body);
  c.popFBlock('HANDLER_CLEANUP');
  c.unsetLoc();
  c.addop(Op.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addopJ(Op.JUMP, end);
}

export function compileTryStar(c: Codegen, s: S<'TryStar'>): void {
  if (s.finalbody.length) tryFinally(c, s);
  else tryStarExcept(c, s);
}

/**
 * try/except*: each handler splits the exception group with CHECK_EG_MATCH;
 * what handlers raise, and the unmatched rest, are collected in a list that
 * PREP_RERAISE_STAR turns into the group to re-raise, if any (compiler_try_star_except).
 * Stack in the handlers: [orig, raised-list, rest].
 */
function tryStarExcept(c: Codegen, s: S<'TryStar'>): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  protectedBody(c, body, s.body, except);
  c.addopJNoline(Op.JUMP, orelse);
  enterHandler(c, except, cleanup, 'EXCEPTION_GROUP_HANDLER');
  s.handlers.forEach((handler, i) => {
    c.setLoc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      // Keep the original group, and start the list of raised exceptions under the one being split.
      c.addopI(Op.COPY, 1);
      c.addopI(Op.BUILD_LIST, 0);
      c.addopI(Op.SWAP, 2);
    }
    if (handler.type) {
      c.visitExpr(handler.type);
      c.addop(Op.CHECK_EG_MATCH);
      c.addopI(Op.COPY, 1);
      c.addopJ(Op.POP_JUMP_IF_NONE, noMatch);
    }
    starHandlerBody(c, handler.name, handler.body, except, exceptWithError);
    c.useNextBlock(except);
    c.addop(Op.NOP); // carries the propagated location
    c.addopJ(Op.JUMP, exceptWithError);
    c.useNextBlock(noMatch);
    c.addop(Op.POP_TOP);
    c.useNextBlock(exceptWithError);
    if (i === s.handlers.length - 1) {
      // The unmatched rest (or None) joins the list.
      c.addopI(Op.LIST_APPEND, 1);
      c.addopJ(Op.JUMP, reraiseStar);
    }
  });
  c.unsetLoc();
  c.popFBlock('EXCEPTION_GROUP_HANDLER');
  reraiseCollected(c, reraiseStar, end);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(orelse);
  c.visitStmts(s.orelse);
  c.useNextBlock(end);
}

/** One except* body, run as try/finally clearing its name; what it raises is appended to the list. */
function starHandlerBody(c: Codegen, name: string | null, body: Stmt[], next: Block, withError: Block): void {
  const cleanupEnd = c.newBlock();
  const cleanupBody = c.newBlock();
  if (name) c.nameop(name, 'Store');
  else c.addop(Op.POP_TOP);
  c.addopJ(Op.SETUP_CLEANUP, cleanupEnd);
  c.useNextBlock(cleanupBody);
  c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, name);
  c.visitStmts(body);
  c.popFBlock('HANDLER_CLEANUP');
  c.unsetLoc(); // the exit (name = None; del name) is artificial
  c.addop(Op.POP_BLOCK);
  if (name) clearName(c, name);
  c.addopJ(Op.JUMP, next);
  c.useNextBlock(cleanupEnd);
  c.unsetLoc();
  if (name) clearName(c, name);
  c.addopI(Op.LIST_APPEND, 3);
  c.addop(Op.POP_TOP); // lasti
  c.addopJ(Op.JUMP, withError);
}

/** [orig, list] -> PREP_RERAISE_STAR: re-raise the combined group, or carry on if nothing is left. */
function reraiseCollected(c: Codegen, reraiseStar: Block, end: Block): void {
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addop(Op.PREP_RERAISE_STAR);
  c.addopI(Op.COPY, 1);
  c.addopJ(Op.POP_JUMP_IF_NOT_NONE, reraise);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addopJ(Op.JUMP, end);
  c.useNextBlock(reraise);
  c.addop(Op.POP_BLOCK);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 0);
}

/** Awaits the value on top of the stack: GET_AWAITABLE `where`, then the SEND loop. */
function awaitTop(c: Codegen, where: number): void {
  c.addopI(Op.GET_AWAITABLE, where);
  c.loadConst(null);
  addYieldFrom(c, true);
}

/**
 * One item of a `with` or `async with` statement; nested items recurse
 * (compiler_with / compiler_async_with). The async form awaits __aenter__ and
 * __aexit__, and keeps the body's location on its POP_BLOCK, as 3.11 does.
 */
export function compileWith(c: Codegen, s: S<'With'> | S<'AsyncWith'>, pos: number): void {
  const isAsync = s._type === 'AsyncWith';
  const kind = isAsync ? 'ASYNC_WITH' : 'WITH';
  const item = s.items[pos];
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.visitExpr(item.context_expr);
  if (isAsync) {
    c.addop(Op.BEFORE_ASYNC_WITH);
    awaitTop(c, 1);
  } else c.addop(Op.BEFORE_WITH);
  c.addopJ(Op.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(kind, block, final, s);
  if (item.optional_vars) c.visitExpr(item.optional_vars);
  else c.addop(Op.POP_TOP);
  if (pos + 1 === s.items.length) c.visitStmts(s.body);
  else compileWith(c, s, pos + 1);
  if (!isAsync) c.unsetLoc();
  c.addop(Op.POP_BLOCK);
  c.popFBlock(kind);
  c.setLoc(s);
  callExitWithNones(c);
  if (isAsync) awaitTop(c, 2);
  c.addop(Op.POP_TOP);
  c.addopJ(Op.JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(Op.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  if (isAsync) awaitTop(c, 2);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

function withExceptFinish(c: Codegen, cleanup: Block): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJ(Op.POP_JUMP_IF_TRUE, exit);
  c.addopI(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_TOP);
}
