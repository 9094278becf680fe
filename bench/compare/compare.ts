// `pyw bench --compare BASELINE.json`: every (program, engine) pair of two results documents judged
// faster, slower or not significant, as pyperf's compare_to judges them, or incomparable (why).
//
// What is compared: the steady-state samples of the pair, by the results' metric (CPU time by
// default; every sample records both clocks, so documents ranked by different metrics can still be
// compared: the current one's metric is used, with a warning). Significance comes from Student's
// two-sample t-test on those samples (significance.ts). The size of a change is the ratio of the
// steady-state medians, the figure every other report shows, which an outlier or two on a shared
// machine does not move (pyperf uses the ratio of means; the t-test still speaks for the means).
//
// A minimum change (`threshold`, default 10%): a pair is faster or slower only when the test is
// significant AND the medians differ by at least that factor, either way (1.10x slower or 1.10x
// faster), as pyperf's --min-speed does. pyperf's default is 0, and pyperf can afford it: its
// samples come from some twenty worker processes, so the spread it tests against includes what
// varies from one process to the next. Ours come from ONE process per pair, whose samples agree
// within about 1%, while separate processes of the same program settle a few percent apart (JIT
// decisions, memory layout, other tenants' load): on a loaded 2-core machine, 22 processes of one
// program on the cpython engine had steady CPU medians up to 8.5% apart. Every such drift is
// "significant" to the t-test, so without a floor an identical rerun would be called faster or
// slower. Such pairs say "not significant", with their p-value and the reason.

import type { BenchResults, Metric, ProgramInfo, RunRecord, SizeName } from '../results/schema.js';
import { geometricMean, quantile } from '../results/statistics.js';
import { DEFAULT_ALPHA, studentTTest } from './significance.js';

export type Verdict = 'faster' | 'slower' | 'not significant' | 'incomparable';

export interface ProgramVerdict {
  readonly program: string;
  readonly engine: string;
  readonly verdict: Verdict;
  /**
   * currentMedian / baselineMedian − 1: +0.30 is 30% slower, −0.25 is 1.33x faster. NaN when
   * incomparable (no medians to divide).
   */
  readonly change: number;
  /** Steady-state median in ms by the comparison's metric; absent when that side has no ok run. */
  readonly baselineMedian?: number;
  readonly currentMedian?: number;
  /** How many steady-state samples each side had. */
  readonly baselineSamples: number;
  readonly currentSamples: number;
  /** The t-test's statistic and p-value, when it could be computed. */
  readonly tScore?: number;
  readonly pValue?: number;
  /**
   * Why a pair is incomparable (missing, unsupported, size differs, ...), or why a pair is not
   * significant although its p-value is small (below the minimum change), or that no test was possible.
   */
  readonly reason?: string;
}

export interface Comparison {
  /** The clock the samples were compared by. */
  readonly metric: Metric;
  /** The current run's size (and the baseline's, when they differ every pair is incomparable). */
  readonly size: SizeName;
  readonly baselineSize: SizeName;
  /** When each run started (ISO 8601). */
  readonly baselineStartedAt: string;
  readonly currentStartedAt: string;
  /** The significance level and the minimum relative change in force. */
  readonly alpha: number;
  readonly threshold: number;
  /** Engine names in column order: the current run's, then any only the baseline had. */
  readonly engines: readonly string[];
  /** One per (program, engine) pair that either run has, programs in the current run's order. */
  readonly verdicts: readonly ProgramVerdict[];
  /**
   * Per engine, the geometric mean of current / baseline medians over its comparable pairs, minus 1
   * (the same sign convention as `change`); absent for an engine with no comparable pair.
   */
  readonly geometricMeanChange: Readonly<Record<string, number>>;
  /** Things that make the comparison less trustworthy: different metrics, machines or settings. */
  readonly warnings: readonly string[];
}

export interface CompareOptions {
  /** Least relative change (0.05 = 5%) for a significant difference to count; default DEFAULT_THRESHOLD. */
  readonly threshold?: number;
  /** Significance level of the t-test; default 0.05. */
  readonly alpha?: number;
  /** The clock to compare by; default the current run's metric. */
  readonly metric?: Metric;
}

/** The minimum relative change: above the process-to-process drift measured here (see the header). */
export const DEFAULT_THRESHOLD = 0.1;

