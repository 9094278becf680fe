// The 3.11 location table (co_linetable): where each instruction came from.
//
// The table is a run of entries, each covering 1-8 code units. An entry's
// first byte has its top bit set, a 4-bit kind and (length - 1) in the low
// three bits; what follows depends on the kind (Objects/locations.md):
//   0-9    short: same line as before, column = kind*8 + (next byte >> 4),
//          end column = column + (next byte & 15)
//   10-12  one line: line moves by kind-10; column and end column, one byte each
//   13     no columns: line delta as a signed varint
//   14     long: signed line delta, end-line delta, column+1, end column+1 (varints)
//   15     none: no location at all
// Varints are little-endian 6-bit groups, 0x40 meaning "more follows"; signed
// ones carry the sign in the lowest bit. Line deltas are relative to the last
// line a non-"none" entry set, starting at co_firstlineno.
//
// Decoding yields per code unit what `code.co_positions()` yields and the
// ranges `code.co_lines()` yields (-1 where python3 shows None). Encoding is
// the assembler's: one entry per instruction (EXTENDED_ARGs and caches
// included), split every 8 units, choosing the first form that fits, so a
// compiled table equals python3's byte for byte.

/** Entry kinds: the 4-bit code in an entry's first byte. */
export const LocationKind = {
  SHORT0: 0,
  ONE_LINE0: 10,
  ONE_LINE1: 11,
  ONE_LINE2: 12,
  NO_COLUMNS: 13,
  LONG: 14,
  NONE: 15,
} as const;

/** What python3 shows as None: a missing line or column. */
export const NO_LOCATION = -1;

/** Most code units one entry can cover. */
const MAX_ENTRY_UNITS = 8;

/** Positions per code unit, struct-of-arrays (co_positions; NO_LOCATION for None). */
export interface Positions {
  readonly length: number;
  readonly lineno: Int32Array;
  readonly endLineno: Int32Array;
  readonly col: Int32Array;
  readonly endCol: Int32Array;
}

/** One co_lines() range: byte offsets [start, end) and their line (NO_LOCATION for None). */
export interface LineRange {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/** An entry as decoded: code units covered and the location they share. */
interface Entry {
  units: number;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

/** Reads entries one by one; `line` is the running line the deltas apply to. */
class EntryReader {
  private pos = 0;
  line: number;
  readonly entry: Entry = { units: 0, lineno: 0, endLineno: 0, col: 0, endCol: 0 };

  constructor(private readonly table: Uint8Array, firstlineno: number) {
    this.line = firstlineno;
  }

  /** Decodes the next entry into `this.entry`; false at the end of the table. */
  next(): boolean {
    if (this.pos >= this.table.length) return false;
    const first = this.table[this.pos++];
    const kind = (first >> 3) & 15;
    const e = this.entry;
    e.units = (first & 7) + 1;
    if (kind === LocationKind.NONE) {
      e.lineno = e.endLineno = e.col = e.endCol = NO_LOCATION;
    } else if (kind === LocationKind.LONG) {
      this.line += this.signedVarint();
      e.lineno = this.line;
      e.endLineno = this.line + this.varint();
      e.col = this.varint() - 1;
      e.endCol = this.varint() - 1;
    } else if (kind === LocationKind.NO_COLUMNS) {
      this.line += this.signedVarint();
      e.lineno = e.endLineno = this.line;
      e.col = e.endCol = NO_LOCATION;
    } else if (kind >= LocationKind.ONE_LINE0) {
      this.line += kind - LocationKind.ONE_LINE0;
      e.lineno = e.endLineno = this.line;
      e.col = this.table[this.pos++];
      e.endCol = this.table[this.pos++];
    } else {
      const second = this.table[this.pos++];
      e.lineno = e.endLineno = this.line;
      e.col = (kind << 3) | (second >> 4);
      e.endCol = e.col + (second & 15);
    }
    return true;
  }

  private varint(): number {
    let byte = this.table[this.pos++];
    let value = byte & 63;
    for (let shift = 6; byte & 64; shift += 6) {
      byte = this.table[this.pos++];
      value |= (byte & 63) << shift;
    }
    return value;
  }

