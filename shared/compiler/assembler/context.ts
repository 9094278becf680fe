// The state the assembler passes share while turning one unit's blocks into a
// code object.

import type { ConstValue } from '../../bytecode/code.js';
import type { Codegen } from '../codegen.js';
import type { Block } from '../codegen/cfg.js';
import type { Unit } from '../codegen/unit.js';

export interface AssemblyContext {
  readonly c: Codegen;
  readonly u: Unit;
  readonly entry: Block;
  /** co_consts as a growable list (constant folding appends to it). */
  consts: ConstValue[];
  /** Fast-locals slot of each cell/free variable index (build_cellfixedoffsets). */
  cellFixedOffsets: number[];
  nlocalsplus: number;
  maxdepth: number;
  codeFlags: number;
}

/** A named step of the pipeline; the list in index.ts fixes their order. */
export interface Pass {
  readonly name: string;
  run(ctx: AssemblyContext): void;
}
