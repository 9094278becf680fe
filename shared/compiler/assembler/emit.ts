// The final encodings: co_code with EXTENDED_ARG prefixes and CACHE entries,
// the 3.11 location table (Objects/locations.md) and the exception table
// (Objects/exception_handling_notes.txt).
//
// TODO(C1): shared/bytecode/location-table.ts and exception-table.ts own the
// table formats; switch the two encoders below to them once they land.

import { type Block, type Instr, layout } from '../codegen/cfg.js';
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

// ---- location table --------------------------------------------------------

const LocCode = { SHORT0: 0, ONE_LINE0: 10, NO_COLUMNS: 13, LONG: 14, NONE: 15 } as const;

class LocationWriter {
  readonly bytes: number[] = [];
  constructor(public lineno: number) {}

  private start(code: number, length: number): void {
    this.bytes.push(0x80 | (code << 3) | (length - 1));
  }

  private varint(v: number): void {
    while (v >= 64) {
      this.bytes.push(0x40 | (v & 0x3f));
      v >>>= 6;
    }
    this.bytes.push(v);
  }

  private svarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }

  entry(i: Instr, length: number): void {
    if (i.lineno < 0) return this.start(LocCode.NONE, length);
    const lineDelta = i.lineno - this.lineno;
    const col = i.col;
    const endCol = i.endCol;
    if (col < 0 || endCol < 0) {
      if (i.endLineno === i.lineno || i.endLineno === -1) {
        this.start(LocCode.NO_COLUMNS, length);
        this.svarint(lineDelta);
        this.lineno = i.lineno;
        return;
      }
    } else if (i.endLineno === i.lineno) {
      if (lineDelta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        this.start(LocCode.SHORT0 + (col >> 3), length);
        this.bytes.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
        this.start(LocCode.ONE_LINE0 + lineDelta, length);
        this.bytes.push(col, endCol);
        this.lineno = i.lineno;
        return;
      }
    }
    this.start(LocCode.LONG, length);
    this.svarint(lineDelta);
    this.varint(i.endLineno - i.lineno);
    this.varint(col + 1);
    this.varint(endCol + 1);
    this.lineno = i.lineno;
  }
}

export function emitLocations(entry: Block, firstlineno: number): Uint8Array {
  const w = new LocationWriter(firstlineno);
  for (const b of layout(entry)) {
    for (const i of b.instrs) {
      let size = instrSize(i);
      for (; size > 8; size -= 8) w.entry(i, 8);
      w.entry(i, size);
    }
  }
  return Uint8Array.from(w.bytes.map((x) => x & 0xff));
}

// ---- exception table -------------------------------------------------------

function exceptItem(out: number[], value: number, msb: number): void {
  for (const shift of [24, 18, 12, 6]) {
    if (value >= 1 << shift) {
      out.push(((value >> shift) & 0x3f) | 0x40 | msb);
      msb = 0;
    }
  }
  out.push((value & 0x3f) | msb);
}

function exceptEntry(out: number[], start: number, end: number, handler: Block): void {
  let depth = handler.startDepth - 1;
  if (handler.preserveLasti) depth -= 1;
  exceptItem(out, start, 0x80);
  exceptItem(out, end - start, 0);
  exceptItem(out, handler.offset, 0);
  exceptItem(out, (depth << 1) | (handler.preserveLasti ? 1 : 0), 0);
}

export function emitExceptionTable(entry: Block): Uint8Array {
  const out: number[] = [];
  let handler: Block | null = null;
  let start = -1;
  let offset = 0;
  for (const b of layout(entry)) {
    offset = b.offset;
    for (const i of b.instrs) {
      if (i.except !== handler) {
        if (handler !== null) exceptEntry(out, start, offset, handler);
        start = offset;
        handler = i.except;
      }
      offset += instrSize(i);
    }
  }
  if (handler !== null) exceptEntry(out, start, offset, handler);
  return Uint8Array.from(out);
}
