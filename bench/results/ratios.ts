// Ratios to the baseline, the numbers every report format shows: baseline time / engine time by
// the results' metric, so a ratio above 1 means faster than the baseline. `steady` compares the
// steady-state medians (the median, not the mean: on a shared machine one disturbed sample can move
// a mean of five by tens of percent), `cold` the first iterations. A pair that did not run ok, on
// either side, has no ratio; the geometric mean is over the programs where both sides ran ok.

import type { BenchResults, IterationTiming, RunRecord } from './schema.js';
import { geometricMean } from './statistics.js';

export type Phase = 'cold' | 'steady';

export function findRun(results: BenchResults, program: string, engine: string): RunRecord | undefined {
  return results.runs.find((r) => r.program === program && r.engine === engine);
}

/** One iteration's time by the results' metric. */
export function clockTime(results: BenchResults, t: IterationTiming): number {
  return results.metric === 'cpu' ? t.cpuMs : t.wallMs;
}

/** The pair's time in ms for the phase by the results' metric (steady: the median), when it ran ok. */
export function phaseTime(results: BenchResults, run: RunRecord | undefined, phase: Phase): number | undefined {
  if (run?.status !== 'ok' || !run.phases) return undefined;
  if (phase === 'cold') return clockTime(results, run.phases.cold);
  return (results.metric === 'cpu' ? run.phases.steadyCpu : run.phases.steadyWall).median;
}

export function ratio(results: BenchResults, program: string, engine: string, phase: Phase): number | undefined {
  if (results.baseline === null) return undefined;
  const base = phaseTime(results, findRun(results, program, results.baseline), phase);
  const mine = phaseTime(results, findRun(results, program, engine), phase);
  if (base === undefined || mine === undefined || !(base > 0) || !(mine > 0)) return undefined;
  return base / mine;
}

/** The geometric mean of the engine's ratios over the programs that have one (undefined when none). */
export function geometricMeanRatio(results: BenchResults, engine: string, phase: Phase): number | undefined {
  const ratios = results.programs
    .map((p) => ratio(results, p.name, engine, phase))
    .filter((r): r is number => r !== undefined);
  return ratios.length ? geometricMean(ratios) : undefined;
}
