// `pyw dis --stats` (beyond CPython): how many instructions of each opcode a
// code object holds, for each code object of a module and in total. Counted
// as dis lists them: EXTENDED_ARG prefixes count, inline CACHE entries do not.

import { type CodeObject, isCodeObject } from '../code.js';
import { allOpname } from '../opcodes.js';
import { codeRepr } from './code-repr.js';
import { unpackOpargs } from './instructions.js';

export interface CodeObjectStats {
  /** The code object's repr, as its "Disassembly of" header shows it. */
  readonly title: string;
  readonly qualname: string;
  /** Instruction count by opname. */
  readonly counts: ReadonlyMap<string, number>;
  readonly instructions: number;
}

export interface OpcodeStats {
  /** Per code object, in disassembly order (the module first). */
  readonly codeObjects: readonly CodeObjectStats[];
  readonly total: ReadonlyMap<string, number>;
  readonly instructions: number;
}

function countOne(co: CodeObject): CodeObjectStats {
  const counts = new Map<string, number>();
  const raw = unpackOpargs(co.co_code);
  for (const { opcode } of raw) {
    const name = allOpname[opcode];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return { title: codeRepr(co), qualname: co.co_qualname, counts, instructions: raw.length };
}

/** Walks the tree of code objects in dis order and sums the counts. */
export function opcodeStats(root: CodeObject): OpcodeStats {
  const codeObjects: CodeObjectStats[] = [];
  const visit = (co: CodeObject): void => {
    codeObjects.push(countOne(co));
    for (const value of co.co_consts) if (isCodeObject(value)) visit(value);
  };
  visit(root);
  const total = new Map<string, number>();
  for (const stats of codeObjects) {
    for (const [name, n] of stats.counts) total.set(name, (total.get(name) ?? 0) + n);
  }
  return { codeObjects, total, instructions: codeObjects.reduce((sum, s) => sum + s.instructions, 0) };
}
