// Exception handlers: walks the graph with a stack of active handlers (pushed
// by SETUP_*, popped by POP_BLOCK) and records on every instruction the handler
// in force (label_exception_targets); then the pseudo-instructions become NOPs.
// SETUP_CLEANUP and SETUP_WITH handlers also restore `lasti`.

import { type Block, layout } from '../../codegen/cfg.js';
import { isBlockPush, isJumpOp, Op } from '../../codegen/ops.js';
import type { AssemblyContext } from '../context.js';
import { cleanBlock } from './clean-block.js';

export function labelExceptionTargets(ctx: AssemblyContext): void {
  for (const b of layout(ctx.entry)) b.visited = false;
  const todo: Block[] = [ctx.entry];
  ctx.entry.visited = true;
  ctx.entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack: Block[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length ? stack[stack.length - 1] : null;
    for (const instr of b.instrs) {
      if (isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = [...stack!];
          target.visited = true;
          todo.push(target);
        }
        if (instr.opcode === Op.SETUP_WITH || instr.opcode === Op.SETUP_CLEANUP) target.preserveLasti = true;
        stack!.push(target);
        handler = target;
      } else if (instr.opcode === Op.POP_BLOCK) {
        stack!.pop();
        handler = stack!.length ? stack![stack!.length - 1] : null;
      } else if (isJumpOp(instr.opcode)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (!b.nofallthrough) target.exceptStack = [...stack!];
          else {
            target.exceptStack = stack;
            stack = null;
          }
          target.visited = true;
          todo.push(target);
        }
      } else instr.except = handler;
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptStack = stack;
      b.next!.visited = true;
      todo.push(b.next!);
    }
  }
}

export function convertExceptionHandlersToNops(ctx: AssemblyContext): void {
  for (const b of layout(ctx.entry)) {
    for (const instr of b.instrs) {
      if (isBlockPush(instr.opcode) || instr.opcode === Op.POP_BLOCK) instr.opcode = Op.NOP;
    }
  }
  for (const b of layout(ctx.entry)) cleanBlock(b);
}
