// The text of a disassembly, as Lib/dis.py 3.11 prints it: one line per
// instruction (line number column, `>>` for jump targets, offset, opname,
// oparg, the argument in parentheses), a blank line before each new source
// line, then the ExceptionTable section; `disassembleRecursive` adds the
// "Disassembly of <code object ...>:" sections of nested code objects, as
// `dis.dis(code)` (and so `python3 -m dis FILE`) does.

import { type CodeObject, isCodeObject } from '../code.js';
import type { ExceptionTableEntry } from '../exception-table.js';
import { codeRepr } from './code-repr.js';
import { type Instruction, exceptionEntries, getInstructions, lineStartsOf } from './instructions.js';

/** dis._OPNAME_WIDTH and dis._OPARG_WIDTH. */
const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
/** Below these the line-number and offset columns keep their minimum widths. */
const WIDE_LINENO = 1000;
const WIDE_OFFSET = 10000;

interface ColumnWidths {
  /** 0 when the code has no line numbers at all. */
  lineno: number;
  offset: number;
}

/** Instruction._disassemble (never marked as current: `python3 -m dis` has no lasti). */
export function formatInstruction(instr: Instruction, widths: ColumnWidths): string {
  const fields: string[] = [];
  if (widths.lineno) {
    fields.push(instr.startsLine !== null ? String(instr.startsLine).padStart(widths.lineno) : ' '.repeat(widths.lineno));
  }
  fields.push('   ');
  fields.push(instr.isJumpTarget ? '>>' : '  ');
  fields.push(String(instr.offset).padStart(widths.offset));
  fields.push(instr.opname.padEnd(OPNAME_WIDTH));
  if (instr.arg !== null) {
    fields.push(String(instr.arg).padStart(OPARG_WIDTH));
    if (instr.argrepr) fields.push(`(${instr.argrepr})`);
  }
  return fields.join(' ').trimEnd();
}

/** The widths _disassemble_bytes chooses from the largest line number and offset. */
function columnWidths(co: CodeObject, lineStarts: ReadonlyMap<number, number>): ColumnWidths {
  let maxLine = -1;
  for (const line of lineStarts.values()) if (line > maxLine) maxLine = line;
  const maxOffset = co.co_code.length - 2;
  return {
    lineno: maxLine < 0 ? 0 : maxLine >= WIDE_LINENO ? String(maxLine).length : 3,
    offset: maxOffset >= WIDE_OFFSET ? String(maxOffset).length : 4,
  };
}

/** The ExceptionTable section (empty when the table is). */
function formatExceptionTable(entries: readonly ExceptionTableEntry[]): string[] {
  if (entries.length === 0) return [];
  const lines = ['ExceptionTable:'];
  for (const e of entries) lines.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  return lines;
}

/** dis.disassemble(co): the lines of one code object's disassembly. */
export function disassembleLines(co: CodeObject): string[] {
  const lineStarts = lineStartsOf(co);
  const instructions = getInstructions(co, lineStarts);
  const widths = columnWidths(co, lineStarts);
  const lines: string[] = [];
  for (const instr of instructions) {
    if (widths.lineno && instr.startsLine !== null && instr.offset > 0) lines.push('');
    lines.push(formatInstruction(instr, widths));
  }
  lines.push(...formatExceptionTable(exceptionEntries(co)));
  return lines;
}

/** dis._disassemble_recursive: this code object, then each nested one (depth first, in co_consts order). */
export function disassembleRecursiveLines(co: CodeObject, out: string[] = []): string[] {
  out.push(...disassembleLines(co));
  for (const value of co.co_consts) {
    if (!isCodeObject(value)) continue;
    out.push('', `Disassembly of ${codeRepr(value)}:`);
    disassembleRecursiveLines(value, out);
  }
  return out;
}
