// How long each (program, engine) pair runs, per size, and how a slow pair is cut short.
//
// Every pair runs 1 cold iteration, `warmup` warm-up iterations and at least `samples` steady-state
// samples (more while the sampling has taken less than `minSampleTimeMs`). Reference interpreters
// run the same planned count, 1 + warmup + samples, timed by the program's driver.
//
// The counts are chosen for the budget: `pyw report` at the default size in under 10 minutes
// on 2 cores, `--quick` in under 2, with python3 taking ~0.1 s per iteration at quick, ~1 s at
// default and 3.5-5 s at full. At default, 22 programs × 6 iterations on python3, pypy3 and an engine
// 3.5x slower than python3 is ~(22 × 6 × (1 + 0.3 + 3.5) s) / 2 cores ≈ 5.3 minutes. An engine much
// slower than that on some program would blow the budget, so a pair also has a time budget
// (`pairBudgetMs`): when the cold iteration shows that the planned iterations after it would not
// fit, fewer are run (planIterations). The budget is in CPU time, so how many iterations a pair gets
// does not depend on how loaded the machine is (two runs to compare get the same counts); on a
// machine of its own, CPU time is wall time. `timeoutMs` is for a pair that hangs; it is killed
// and reported as a timeout with the iterations it finished.

import type { SizeName } from '../results/schema.js';

export interface SizeSettings {
  readonly warmupIterations: number;
  readonly minSamples: number;
  readonly minSampleTimeMs: number;
  /** Engines: the CPU time the iterations after the cold one should fit in; fewer are run when they would not. */
  readonly pairBudgetMs: number;
  readonly timeoutMs: number;
}

export const SIZE_DEFAULTS: Readonly<Record<SizeName, SizeSettings>> = {
  quick: { warmupIterations: 2, minSamples: 3, minSampleTimeMs: 0, pairBudgetMs: 3_000, timeoutMs: 120_000 },
  default: { warmupIterations: 2, minSamples: 3, minSampleTimeMs: 0, pairBudgetMs: 18_000, timeoutMs: 300_000 },
  full: { warmupIterations: 5, minSamples: 10, minSampleTimeMs: 0, pairBudgetMs: 120_000, timeoutMs: 900_000 },
};

export const SIZE_NAMES: readonly SizeName[] = ['quick', 'default', 'full'];

export function isSizeName(name: string): name is SizeName {
  return (SIZE_NAMES as readonly string[]).includes(name);
}

/** Runs at once: the machines have two cores. */
export const DEFAULT_JOBS = 2;

export interface IterationPlan {
  readonly warmupIterations: number;
  readonly minSamples: number;
}

/**
 * The warm-up and sample counts after a cold iteration that took `coldMs`: as planned when
 * (warmup + samples) × coldMs fits `budgetMs`, else as many as fit (cold is usually the slowest
 * iteration, so this errs on the short side), but never fewer than 2 steady samples; warm-up is given
 * up first, keeping a third of what fits.
 */
export function planIterations(planned: IterationPlan, coldMs: number, budgetMs: number): IterationPlan {
  const wanted = planned.warmupIterations + planned.minSamples;
  const fits = coldMs > 0 ? Math.floor(budgetMs / coldMs) : wanted;
  if (fits >= wanted) return planned;
  const total = Math.max(Math.min(2, planned.minSamples), fits);
  const warmupIterations = Math.min(planned.warmupIterations, Math.floor(total / 3));
  return { warmupIterations, minSamples: total - warmupIterations };
}
