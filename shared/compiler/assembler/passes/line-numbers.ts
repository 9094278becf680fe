// Line numbers for instructions that have none (PEP 626): exit blocks without
// a line are duplicated so each has one predecessor to inherit from
// (duplicate_exits_without_lineno); locations then flow forward within blocks
// and into single-predecessor successors (propagate_line_numbers); any return
// still without a line gets the previous one (guarantee_lineno_for_exits).

import { type Block, layout } from '../../codegen/cfg.js';
import { isJumpOp, Op } from '../../codegen/ops.js';
import type { AssemblyContext } from '../context.js';

const isExitWithoutLineno = (b: Block): boolean => b.exit && b.instrs.every((i) => i.lineno < 0);

function copyBlock(ctx: AssemblyContext, b: Block): Block {
  const copy = ctx.u.blocks.newBlock();
  copy.instrs = b.instrs.map((i) => i.clone());
  copy.exit = b.exit;
  copy.nofallthrough = true;
  return copy;
}

export function duplicateExitsWithoutLineno(ctx: AssemblyContext): void {
  for (const b of ctx.u.blocks.newestFirst()) {
    const last = b.last;
    if (!last || !isJumpOp(last.opcode)) continue;
    const target = last.target!;
    if (!isExitWithoutLineno(target) || target.predecessors <= 1) continue;
    const copy = copyBlock(ctx, target);
    copy.instrs[0].copyLocFrom(last);
    last.target = copy;
    target.predecessors--;
    copy.predecessors = 1;
    copy.next = target.next;
    target.next = copy;
  }
  for (const b of ctx.u.blocks.newestFirst()) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (const b of ctx.u.blocks.newestFirst()) {
    const last = b.last;
    if (b.nofallthrough || !b.next || !last) continue;
    if (isExitWithoutLineno(b.next)) b.next.instrs[0].copyLocFrom(last);
  }
}

export function propagateLineNumbers(ctx: AssemblyContext): void {
  for (const b of layout(ctx.entry)) {
    if (b.instrs.length === 0) continue;
    const prev = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };
    for (const instr of b.instrs) {
      if (instr.lineno < 0) instr.copyLocFrom(prev);
      else Object.assign(prev, { lineno: instr.lineno, endLineno: instr.endLineno, col: instr.col, endCol: instr.endCol });
    }
    if (!b.nofallthrough && b.next!.predecessors === 1 && b.next!.instrs[0].lineno < 0) {
      b.next!.instrs[0].copyLocFrom(prev);
    }
    const last = b.last!;
    if (isJumpOp(last.opcode)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].lineno < 0) target.instrs[0].copyLocFrom(prev);
    }
  }
}

export function guaranteeLinenoForExits(ctx: AssemblyContext): void {
  let lineno = ctx.u.firstlineno;
  for (const b of layout(ctx.entry)) {
    const last = b.last;
    if (!last) continue;
    if (last.lineno >= 0) {
      lineno = last.lineno;
      continue;
    }
    if (last.opcode === Op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
  }
}

/** Drops constants past the last one any instruction uses; slot 0 (a docstring) always stays. */
export function trimUnusedConsts(ctx: AssemblyContext): void {
  let max = 0;
  for (const b of layout(ctx.entry)) {
    for (const i of b.instrs) {
      if ((i.opcode === Op.LOAD_CONST || i.opcode === Op.KW_NAMES) && i.oparg > max) max = i.oparg;
    }
  }
  if (max + 1 < ctx.consts.length) ctx.consts.length = max + 1;
}
