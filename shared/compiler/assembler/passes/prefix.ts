// The prologue every code object starts with, and the final numbering of cell
// and free variables (insert_prefix_instructions, build_cellfixedoffsets,
// fix_cell_offsets): RETURN_GENERATOR + POP_TOP for generators and
// coroutines, a MAKE_CELL per cell in slot order, COPY_FREE_VARS for closures.
// A cell that is also an argument shares the argument's slot.

import { CodeFlag } from '../../../bytecode/code.js';
import { Instr } from '../../codegen/cfg.js';
import { Op } from '../../codegen/ops.js';
import type { AssemblyContext } from '../context.js';

/** co_flags from the scope (compute_code_flags). */
export function computeCodeFlags(ctx: AssemblyContext): number {
  const ste = ctx.u.ste;
  let flags = 0;
  if (ste.kind === 'function') {
    flags |= CodeFlag.NEWLOCALS | CodeFlag.OPTIMIZED;
    if (ste.nested) flags |= CodeFlag.NESTED;
    if (ste.generator && !ste.coroutine) flags |= CodeFlag.GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CodeFlag.COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CodeFlag.ASYNC_GENERATOR;
    if (ste.varargs) flags |= CodeFlag.VARARGS;
    if (ste.varkeywords) flags |= CodeFlag.VARKEYWORDS;
  }
  // compile() passes the __future__ features on to every code object (PyCF_MASK).
  return flags | ctx.c.options.futureFlags;
}

const artificial = (opcode: number, oparg: number): Instr => new Instr(opcode, oparg, -1, -1, -1, -1);

export function buildCellFixedOffsets(ctx: AssemblyContext): void {
  const u = ctx.u;
  const nlocals = u.varnames.size;
  const fixed: number[] = [];
  for (let i = 0; i < u.cellvars.size + u.freevars.size; i++) fixed.push(nlocals + i);
  for (const [name, cellIndex] of u.cellvars.index) {
    const varIndex = u.varnames.index.get(name);
    if (varIndex !== undefined) fixed[cellIndex] = varIndex;
  }
  ctx.cellFixedOffsets = fixed;
  ctx.nlocalsplus = nlocals + u.cellvars.size + u.freevars.size;
}

export function insertPrefixInstructions(ctx: AssemblyContext): void {
  const u = ctx.u;
  const entry = ctx.entry;
  const flags = computeCodeFlags(ctx);
  ctx.codeFlags = flags;
  if (flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) {
    const makeGen = new Instr(Op.RETURN_GENERATOR, 0, u.firstlineno, u.firstlineno, -1, -1);
    entry.instrs.splice(0, 0, makeGen, artificial(Op.POP_TOP, 0));
  }
  const ncells = u.cellvars.size;
  if (ncells) {
    // MAKE_CELLs go in slot order: argument cells first, at their argument's slot.
    const bySlot: number[] = [];
    for (let i = 0; i < ncells; i++) bySlot[ctx.cellFixedOffsets[i]] = i;
    const makeCells = bySlot.filter((x) => x !== undefined).map((i) => artificial(Op.MAKE_CELL, i));
    entry.instrs.splice(0, 0, ...makeCells);
  }
  if (u.freevars.size) entry.instrs.splice(0, 0, artificial(Op.COPY_FREE_VARS, u.freevars.size));
}

const DEREF_OPS = new Set<number>([Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF,
  Op.DELETE_DEREF, Op.LOAD_CLASSDEREF]);

export function fixCellOffsets(ctx: AssemblyContext): void {
  const u = ctx.u;
  const nlocals = u.varnames.size;
  const fixed = ctx.cellFixedOffsets;
  let numdropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
    else numdropped++;
  }
  for (let b = ctx.entry as typeof ctx.entry | null; b; b = b.next) {
    for (const instr of b.instrs) if (DEREF_OPS.has(instr.opcode)) instr.oparg = fixed[instr.oparg];
  }
  ctx.nlocalsplus -= numdropped;
}
