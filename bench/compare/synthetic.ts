// Results documents made up from given steady-state samples, for the tests of --compare (and of
// any report that needs a BenchResults without running anything).
//
// Each ok run gets a cold iteration (twice the first sample), two warm-up iterations, then the
// samples as its steady state; its CPU times are the samples, its wall times 1.25 times them, so a
// test can tell which clock was used.

import { RESULTS_SCHEMA, type BenchResults, type IterationTiming, type RunRecord, type RunStatus } from '../results/schema.js';
import { summarise } from '../results/statistics.js';

export interface SyntheticRun {
  readonly program: string;
  readonly engine: string;
  /** Default 'ok'. */
  readonly status?: RunStatus;
  readonly reason?: string;
  /** Steady-state CPU times in ms (ok runs). */
  readonly samples?: readonly number[];
}

export const SYNTHETIC_WALL_FACTOR = 1.25;
const WARMUP = 2;

function syntheticRun(spec: SyntheticRun): RunRecord {
  const status = spec.status ?? 'ok';
  if (status !== 'ok') return { program: spec.program, engine: spec.engine, status, reason: spec.reason, iterations: [] };
  const samples = spec.samples ?? [];
  const first = samples[0] ?? 1;
  const timing = (cpuMs: number): IterationTiming => ({ cpuMs, wallMs: cpuMs * SYNTHETIC_WALL_FACTOR });
  const iterations = [timing(first * 2), ...Array.from({ length: WARMUP }, () => timing(first * 1.1)), ...samples.map(timing)];
  const steady = { start: 1 + WARMUP, end: iterations.length };
  const steadyTimes = iterations.slice(steady.start);
  return {
    program: spec.program,
    engine: spec.engine,
    status,
    checksum: '42',
    startupMs: 10,
    iterations,
    phases: {
      cold: iterations[0]!,
      warmup: { start: 1, end: 1 + WARMUP },
      steady,
      settledAt: steady.start,
      steadyWall: summarise(steadyTimes.map((t) => t.wallMs)),
      steadyCpu: summarise(steadyTimes.map((t) => t.cpuMs)),
    },
  };
}

/** A whole document holding these runs; `overrides` replaces top-level fields (size, metric, machine, ...). */
export function syntheticResults(runs: readonly SyntheticRun[], overrides: Partial<BenchResults> = {}): BenchResults {
  const programs = [...new Set(runs.map((r) => r.program))];
  const engines = [...new Set(runs.map((r) => r.engine))];
  return {
    schema: RESULTS_SCHEMA,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationSeconds: 1,
    machine: { hostname: 'test', platform: 'linux', arch: 'x64', cpuModel: 'Test CPU', cores: 2, memoryBytes: 2 ** 33, loadAverage: [0, 0, 0] },
    versions: { pyworkbench: '0.1.0', node: 'v20.0.0', v8: '11.3', engines: {} },
    size: 'quick',
    metric: 'cpu',
    baseline: null,
    settings: { warmupIterations: WARMUP, minSamples: 10, minSampleTimeMs: 100, timeoutMs: 60_000, environment: { PYTHONHASHSEED: '0' } },
    programs: programs.map((name) => ({ name, description: `${name} (synthetic)`, work: 100, expectedChecksum: '42' })),
    engines: engines.map((name) => ({ name, kind: 'engine' as const, description: name })),
    runs: runs.map(syntheticRun),
    ...overrides,
  };
}
