// NOP removal within a block (clean_basic_block). A NOP survives only when it
// is the sole carrier of a line number: no neighbour already has that line.

import type { Block } from '../../codegen/cfg.js';
import { Op } from '../../codegen/ops.js';

function nextNonEmpty(b: Block): Block | null {
  let next = b.next;
  while (next && next.instrs.length === 0) next = next.next;
  return next;
}

function nopIsRedundant(b: Block, src: number, prevLineno: number): boolean {
  const instrs = b.instrs;
  const lineno = instrs[src].lineno;
  if (lineno < 0 || prevLineno === lineno) return true;
  if (src < instrs.length - 1) {
    const nextLineno = instrs[src + 1].lineno;
    if (nextLineno === lineno) return true;
    if (nextLineno < 0) {
      instrs[src + 1].copyLocFrom(instrs[src]);
      return true;
    }
    return false;
  }
  const next = nextNonEmpty(b);
  return next !== null && next.instrs[0].lineno === lineno;
}

export function cleanBlock(b: Block): void {
  const kept = [];
  let prevLineno = -1;
  for (let src = 0; src < b.instrs.length; src++) {
    const instr = b.instrs[src];
    if (instr.opcode === Op.NOP && nopIsRedundant(b, src, prevLineno)) continue;
    kept.push(instr);
    prevLineno = instr.lineno;
  }
  b.instrs = kept;
}
