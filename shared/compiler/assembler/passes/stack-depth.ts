// co_stacksize: the deepest stack along any path, exploring blocks depth-first
// from the entry with the depth each is entered at (compile.c's stackdepth).
// Jumps and SETUP_* edges carry their own effect; code after an
// unconditional transfer is dead. Generators start with one item (the value sent in).

import { isBlockPush, isJumpOp, isUnconditional } from '../../codegen/ops.js';
import type { Block } from '../../codegen/cfg.js';
import type { AssemblyContext } from '../context.js';
import { stackEffect } from '../../../bytecode/opcodes.js';

const UNKNOWN = -0x80000000;

export function computeStackDepth(ctx: AssemblyContext): void {
  for (const b of ctx.u.blocks.all) b.startDepth = UNKNOWN;
  const stack: Block[] = [];
  const push = (b: Block, depth: number): void => {
    // 3.11 stops pushing a block once its recorded depth reaches 100 (a guard against runaway loops).
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  const ste = ctx.u.ste;
  push(ctx.u.blocks.entry, ste.generator || ste.coroutine ? 1 : 0);
  let maxdepth = 0;
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const newDepth = depth + stackEffect(instr.opcode, instr.oparg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJumpOp(instr.opcode) || isBlockPush(instr.opcode)) {
        const targetDepth = depth + stackEffect(instr.opcode, instr.oparg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditional(instr.opcode)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  ctx.maxdepth = maxdepth;
}
