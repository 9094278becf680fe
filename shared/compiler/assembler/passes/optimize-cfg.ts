// The flow-graph optimizer (optimize_cfg): peephole each block, inline small
// exit blocks, drop unreachable blocks, then delete jumps to the very next
// block. Unreachability counts predecessors along fall-through, jump and
// exception-handler edges.

import { type Block, layout } from '../../codegen/cfg.js';
import { isBlockPush, isJumpOp, Op } from '../../codegen/ops.js';
import type { AssemblyContext } from '../context.js';
import { cleanBlock } from './clean-block.js';
import { extendBlock } from './extend-blocks.js';
import { optimizeBlock } from './optimize-block.js';

export function markReachable(entry: Block): void {
  entry.predecessors = 1;
  const stack: Block[] = [entry];
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (!isJumpOp(instr.opcode) && !isBlockPush(instr.opcode)) continue;
      const target = instr.target!;
      if (target.predecessors === 0) stack.push(target);
      target.predecessors++;
    }
  }
}

export function eliminateEmptyBlocks(entry: Block): void {
  for (const b of layout(entry)) {
    let next = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (const b of layout(entry)) {
    const last = b.last;
    if (!last || !isJumpOp(last.opcode)) continue;
    let target = last.target!;
    while (target.instrs.length === 0) target = target.next!;
    last.target = target;
  }
}

export function optimizeCfg(ctx: AssemblyContext): void {
  for (const b of layout(ctx.entry)) {
    optimizeBlock(ctx, b);
    cleanBlock(b);
  }
  for (const b of ctx.u.blocks.newestFirst()) extendBlock(b);
  markReachable(ctx.entry);
  for (const b of layout(ctx.entry)) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBlocks(ctx.entry);
  for (const b of layout(ctx.entry)) cleanBlock(b);
  removeRedundantJumps(ctx.entry);
}

function removeRedundantJumps(entry: Block): void {
  let maybeEmpty = false;
  for (const b of layout(entry)) {
    const last = b.last;
    if (!last || (last.opcode !== Op.JUMP && last.opcode !== Op.JUMP_NO_INTERRUPT)) continue;
    if (last.target === b.next) {
      b.nofallthrough = false;
      last.opcode = Op.NOP;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBlocks(entry);
}
