// Marks blocks that end the scope or never fall through, and skips jump
// targets over empty blocks (normalize_basic_block). Runs first, on every block.

import type { Block } from '../../codegen/cfg.js';
import { isJumpOp, isScopeExit, Op } from '../../codegen/ops.js';
import type { AssemblyContext } from '../context.js';

export function skipEmpty(b: Block): Block {
  while (b.instrs.length === 0) b = b.next!;
  return b;
}

export function normalizeBlock(b: Block): void {
  b.instrs.forEach((instr, i) => {
    if (isScopeExit(instr.opcode)) {
      b.exit = true;
      b.nofallthrough = true;
      return;
    }
    if (instr.opcode === Op.JUMP || instr.opcode === Op.JUMP_NO_INTERRUPT) b.nofallthrough = true;
    if (isJumpOp(instr.opcode) && instr.opcode !== Op.SEND) {
      if (i !== b.instrs.length - 1) throw new Error('malformed control flow graph.');
      instr.target = skipEmpty(instr.target!);
    }
  });
}

export function normalizeBlocks(ctx: AssemblyContext): void {
  for (const b of ctx.u.blocks.newestFirst()) normalizeBlock(b);
}
