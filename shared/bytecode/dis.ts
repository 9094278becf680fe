// The disassembler: CPython 3.11's Lib/dis.py for code objects, split in the
// same two steps — plain Instruction records (dis/instructions.ts), then their
// text (dis/format.ts). `disText(co)` is what `python3 -m dis FILE` prints for
// the module code object compile() returns, nested code objects included;
// code-object addresses are fake but stable (dis/code-repr.ts).

import type { CodeObject } from './code.js';
import { disassembleLines, disassembleRecursiveLines } from './dis/format.js';

export { type Instruction, exceptionEntries, getInstructions, unpackOpargs } from './dis/instructions.js';
export { formatInstruction } from './dis/format.js';
export { codeRepr, constRepr, normalizeAddresses } from './dis/code-repr.js';
export { type OpcodeStats, opcodeStats } from './dis/stats.js';

/** dis.dis(co): the whole text, nested code objects included, each line ending in a newline. */
export function disText(co: CodeObject): string {
  return disassembleRecursiveLines(co).map((line) => line + '\n').join('');
}

/** dis.disassemble(co): one code object only. */
export function disassembleText(co: CodeObject): string {
  return disassembleLines(co).map((line) => line + '\n').join('');
}