  private signedVarint(): number {
    const raw = this.varint();
    return raw & 1 ? -(raw >>> 1) : raw >>> 1;
  }
}

/** The number of code units a location table covers. */
export function locationTableUnits(table: Uint8Array): number {
  let units = 0;
  const reader = new EntryReader(table, 0);
  while (reader.next()) units += reader.entry.units;
  return units;
}

/** Per-code-unit positions, exactly what `code.co_positions()` yields (None as NO_LOCATION). */
export function decodePositions(table: Uint8Array, firstlineno: number): Positions {
  const length = locationTableUnits(table);
  const out: Positions = {
    length,
    lineno: new Int32Array(length),
    endLineno: new Int32Array(length),
    col: new Int32Array(length),
    endCol: new Int32Array(length),
  };
  const reader = new EntryReader(table, firstlineno);
  for (let unit = 0; reader.next(); ) {
    const e = reader.entry;
    for (const stop = unit + e.units; unit < stop; unit++) {
      out.lineno[unit] = e.lineno;
      out.endLineno[unit] = e.endLineno;
      out.col[unit] = e.col;
      out.endCol[unit] = e.endCol;
    }
  }
  return out;
}

/** The ranges `code.co_lines()` yields: one per entry, byte offsets, unmerged as in 3.11. */
export function decodeLineRanges(table: Uint8Array, firstlineno: number): LineRange[] {
  const ranges: LineRange[] = [];
  const reader = new EntryReader(table, firstlineno);
  for (let start = 0; reader.next(); ) {
    const end = start + 2 * reader.entry.units;
    ranges.push({ start, end, line: reader.entry.lineno });
    start = end;
  }
  return ranges;
}

/** `dis.findlinestarts`: [byte offset, line] where a new line begins (lines of None skipped). */
export function findLineStarts(table: Uint8Array, firstlineno: number): [number, number][] {
  const starts: [number, number][] = [];
  let last = NO_LOCATION;
  for (const { start, line } of decodeLineRanges(table, firstlineno)) {
    if (line !== NO_LOCATION && line !== last) {
      starts.push([start, line]);
      last = line;
    }
  }
  return starts;
}

/**
 * The line of the instruction at code unit `unit` (PyCode_Addr2Line), for
 * tracebacks and f_lineno: NO_LOCATION when it has none. Walks the table
 * without allocating.
 */
export function lineAt(table: Uint8Array, firstlineno: number, unit: number): number {
  if (unit < 0) return firstlineno;
  const reader = new EntryReader(table, firstlineno);
  for (let start = 0; reader.next(); ) {
    start += reader.entry.units;
    if (unit < start) return reader.entry.lineno;
  }
  return NO_LOCATION;
}

/**
 * Writes a location table as 3.11's assembler does: call add() once per
 * instruction, in order, with its size in code units and its location
 * (NO_LOCATION for unknown parts; lineno NO_LOCATION for none at all).
 */
export class LocationTableWriter {
  private bytes = new Uint8Array(64);
  private length = 0;
  private line: number;

  constructor(firstlineno: number) {
    this.line = firstlineno;
  }

  add(units: number, lineno: number, endLineno: number, col: number, endCol: number): void {
    for (; units > MAX_ENTRY_UNITS; units -= MAX_ENTRY_UNITS) this.entry(MAX_ENTRY_UNITS, lineno, endLineno, col, endCol);
    this.entry(units, lineno, endLineno, col, endCol);
  }

  /** The table written so far. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  /** One entry in the first form that fits (compile.c's write_location_info_entry). */
  private entry(units: number, lineno: number, endLineno: number, col: number, endCol: number): void {
    this.reserve(25); // first byte + four varints of at most six bytes
    if (lineno < 0) {
      this.first(LocationKind.NONE, units);
      return;
    }
    const delta = lineno - this.line;
    if (col < 0 || endCol < 0) {
      if (endLineno === lineno || endLineno === NO_LOCATION) {
        this.first(LocationKind.NO_COLUMNS, units);
        this.signedVarint(delta);
        this.line = lineno;
        return;
      }
    } else if (endLineno === lineno) {
      if (delta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        this.first(LocationKind.SHORT0 + (col >> 3), units);
        this.byte(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
        this.first(LocationKind.ONE_LINE0 + delta, units);
        this.byte(col);
        this.byte(endCol);
        this.line = lineno;
        return;
      }
    }
    this.first(LocationKind.LONG, units);
    this.signedVarint(delta);
    this.varint(endLineno - lineno);
    this.varint(col + 1);
    this.varint(endCol + 1);
    this.line = lineno;
  }

  private first(kind: number, units: number): void {
    this.byte(0x80 | (kind << 3) | (units - 1));
  }

  private varint(value: number): void {
    for (; value >= 64; value >>>= 6) this.byte(64 | (value & 63));
    this.byte(value);
  }

  private signedVarint(value: number): void {
    this.varint(value < 0 ? ((-value) << 1) | 1 : value << 1);
  }

  private byte(value: number): void {
    this.bytes[this.length++] = value;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes);
    this.bytes = grown;
  }
}

/** One instruction's location for encodeLocationTable. */
export interface InstructionLocation {
  readonly units: number;
  readonly lineno: number;
  readonly endLineno: number;
  readonly col: number;
  readonly endCol: number;
}

/** A whole table from per-instruction locations (see LocationTableWriter). */
export function encodeLocationTable(firstlineno: number, instructions: Iterable<InstructionLocation>): Uint8Array {
  const writer = new LocationTableWriter(firstlineno);
  for (const i of instructions) writer.add(i.units, i.lineno, i.endLineno, i.col, i.endCol);
  return writer.finish();
}
