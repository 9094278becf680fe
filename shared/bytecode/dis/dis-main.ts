// `python3 -m dis FILE` as a function, for `pyw dis`: the disassembly of the
// module code object of a source file (compiled by our compiler) or of a
// .pyc file (read with our marshal reader), and `--stats`, our addition:
// instruction counts by opcode per code object and in total, as tables.
//
// When the source does not compile python3 dies with a traceback whose first
// frames are its own internals; as `pyw ast` does, we print only the final
// block (`  File "<filename>", line N` ... `SyntaxError: ...`) and exit 1.
// The parser's and the compiler's warnings go to stderr first, as the warnings
// module prints them with its default filters (errors/format-warning.ts).

import Table from 'cli-table3';
import { PySyntaxError } from '../../errors/syntax-error.js';
import { formatUncaughtError } from '../../errors/format-syntax-error.js';
import { type CompileWarning, formatCompileWarnings } from '../../errors/format-warning.js';
import { compileSource } from '../../compiler/index.js';
import type { CodeObject } from '../code.js';
import { PYC_MAGIC_3_11, readPyc } from '../pyc.js';
import { disassembleRecursiveLines } from './format.js';
import { type OpcodeStats, opcodeStats } from './stats.js';

export interface DisMainOptions {
  /** Print opcode counts instead of the disassembly. */
  stats?: boolean;
}

export interface DisMainResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Whether the bytes are a .pyc of 3.11 (by name, or by the magic number python3 writes first). */
export function isPyc(data: Uint8Array, filename: string): boolean {
  if (filename.endsWith('.pyc')) return true;
  return data.length >= 4 && (data[0] | (data[1] << 8)) === PYC_MAGIC_3_11 && data[2] === 0x0d && data[3] === 0x0a;
}

/**
 * The module code object: read from a .pyc, or compiled from source as compile(source, filename, 'exec'),
 * the parser's and the compiler's warnings then appended to `warnings`.
 */
export function moduleCode(data: Uint8Array, filename: string, warnings?: CompileWarning[]): CodeObject {
  return isPyc(data, filename) ? readPyc(data).code : compileSource(data, filename, 'exec', { warnings });
}

/** The stdout, stderr and exit status of `python3 -m dis FILE` (or of `pyw dis --stats FILE`). */
export function runDisMain(data: Uint8Array, filename: string, options: DisMainOptions = {}): DisMainResult {
  let code: CodeObject;
  const warnings: CompileWarning[] = [];
  // Warnings print as compile() issues them, so before a SyntaxError's traceback and before any output.
  const warningText = () => (warnings.length === 0 ? '' : formatCompileWarnings(warnings, filename, data));
  try {
    code = moduleCode(data, filename, warnings);
  } catch (err) {
    if (err instanceof PySyntaxError) err.filename = filename;
    const block = formatUncaughtError(err);
    const message = block ?? `pyw dis: cannot disassemble ${filename}: ${err instanceof Error ? err.message : String(err)}\n`;
    return { stdout: '', stderr: warningText() + message, exitCode: 1 };
  }
  const lines = options.stats ? statsLines(opcodeStats(code)) : disassembleRecursiveLines(code);
  return { stdout: lines.map((line) => line + '\n').join(''), stderr: warningText(), exitCode: 0 };
}

/** No colours: the tables go to files and pipes as often as to terminals. */
const PLAIN_STYLE = { head: [] as string[], border: [] as string[], compact: true };

/** A table of opname -> count, most frequent first (ties by name). */
function countsTable(counts: ReadonlyMap<string, number>, total: number): string {
  const table = new Table({ head: ['opcode', 'count', '%'], style: PLAIN_STYLE, colAligns: ['left', 'right', 'right'] });
  const rows = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [name, n] of rows) table.push([name, String(n), ((100 * n) / Math.max(1, total)).toFixed(1)]);
  return table.toString();
}

/** The --stats report: one table per code object, in disassembly order, then the totals. */
export function statsLines(stats: OpcodeStats): string[] {
  const lines: string[] = [];
  for (const co of stats.codeObjects) {
    lines.push(`${co.title}: ${co.instructions} instructions`, countsTable(co.counts, co.instructions), '');
  }
  lines.push(`Total: ${stats.instructions} instructions in ${stats.codeObjects.length} code objects`);
  lines.push(countsTable(stats.total, stats.instructions));
  return lines;
}
