// The peephole optimizer of one basic block (optimize_basic_block):
// LOAD_CONST + conditional jump folding, `x is None` jumps, folding
// BUILD_TUPLE over constants, BUILD_TUPLE/UNPACK_SEQUENCE pairs, jump
// threading, SWAP simplification and PUSH_NULL merged into LOAD_GLOBAL.
// Removed instructions become NOPs; clean-block.ts deletes them later.

import { PyTuple, type PyConstant } from '../../../ast/nodes.js';
import type { Block, Instr } from '../../codegen/cfg.js';
import { constIsTrue, constKey } from '../../codegen/const-key.js';
import { isBlockPush, isJumpOp, Op } from '../../codegen/ops.js';
import type { AssemblyContext } from '../context.js';
import { applyStaticSwaps, swaptimize } from './swaps.js';

/** Retargets `inst` past the jump `target` when that keeps line events intact (jump_thread). */
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

/** LOAD_CONST c1 ... LOAD_CONST cn, BUILD_TUPLE n -> LOAD_CONST (c1, ..., cn). */
function foldTupleOnConstants(ctx: AssemblyContext, instrs: Instr[], start: number, n: number): void {
  for (let i = start; i < start + n; i++) if (instrs[i].opcode !== Op.LOAD_CONST) return;
  const items = instrs.slice(start, start + n).map((i) => ctx.consts[i.oparg] as PyConstant);
  const tuple = new PyTuple(items);
  const key = constKey(tuple);
  let index = ctx.consts.findIndex((v) => constKey(v) === key);
  if (index < 0) {
    index = ctx.consts.length;
    ctx.consts.push(tuple);
  }
  for (let i = start; i < start + n; i++) instrs[i].opcode = Op.NOP;
  instrs[start + n].opcode = Op.LOAD_CONST;
  instrs[start + n].oparg = index;
}

function foldConstJump(ctx: AssemblyContext, b: Block, i: number): void {
  const inst = b.instrs[i];
  const next = b.instrs[i + 1];
  const nextop = next?.opcode;
  if (nextop === Op.POP_JUMP_IF_FALSE || nextop === Op.POP_JUMP_IF_TRUE) {
    const isTrue = constIsTrue(ctx.consts[inst.oparg]);
    inst.opcode = Op.NOP;
    if (isTrue === (nextop === Op.POP_JUMP_IF_TRUE)) {
      next.opcode = Op.JUMP;
      b.nofallthrough = true;
    } else next.opcode = Op.NOP;
  } else if (nextop === Op.JUMP_IF_FALSE_OR_POP || nextop === Op.JUMP_IF_TRUE_OR_POP) {
    const isTrue = constIsTrue(ctx.consts[inst.oparg]);
    if (isTrue === (nextop === Op.JUMP_IF_TRUE_OR_POP)) {
      next.opcode = Op.JUMP;
      b.nofallthrough = true;
    } else {
      inst.opcode = Op.NOP;
      next.opcode = Op.NOP;
    }
  } else if (nextop === Op.IS_OP && ctx.consts[inst.oparg] === null) {
    const jumpOp = b.instrs[i + 2]?.opcode;
    if (jumpOp === Op.POP_JUMP_IF_FALSE || jumpOp === Op.POP_JUMP_IF_TRUE) {
      const invert = (next.oparg & 0xff) ^ (jumpOp === Op.POP_JUMP_IF_FALSE ? 1 : 0);
      inst.opcode = Op.NOP;
      next.opcode = Op.NOP;
      b.instrs[i + 2].opcode = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
    }
  }
}

/** Returns how much to step `i` back by (1 when the instruction should be revisited). */
function threadJump(inst: Instr, target: Instr): number {
  const t = target.opcode;
  switch (inst.opcode) {
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: {
      const ifFalse = inst.opcode === Op.JUMP_IF_FALSE_OR_POP;
      const same = ifFalse ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
      const sameOrPop = inst.opcode;
      const opposite: number[] = ifFalse ? [Op.JUMP_IF_TRUE_OR_POP, Op.POP_JUMP_IF_TRUE]
        : [Op.JUMP_IF_FALSE_OR_POP, Op.POP_JUMP_IF_FALSE];
      if (t === same) return jumpThread(inst, target, same) ? 1 : 0;
      if (t === Op.JUMP || t === sameOrPop) return jumpThread(inst, target, sameOrPop) ? 1 : 0;
      if (opposite.includes(t) && inst.lineno === target.lineno) {
        inst.opcode = same;
        inst.target = inst.target!.next;
        return 1;
      }
      return 0;
    }
    case Op.POP_JUMP_IF_NOT_NONE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE: case Op.JUMP:
      return t === Op.JUMP && jumpThread(inst, target, inst.opcode) ? 1 : 0;
    default:
      return 0;
  }
}

export function optimizeBlock(ctx: AssemblyContext, b: Block): void {
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const oparg = inst.oparg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1].opcode : 0;
    let target: Instr | null = null;
    if (isJumpOp(inst.opcode) || isBlockPush(inst.opcode)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0];
    }
    switch (inst.opcode) {
      case Op.LOAD_CONST:
        foldConstJump(ctx, b, i);
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1].oparg && oparg >= 1 && oparg <= 3) {
          inst.opcode = Op.NOP;
          instrs[i + 1].opcode = oparg === 1 ? Op.NOP : Op.SWAP;
          continue;
        }
        if (i >= oparg) foldTupleOnConstants(ctx, instrs, i - oparg, oparg);
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.opcode = Op.NOP;
          break;
        }
        i = swaptimize(b, i);
        applyStaticSwaps(b, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (instrs[i + 1].opcode & 1) === 0) {
          inst.opcode = Op.NOP;
          inst.oparg = 0;
          instrs[i + 1].oparg |= 1;
        }
        break;
      default:
        if (target !== null) i -= threadJump(inst, target);
    }
  }
}