/** The steady-state samples of an ok run by `metric` (none without phases). */
function steadySamples(run: RunRecord, metric: Metric): readonly number[] {
  if (!run.phases) return [];
  const { start, end } = run.phases.steady;
  return run.iterations.slice(start, end).map((it) => (metric === 'cpu' ? it.cpuMs : it.wallMs));
}

function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/** Why a run cannot be compared, in words for a table cell; undefined when it is ok. */
function runProblem(run: RunRecord): string | undefined {
  switch (run.status) {
    case 'ok': return undefined;
    case 'unsupported': return `unsupported: ${run.reason ?? 'no reason given'}`;
    case 'wrong-checksum': return `wrong checksum${run.checksum === undefined ? '' : ` ${run.checksum}`}`;
    case 'timeout': return 'timeout';
    case 'error': return `error: ${run.reason ?? 'no reason given'}`;
  }
}

/** Why the same program in two runs is not the same workload, or undefined. */
function programProblem(baseline: BenchResults, current: BenchResults, b: ProgramInfo | undefined, c: ProgramInfo | undefined): string | undefined {
  if (baseline.size !== current.size) return `size differs: baseline ${baseline.size}, current ${current.size}`;
  if (!b || !c) return undefined;
  if (b.work !== c.work) return `work differs: baseline n=${b.work}, current n=${c.work}`;
  if (b.expectedChecksum !== c.expectedChecksum) return 'expected checksum differs: the program computes something else';
  return undefined;
}

