// What the sections say about a (program, engine) pair that has no figure: its status and reason
// in words, so every chart and table names unsupported and failed pairs instead of omitting them.

import type { BenchResults, RunRecord } from '../../../results/schema.js';
import { findRun } from '../../../results/ratios.js';

/** "unsupported: <reason>", "wrong checksum: printed X", "error: ...", "timeout", "not run". */
export function statusWords(run: RunRecord | undefined): string {
  if (!run) return 'not run';
  switch (run.status) {
    case 'ok': return 'ok';
    case 'unsupported': return `unsupported${run.reason ? `: ${run.reason}` : ''}`;
    case 'wrong-checksum': return `wrong checksum${run.checksum === undefined ? '' : `: printed ${run.checksum}`}${run.reason ? ` (${run.reason})` : ''}`;
    case 'error': return `error${run.reason ? `: ${run.reason}` : ''}`;
    case 'timeout': return `timeout${run.reason ? `: ${run.reason}` : ''}`;
  }
}

/** Why the pair has no ratio: its own status, or the baseline's for that program. */
export function whyNoRatio(results: BenchResults, program: string, engine: string): string {
  const run = findRun(results, program, engine);
  if (run?.status !== 'ok') return statusWords(run);
  const base = results.baseline === null ? undefined : findRun(results, program, results.baseline);
  return `no baseline time (${results.baseline}: ${statusWords(base)})`;
}
