// Jump lowering: each pseudo jump becomes its forward or backward real opcode
// by layout order (normalize_jumps), then block offsets and relative jump
// arguments are computed, repeating while EXTENDED_ARG prefixes change
// instruction sizes (assemble_jump_offsets).

import { type Instr, layout } from '../../codegen/cfg.js';
import { CACHE_COUNT, hasArg, isJumpOp, Op } from '../../codegen/ops.js';
import type { AssemblyContext } from '../context.js';

const FORWARD_BACKWARD: ReadonlyMap<number, readonly [number, number]> = new Map([
  [Op.JUMP, [Op.JUMP_FORWARD, Op.JUMP_BACKWARD]],
  [Op.JUMP_NO_INTERRUPT, [Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]],
  [Op.POP_JUMP_IF_NOT_NONE, [Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE]],
  [Op.POP_JUMP_IF_NONE, [Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NONE]],
  [Op.POP_JUMP_IF_FALSE, [Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_FALSE]],
  [Op.POP_JUMP_IF_TRUE, [Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_TRUE]],
] as const);

const BACKWARD = new Set<number>([Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.POP_JUMP_BACKWARD_IF_NONE,
  Op.POP_JUMP_BACKWARD_IF_NOT_NONE, Op.POP_JUMP_BACKWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_FALSE]);

export function normalizeJumps(ctx: AssemblyContext): void {
  for (const b of layout(ctx.entry)) b.visited = false;
  for (const b of layout(ctx.entry)) {
    b.visited = true;
    const last = b.last;
    if (!last || !isJumpOp(last.opcode)) continue;
    const pair = FORWARD_BACKWARD.get(last.opcode);
    if (!pair) {
      if ((last.opcode === Op.JUMP_IF_TRUE_OR_POP || last.opcode === Op.JUMP_IF_FALSE_OR_POP) && last.target!.visited) {
        throw new Error('unexpected conditional-or-pop jump backwards');
      }
      continue;
    }
    last.opcode = last.target!.visited ? pair[1] : pair[0];
  }
}

/** Code units of an instruction: EXTENDED_ARG prefixes, itself, its caches. */
export function instrSize(i: Instr): number {
  const oparg = hasArg(i.opcode) ? i.oparg : 0;
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return ext + 1 + CACHE_COUNT[i.opcode];
}

export function assembleJumpOffsets(ctx: AssemblyContext): void {
  let recompile = true;
  while (recompile) {
    let total = 0;
    for (const b of layout(ctx.entry)) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i);
    }
    recompile = false;
    for (const b of ctx.u.blocks.newestFirst()) {
      let pos = b.offset;
      for (const instr of b.instrs) {
        const size = instrSize(instr);
        pos += size;
        if (!isJumpOp(instr.opcode)) continue;
        const target = instr.target!.offset;
        instr.oparg = BACKWARD.has(instr.opcode) ? pos - target : target - pos;
        if (instrSize(instr) !== size) recompile = true;
      }
    }
  }
}