function incomparable(program: string, engine: string, reason: string, baselineSamples = 0, currentSamples = 0): ProgramVerdict {
  return { program, engine, verdict: 'incomparable', change: Number.NaN, baselineSamples, currentSamples, reason };
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

/** Judges one pair whose two runs are both present. */
function judgePair(baseline: BenchResults, current: BenchResults, b: RunRecord, c: RunRecord, options: Required<CompareOptions>): ProgramVerdict {
  const { program, engine } = c;
  const bProgram = baseline.programs.find((p) => p.name === program);
  const cProgram = current.programs.find((p) => p.name === program);
  const workload = programProblem(baseline, current, bProgram, cProgram);
  if (workload) return incomparable(program, engine, workload);
  const bProblem = runProblem(b);
  const cProblem = runProblem(c);
  if (bProblem !== undefined && bProblem === cProblem) return incomparable(program, engine, `${bProblem} in both`);
  if (bProblem !== undefined || cProblem !== undefined) {
    return incomparable(program, engine, [bProblem && `baseline ${bProblem}`, cProblem && `current ${cProblem}`].filter(Boolean).join('; '));
  }
  const bSamples = steadySamples(b, options.metric);
  const cSamples = steadySamples(c, options.metric);
  if (bSamples.length === 0 || cSamples.length === 0) {
    const side = bSamples.length === 0 ? 'baseline' : 'current';
    return incomparable(program, engine, `no steady-state samples in ${side}`, bSamples.length, cSamples.length);
  }
  const baselineMedian = median(bSamples);
  const currentMedian = median(cSamples);
  const change = currentMedian / baselineMedian - 1;
  const common = { program, engine, change, baselineMedian, currentMedian, baselineSamples: bSamples.length, currentSamples: cSamples.length };
  if (!(baselineMedian > 0 && currentMedian > 0)) return { ...common, verdict: 'incomparable', change: Number.NaN, reason: 'a median time of zero' };
  const test = studentTTest(bSamples, cSamples, options.alpha);
  if (!test) return { ...common, verdict: 'not significant', reason: 'too few samples for a significance test' };
  const measured = { ...common, tScore: test.t, pValue: test.pValue };
  if (!test.significant) return { ...measured, verdict: 'not significant' };
  // The minimum change is a speed factor, the same either way: 1.05x slower or 1.05x faster.
  const factor = change >= 0 ? 1 + change : 1 / (1 + change);
  if (factor - 1 < options.threshold) return { ...measured, verdict: 'not significant', reason: `below the ${percent(options.threshold)} minimum change` };
  // The t-test speaks for the means, the change for the medians: a skewed sample can set them on
  // opposite sides of 1, and then neither direction is established.
  if (Math.sign(test.t) !== Math.sign(change)) return { ...measured, verdict: 'not significant', reason: 'means and medians moved in opposite directions' };
  return { ...measured, verdict: change > 0 ? 'slower' : 'faster' };
}

/** Notes on what differs between the two runs besides the code under test. */
function comparisonWarnings(baseline: BenchResults, current: BenchResults, metric: Metric): string[] {
  const warnings: string[] = [];
  const clock = (m: Metric): string => (m === 'cpu' ? 'CPU time' : 'wall time');
  if (baseline.metric !== current.metric) {
    warnings.push(`the baseline was ranked by ${clock(baseline.metric)} and the current run by ${clock(current.metric)}: both compared by ${clock(metric)}`);
  }
  if (baseline.size !== current.size) warnings.push(`the runs used different sizes (baseline ${baseline.size}, current ${current.size}): no pair is comparable`);
  const bm = baseline.machine;
  const cm = current.machine;
  if (bm.hostname !== cm.hostname || bm.cpuModel !== cm.cpuModel || bm.cores !== cm.cores) {
    warnings.push(`the runs were on different machines (baseline ${bm.hostname}, ${bm.cpuModel}; current ${cm.hostname}, ${cm.cpuModel})`);
  }
  const bs = baseline.settings;
  const cs = current.settings;
  if (bs.warmupIterations !== cs.warmupIterations) {
    warnings.push(`warm-up differs (baseline ${bs.warmupIterations} iterations, current ${cs.warmupIterations}): steady states may not match`);
  }
  return warnings;
}

/** Adds each name not yet in `into`, keeping first-seen order. */
function union(into: string[], names: Iterable<string>): void {
  for (const name of names) if (!into.includes(name)) into.push(name);
}

/** Every pair of the two runs judged; see the header comment for how. */
export function compareResults(baseline: BenchResults, current: BenchResults, options: CompareOptions = {}): Comparison {
  const resolved: Required<CompareOptions> = {
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    alpha: options.alpha ?? DEFAULT_ALPHA,
    metric: options.metric ?? current.metric,
  };
  const programs: string[] = [];
  union(programs, current.programs.map((p) => p.name));
  union(programs, current.runs.map((r) => r.program));
  union(programs, baseline.programs.map((p) => p.name));
  union(programs, baseline.runs.map((r) => r.program));
  const engines: string[] = [];
  union(engines, current.engines.map((e) => e.name));
  union(engines, current.runs.map((r) => r.engine));
  union(engines, baseline.engines.map((e) => e.name));
  union(engines, baseline.runs.map((r) => r.engine));

  const key = (r: RunRecord): string => `${r.program}\0${r.engine}`;
  const baselineRuns = new Map(baseline.runs.map((r) => [key(r), r]));
  const currentRuns = new Map(current.runs.map((r) => [key(r), r]));

  const verdicts: ProgramVerdict[] = [];
  for (const program of programs) {
    for (const engine of engines) {
      const k = `${program}\0${engine}`;
      const b = baselineRuns.get(k);
      const c = currentRuns.get(k);
      if (!b && !c) continue;
      if (!b) verdicts.push(incomparable(program, engine, 'missing in baseline'));
      else if (!c) verdicts.push(incomparable(program, engine, 'missing in current run'));
      else verdicts.push(judgePair(baseline, current, b, c, resolved));
    }
  }

  const geometricMeanChange: Record<string, number> = {};
  for (const engine of engines) {
    const ratios = verdicts.filter((v) => v.engine === engine && v.verdict !== 'incomparable').map((v) => 1 + v.change);
    if (ratios.length > 0) geometricMeanChange[engine] = geometricMean(ratios) - 1;
  }

  return {
    metric: resolved.metric,
    size: current.size,
    baselineSize: baseline.size,
    baselineStartedAt: baseline.startedAt,
    currentStartedAt: current.startedAt,
    alpha: resolved.alpha,
    threshold: resolved.threshold,
    engines,
    verdicts,
    geometricMeanChange,
    warnings: comparisonWarnings(baseline, current, resolved.metric),
  };
}

/** The pairs that got slower by more than `pct` percent (significant ones only): what fails a CI run. */
export function regressions(c: Comparison, pct: number): readonly ProgramVerdict[] {
  return c.verdicts.filter((v) => v.verdict === 'slower' && v.change * 100 > pct);
}
