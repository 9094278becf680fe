// SWAP simplification (swaptimize, apply_static_swaps): a run of SWAPs and
// NOPs is replaced by the shortest SWAP sequence with the same permutation,
// and a SWAP whose operands are simply popped or stored (POP_TOP, STORE_FAST)
// is done statically by exchanging those instructions instead.

import type { Block } from '../../codegen/cfg.js';
import { Op } from '../../codegen/ops.js';

const VISITED = -1;

/** Rewrites the SWAP/NOP run starting at `ix`; returns the index of its last instruction. */
export function swaptimize(b: Block, ix: number): number {
  const instrs = b.instrs;
  let depth = instrs[ix].oparg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].opcode;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].oparg);
      more = true;
    } else if (op !== Op.NOP) break;
  }
  if (!more) return ix;
  const stack = Array.from({ length: depth }, (_, i) => i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i];
    if (ins.opcode !== Op.SWAP) continue;
    const top = stack[0];
    stack[0] = stack[ins.oparg - 1];
    stack[ins.oparg - 1] = top;
  }
  // Emit the cycles of the permutation backwards from the end of the run.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instrs[ix + current].opcode = Op.SWAP;
        instrs[ix + current].oparg = j + 1;
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instrs[ix + current--].opcode = Op.NOP;
  return ix + len - 1;
}

const swappable = (op: number): boolean => op === Op.STORE_FAST || op === Op.POP_TOP;
const storesTo = (b: Block, i: number): number => (b.instrs[i].opcode === Op.STORE_FAST ? b.instrs[i].oparg : -1);

function nextSwappable(b: Block, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const ins = b.instrs[i];
    // Reordering across a line change would change the names bound between line events.
    if (lineno >= 0 && ins.lineno !== lineno) return -1;
    if (ins.opcode === Op.NOP) continue;
    return swappable(ins.opcode) ? i : -1;
  }
  return -1;
}

export function applyStaticSwaps(b: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i];
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j].lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(b, j);
    const storeK = storesTo(b, k);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(b, idx);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.opcode = Op.NOP;
    const tmp = b.instrs[j];
    b.instrs[j] = b.instrs[k];
    b.instrs[k] = tmp;
  }
}
