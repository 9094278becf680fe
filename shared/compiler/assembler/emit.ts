// The final encodings: co_code with EXTENDED_ARG prefixes and CACHE entries,
// and the location and exception tables, written with the shared encoders of
// shared/bytecode/location-table.ts and exception-table.ts from each
// instruction's location and handler block.

import { ExceptionTableWriter, handlerDepth, type ExceptionHandler } from '../../bytecode/exception-table.js';
import { LocationTableWriter } from '../../bytecode/location-table.js';
import { type Block, layout } from '../codegen/cfg.js';
import { CACHE_COUNT, hasArg, Op } from '../codegen/ops.js';
import { instrSize } from './passes/jumps.js';

export function emitCode(entry: Block): Uint8Array {
  const out: number[] = [];
  for (const b of layout(entry)) {
    for (const i of b.instrs) {
      const oparg = hasArg(i.opcode) ? i.oparg : 0;
      const size = instrSize(i) - CACHE_COUNT[i.opcode];
      for (let shift = (size - 1) * 8; shift > 0; shift -= 8) out.push(Op.EXTENDED_ARG, (oparg >> shift) & 0xff);
      out.push(i.opcode, oparg & 0xff);
      for (let k = 0; k < CACHE_COUNT[i.opcode]; k++) out.push(Op.CACHE, 0);
    }
  }
  return Uint8Array.from(out);
}

/** co_linetable: one entry per instruction (prefixes and caches included), in the shared encoder. */
export function emitLocations(entry: Block, firstlineno: number): Uint8Array {
  const w = new LocationTableWriter(firstlineno);
  for (const b of layout(entry)) {
    for (const i of b.instrs) w.add(instrSize(i), i.lineno, i.endLineno, i.col, i.endCol);
  }
  return w.finish();
}

/** co_exceptiontable: a new entry wherever the handler block changes. */
export function emitExceptionTable(entry: Block): Uint8Array {
  const w = new ExceptionTableWriter();
  // The writer compares handlers by identity: one record per handler block.
  const handlers = new Map<Block, ExceptionHandler>();
  const handlerOf = (b: Block): ExceptionHandler => {
    let h = handlers.get(b);
    if (!h) {
      h = { target: b.offset, depth: handlerDepth(b.startDepth, b.preserveLasti), lasti: b.preserveLasti };
      handlers.set(b, h);
    }
    return h;
  };
  for (const b of layout(entry)) {
    for (const i of b.instrs) w.add(instrSize(i), i.except ? handlerOf(i.except) : null);
  }
  return w.finish();
}
