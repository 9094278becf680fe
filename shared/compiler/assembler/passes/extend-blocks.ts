// Inlines small exit blocks without line numbers (like the implicit
// `return None`) into blocks that jump to them unconditionally (extend_block),
// so each copy can take its predecessor's line number.

import { Op } from '../../codegen/ops.js';
import type { Block } from '../../codegen/cfg.js';
import type { AssemblyContext } from '../context.js';

/** Largest block (in instructions) worth copying. */
const MAX_COPY_SIZE = 4;

const hasLineno = (b: Block): boolean => b.instrs.some((i) => i.lineno > 0);

export function extendBlock(b: Block): void {
  const last = b.last;
  if (!last) return;
  if (last.opcode !== Op.JUMP && last.opcode !== Op.JUMP_FORWARD && last.opcode !== Op.JUMP_BACKWARD) return;
  const target = last.target!;
  if (!target.exit || target.instrs.length > MAX_COPY_SIZE || hasLineno(target)) return;
  last.opcode = Op.NOP;
  for (const instr of target.instrs) b.instrs.push(instr.clone());
  b.exit = true;
}

export function extendBlocks(ctx: AssemblyContext): void {
  for (const b of ctx.u.blocks.newestFirst()) extendBlock(b);
}
