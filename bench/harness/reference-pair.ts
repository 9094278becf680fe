// Running one program on a reference interpreter (python3, pypy3) and turning its driver's report
// into a RunRecord.
//
// The interpreter runs `COMMAND NAME.py SIZE --iterations K --timing` in the programs folder, with the
// reference environment of engines/external.ts (PYTHONHASHSEED=0, no user site, ...); the program's
// driver times each iteration itself, so interpreter start-up is not in any iteration. Start-up is
// the process's wall time minus the sum of its iterations' wall times. A ModuleNotFoundError (the
// program needs a module this interpreter lacks) makes the pair unsupported; another failure is an
// error (or wrong-checksum when the driver says the checksum changed between iterations) with the
// last line of stderr.

import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { type ExternalEngine, RunTimeoutError } from '../../engines/external.js';
import type { Metric, RunRecord } from '../results/schema.js';
import { parseDriverOutput } from './driver-output.js';
import { computePhases } from './phases.js';

export interface ReferencePairInput {
  readonly program: string;
  readonly file: string;
  readonly size: string;
  readonly expectedChecksum: string;
  /** Iterations after the cold one that are warm-up. */
  readonly warmupIterations: number;
  /** Every iteration, cold one included. */
  readonly iterations: number;
  readonly timeoutMs: number;
  readonly metric: Metric;
}

export async function runReferencePair(reference: ExternalEngine, input: ReferencePairInput): Promise<RunRecord> {
  const base = { program: input.program, engine: reference.name };
  const filename = basename(input.file);
  let ran;
  try {
    ran = await reference.run(
      { source: readFileSync(input.file), filename, argv: [filename, input.size, '--iterations', String(input.iterations), '--timing'] },
      { cwd: dirname(input.file), timeoutMs: input.timeoutMs },
    );
  } catch (e) {
    if (e instanceof RunTimeoutError) return { ...base, status: 'timeout', reason: `no result after ${input.timeoutMs} ms; killed`, iterations: [] };
    return { ...base, status: 'error', reason: `${reference.command} could not run: ${(e as Error).message}`, iterations: [] };
  }
  const out = parseDriverOutput(ran.stdout);
  const memory = out.maxRssBytes === undefined ? {} : { memory: { peakRssBytes: out.maxRssBytes } };
  const measured = {
    ...(out.checksum === undefined ? {} : { checksum: out.checksum }),
    ...(out.iterations.length ? { startupMs: Math.max(0, ran.stats.wallTimeMs - out.iterations.reduce((s, t) => s + t.wallMs, 0)) } : {}),
    iterations: out.iterations,
    ...memory,
  };
  if (ran.exitCode !== 0 || out.checksum === undefined) {
    const lastLine = ran.stderr.trimEnd().split('\n').pop()
      || (ran.exitCode === 0 ? 'no checksum line in the output (does the program call the driver?)' : `exit code ${ran.exitCode}`);
    const status = /\bModuleNotFoundError\b/.test(ran.stderr) ? 'unsupported'
      : lastLine.startsWith('checksum changed between iterations') ? 'wrong-checksum' : 'error';
    return { ...base, status, reason: lastLine, ...measured };
  }
  if (out.checksum !== input.expectedChecksum) {
    return { ...base, status: 'wrong-checksum', reason: `checksum ${JSON.stringify(out.checksum)}, expected ${JSON.stringify(input.expectedChecksum)}`, ...measured };
  }
  return { ...base, status: 'ok', ...measured, phases: computePhases(out.iterations, input.warmupIterations, input.metric) };
}
