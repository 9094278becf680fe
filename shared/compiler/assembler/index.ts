// The assembler: one unit's blocks -> a CodeObject, through an ordered list of
// passes in 3.11's order (compile.c's assemble()). Each pass is one file under
// passes/; PASSES below is the single place that fixes their order.

import { LocalKind, type CodeObject } from '../../bytecode/code.js';
import type { Codegen } from '../codegen.js';
import { layout, NO_LOC } from '../codegen/cfg.js';
import { Op } from '../codegen/ops.js';
import type { Unit } from '../codegen/unit.js';
import type { AssemblyContext, Pass } from './context.js';
import { emitCode, emitExceptionTable, emitLocations } from './emit.js';
import { convertExceptionHandlersToNops, labelExceptionTargets } from './passes/exception-targets.js';
import { extendBlocks } from './passes/extend-blocks.js';
import { assembleJumpOffsets, normalizeJumps } from './passes/jumps.js';
import {
  duplicateExitsWithoutLineno, guaranteeLinenoForExits, propagateLineNumbers, trimUnusedConsts,
} from './passes/line-numbers.js';
import { normalizeBlocks } from './passes/normalize-blocks.js';
import { optimizeCfg } from './passes/optimize-cfg.js';
import { buildCellFixedOffsets, fixCellOffsets, insertPrefixInstructions } from './passes/prefix.js';
import { computeStackDepth } from './passes/stack-depth.js';

export const PASSES: readonly Pass[] = [
  { name: 'normalize-blocks', run: normalizeBlocks },
  { name: 'extend-blocks', run: extendBlocks },
  { name: 'cell-offsets', run: buildCellFixedOffsets },
  { name: 'insert-prefix', run: insertPrefixInstructions },
  { name: 'fix-cell-offsets', run: fixCellOffsets },
  { name: 'optimize-cfg', run: optimizeCfg },
  { name: 'duplicate-exits-without-lineno', run: duplicateExitsWithoutLineno },
  { name: 'trim-unused-consts', run: trimUnusedConsts },
  { name: 'propagate-line-numbers', run: propagateLineNumbers },
  { name: 'guarantee-lineno-for-exits', run: guaranteeLinenoForExits },
  { name: 'stack-depth', run: computeStackDepth },
  { name: 'label-exception-targets', run: labelExceptionTargets },
  { name: 'exception-handlers-to-nops', run: convertExceptionHandlersToNops },
  { name: 'normalize-jumps', run: normalizeJumps },
  { name: 'jump-offsets', run: assembleJumpOffsets },
];

export function assemble(c: Codegen, u: Unit, addNone: boolean): CodeObject {
  // Every path that falls off the end returns None.
  if (!u.curblock.hasReturn) {
    Object.assign(u.loc, NO_LOC);
    if (addNone) c.loadConst(null);
    c.addop(Op.RETURN_VALUE);
  }
  if (!u.firstlineno) {
    const first = u.blocks.entry.instrs[0];
    u.firstlineno = first && first.lineno ? first.lineno : 1;
  }
  const ctx: AssemblyContext = {
    c, u, entry: u.blocks.entry, consts: [...u.constValues], cellFixedOffsets: [], nlocalsplus: 0,
    maxdepth: 0, codeFlags: 0,
  };
  for (const pass of PASSES) pass.run(ctx);
  return makeCode(ctx);
}

/** Names and kinds of the fast-locals slots: locals, then cells not shared with an argument, then frees. */
function localsPlus(ctx: AssemblyContext): { names: string[]; kinds: Uint8Array } {
  const u = ctx.u;
  const names: string[] = [];
  const kinds = new Uint8Array(ctx.nlocalsplus);
  for (const [name, i] of u.varnames.index) {
    names[i] = name;
    kinds[i] = LocalKind.LOCAL | (u.cellvars.index.has(name) ? LocalKind.CELL : 0);
  }
  const nlocals = u.varnames.size;
  let dropped = 0;
  for (const [name, i] of u.cellvars.index) {
    if (u.varnames.index.has(name)) {
      dropped++;
      continue;
    }
    names[i + nlocals - dropped] = name;
    kinds[i + nlocals - dropped] = LocalKind.CELL;
  }
  for (const [name, i] of u.freevars.index) {
    names[i + nlocals - dropped] = name;
    kinds[i + nlocals - dropped] = LocalKind.FREE;
  }
  return { names, kinds };
}

function makeCode(ctx: AssemblyContext): CodeObject {
  const u = ctx.u;
  const { names, kinds } = localsPlus(ctx);
  return {
    co_argcount: u.posonlyargcount + u.argcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_stacksize: ctx.maxdepth,
    co_flags: ctx.codeFlags,
    co_code: emitCode(ctx.entry),
    co_consts: ctx.consts,
    co_names: u.names.keys(),
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_filename: ctx.c.options.filename,
    co_name: u.name,
    co_qualname: u.qualname ?? u.name,
    co_firstlineno: u.firstlineno,
    co_linetable: emitLocations(ctx.entry, u.firstlineno),
    co_exceptiontable: emitExceptionTable(ctx.entry),
  };
}

export { layout };
