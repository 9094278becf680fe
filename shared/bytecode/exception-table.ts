// The zero-cost exception table (co_exceptiontable) of 3.11.
//
// Each entry says: instructions in [start, end) that raise continue at
// `target`, with the value stack cut back to `depth` items, and with the
// offset of the raising instruction pushed first when `lasti` is set.
// Offsets are in code units. An entry is four varints — start, length,
// target, depth << 1 | lasti — in big-endian 6-bit groups where 0x40 means
// "more follows"; the first byte of every entry also carries 0x80, which
// marks entry starts (Objects/exception_handling_notes.txt). Entries are in
// offset order and do not overlap.
//
// decodeExceptionTable reads what `dis._parse_exception_table` reads (dis
// shows offsets in bytes: multiply by 2). ExceptionTableWriter writes what the
// assembler writes from each instruction's handler. findHandler is the VM's
// lookup when an exception is raised: it scans the bytes without allocating.

export interface ExceptionTableEntry {
  /** First code unit covered. */
  readonly start: number;
  /** Code unit after the last one covered. */
  readonly end: number;
  /** Code unit of the handler. */
  readonly target: number;
  /** Stack depth to unwind to before pushing the exception. */
  readonly depth: number;
  /** Whether the raising instruction's offset is pushed below the exception. */
  readonly lasti: boolean;
}

const CONTINUE = 0x40;
const ENTRY_START = 0x80;

/** The read cursor findHandler reuses, so that a raise allocates nothing. */
const cursor = { pos: 0 };

/** Reads one big-endian varint at `pos`; returns the value, the cursor is passed back via `at`. */
function readVarint(table: Uint8Array, at: { pos: number }): number {
  let byte = table[at.pos++];
  let value = byte & 63;
  while (byte & CONTINUE) {
    byte = table[at.pos++];
    value = value * 64 + (byte & 63);
  }
  return value;
}

/** All entries, in table order (dis._parse_exception_table, in code units). */
export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  const at = { pos: 0 };
  while (at.pos < table.length) {
    const start = readVarint(table, at);
    const length = readVarint(table, at);
    const target = readVarint(table, at);
    const depthLasti = readVarint(table, at);
    entries.push({ start, end: start + length, target, depth: depthLasti >> 1, lasti: (depthLasti & 1) === 1 });
  }
  return entries;
}

/** Appends one varint, high groups first; `marker` (0 or 0x80) goes on its first byte. */
function writeVarint(out: number[], value: number, marker: number): void {
  let shift = 0;
  while (shift + 6 < 32 && value >= 2 ** (shift + 6)) shift += 6;
  for (; shift > 0; shift -= 6) {
    out.push(((value >>> shift) & 63) | CONTINUE | marker);
    marker = 0;
  }
  out.push((value & 63) | marker);
}

/** Appends one entry's bytes. */
export function writeExceptionEntry(out: number[], entry: ExceptionTableEntry): void {
  writeVarint(out, entry.start, ENTRY_START);
  writeVarint(out, entry.end - entry.start, 0);
  writeVarint(out, entry.target, 0);
  writeVarint(out, (entry.depth << 1) | (entry.lasti ? 1 : 0), 0);
}

/** A whole table from its entries. */
export function encodeExceptionTable(entries: Iterable<ExceptionTableEntry>): Uint8Array {
  const out: number[] = [];
  for (const entry of entries) writeExceptionEntry(out, entry);
  return Uint8Array.from(out);
}

/** Where a handler block sits and what it expects; compared by identity like compile.c's blocks. */
export interface ExceptionHandler {
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

/**
 * The depth an entry records for a handler block entered with `startDepth`
 * items on the stack (the exception included, and lasti too when preserved).
 */
export function handlerDepth(startDepth: number, preserveLasti: boolean): number {
  return startDepth - 1 - (preserveLasti ? 1 : 0);
}

/**
 * Writes the table as 3.11's assembler does: call add() for every instruction
 * in order with its size in code units and its handler (null outside any try);
 * a new entry starts wherever the handler changes.
 */
export class ExceptionTableWriter {
  private readonly out: number[] = [];
  private offset = 0;
  private start = 0;
  private handler: ExceptionHandler | null = null;

  add(units: number, handler: ExceptionHandler | null): void {
    if (handler !== this.handler) {
      this.flush();
      this.start = this.offset;
      this.handler = handler;
    }
    this.offset += units;
  }

  finish(): Uint8Array {
    this.flush();
    this.handler = null;
    return Uint8Array.from(this.out);
  }

  private flush(): void {
    const h = this.handler;
    if (h === null || this.offset === this.start) return;
    writeExceptionEntry(this.out, { start: this.start, end: this.offset, target: h.target, depth: h.depth, lasti: h.lasti });
  }
}

/**
 * The entry covering code unit `unit`, written into `found` (reused by the
 * caller, so raising allocates nothing); false when no handler covers it.
 */
export function findHandler(
  table: Uint8Array,
  unit: number,
  found: { target: number; depth: number; lasti: boolean },
): boolean {
  const at = cursor;
  at.pos = 0;
  while (at.pos < table.length) {
    const start = readVarint(table, at);
    const length = readVarint(table, at);
    if (unit < start) return false; // entries are sorted
    if (unit < start + length) {
      found.target = readVarint(table, at);
      const depthLasti = readVarint(table, at);
      found.depth = depthLasti >> 1;
      found.lasti = (depthLasti & 1) === 1;
      return true;
    }
    readVarint(table, at);
    readVarint(table, at);
  }
  return false;
}
