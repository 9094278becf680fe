// Splitting a pair's iterations into phases: cold, warm-up, steady state, and where timings settled.
//
// Iteration 0 is the cold one (a JIT has seen nothing, caches are empty). The next `warmup`
// iterations are warm-up, shown one by one because that is where a JIT shows itself; the rest are
// the steady-state sample that ratios and comparisons use. At least one iteration is always left
// for the steady state (a run shorter than planned gives up warm-up first; a run of one iteration
// has the cold one as its only sample).
//
// settledAt is the first iteration i such that iteration i and every later one lie within the steady
// state's band, by the chosen clock: |t - m| <= max(5% of m, 2 × rme% of m), where m is the steady
// median and rme the steady sample's relative margin of error (so a noisy steady state has a wider
// band). When the last iteration itself lies outside the band (the timings never settled), settledAt
// is iterations.length. A JIT that is still warming during the steady sample shows as settledAt
// beyond the sample's start.

import type { Metric, IterationTiming, Phases } from '../results/schema.js';
import { summarise } from '../results/statistics.js';

/** The least relative half-width of the settled band. */
export const SETTLE_TOLERANCE = 0.05;

export function computePhases(iterations: readonly IterationTiming[], warmup: number, metric: Metric): Phases {
  if (iterations.length === 0) throw new Error('no iterations to split into phases');
  const n = iterations.length;
  const warmupEnd = n === 1 ? 1 : 1 + Math.max(0, Math.min(warmup, n - 2));
  const steady = n === 1 ? { start: 0, end: 1 } : { start: warmupEnd, end: n };
  const sample = iterations.slice(steady.start, steady.end);
  const steadyWall = summarise(sample.map((t) => t.wallMs));
  const steadyCpu = summarise(sample.map((t) => t.cpuMs));
  const clock = (t: IterationTiming): number => (metric === 'cpu' ? t.cpuMs : t.wallMs);
  const reference = metric === 'cpu' ? steadyCpu : steadyWall;
  return {
    cold: iterations[0]!,
    warmup: { start: 1, end: warmupEnd },
    steady,
    settledAt: settledAt(iterations.map(clock), reference.median, reference.rme),
    steadyWall,
    steadyCpu,
  };
}

/** The settling point of `times` against a steady median and rme (see the header). */
export function settledAt(times: readonly number[], median: number, rme: number): number {
  const halfWidth = Math.max(SETTLE_TOLERANCE, (2 * rme) / 100) * median;
  let i = times.length;
  while (i > 0 && Math.abs(times[i - 1]! - median) <= halfWidth) i--;
  return i;
}
