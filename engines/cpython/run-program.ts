// Running one program in this thread: the interpreter made for it, the program's output sent
// to the sinks it is given, and the counters `--stats` reports.

import { counters } from '../boxed/object.js';
import type { TextSink } from '../boxed/streams.js';
import { opname } from '../../shared/bytecode/opcodes.js';
import type { RunStats } from '../engine.js';
import { Interpreter } from './runtime/interpreter.js';
import { threadState } from './vm/frame.js';

export interface ProgramRun {
  readonly source: Uint8Array;
  readonly filename: string;
  /** Run this module, found on sys.path, as the main program (`python3 -m`); source and filename are then unused. */
  readonly module?: string;
  /** False when `module` is the __main__ of a directory given as the program: sys.argv[0] stays as given (runpy's alter_argv). */
  readonly alterArgv?: boolean;
  readonly argv: readonly string[];
  readonly path: readonly string[];
  readonly countOpcodes?: boolean;
}

export interface ProgramOutcome {
  readonly exitCode: number;
  readonly stats: RunStats & { readonly opcodes?: Readonly<Record<string, number>>; readonly frees?: number; readonly increfs?: number; readonly decrefs?: number };
}

export function runProgram(run: ProgramRun, io: { stdout: TextSink; stderr: TextSink; stdin: TextSink }): ProgramOutcome {
  const start = performance.now();
  threadState.countOpcodes = run.countOpcodes ?? false;
  const interp = new Interpreter(io, { argv: run.argv, path: run.path, executable: 'pyw' });
  const exitCode = run.module !== undefined ? interp.runModuleAsMain(run.module, run.alterArgv ?? true) : interp.runMain(run.source, run.filename);
  const opcodes: Record<string, number> = {};
  let instructions = 0;
  threadState.opcodeCounts.forEach((n, op) => {
    if (n > 0) {
      opcodes[opname[op]!] = n;
      instructions += n;
    }
  });
  return {
    exitCode,
    stats: {
      wallTimeMs: performance.now() - start,
      instructions: run.countOpcodes ? instructions : undefined,
      allocations: counters.allocations,
      frees: counters.frees,
      increfs: counters.increfs,
      decrefs: counters.decrefs,
      refcountOps: counters.increfs + counters.decrefs,
      opcodes: run.countOpcodes ? opcodes : undefined,
    },
  };
}
