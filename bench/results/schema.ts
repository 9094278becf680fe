// The results of `pyw bench`: one JSON document per run, the input of every report format
// (table, Markdown, HTML, pyperf) and of `--compare`. Its shape is documented here, field by
// field; `schema` names its version, and a reader refuses a document of another version.
//
// Times are milliseconds. Every iteration of every (program, engine) pair is kept, so a report
// can draw warm-up curves and a comparison can test significance on the raw samples.

import type { SampleSummary } from './statistics.js';

export const RESULTS_SCHEMA = 'pyworkbench-bench/1';

export type SizeName = 'quick' | 'default' | 'full';

/** Which clock the ratios come from: CPU time (the default: shared machines inflate wall time) or wall time. */
export type Metric = 'cpu' | 'wall';

export interface BenchResults {
  readonly schema: typeof RESULTS_SCHEMA;
  /** ISO 8601 time the run started. */
  readonly startedAt: string;
  /** Seconds the whole run took. */
  readonly durationSeconds: number;
  readonly machine: MachineInfo;
  readonly versions: VersionInfo;
  /** The work size every program ran at. */
  readonly size: SizeName;
  /** The clock ratios are computed from. */
  readonly metric: Metric;
  /** The engine or reference interpreter ratios are relative to (python3 when it ran), or null. */
  readonly baseline: string | null;
  readonly settings: BenchSettings;
  /** The programs, in run order. */
  readonly programs: readonly ProgramInfo[];
  /** Engines and reference interpreters, in column order. */
  readonly engines: readonly EngineInfo[];
  /** One per (program, engine) pair. */
  readonly runs: readonly RunRecord[];
}

export interface MachineInfo {
  readonly hostname: string;
  readonly platform: string;
  readonly arch: string;
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryBytes: number;
  /** os.loadavg() when the run started: a loaded machine explains noisy figures. */
  readonly loadAverage: readonly number[];
}

export interface VersionInfo {
  readonly pyworkbench: string;
  readonly node: string;
  readonly v8: string;
  /** Per engine or reference interpreter, e.g. { python3: "3.11.7", cpython: "pyworkbench 0.1.0" }. */
  readonly engines: Readonly<Record<string, string>>;
}

export interface BenchSettings {
  /** Iterations after the first (cold) one that count as warm-up. */
  readonly warmupIterations: number;
  /** Least number of steady-state samples. */
  readonly minSamples: number;
  /** Least time spent sampling, per pair, in ms (more samples are taken until it is reached). */
  readonly minSampleTimeMs: number;
  /** A pair taking longer than this is stopped and reported as a timeout. */
  readonly timeoutMs: number;
  /** The environment the programs ran under that could change a result (PYTHONHASHSEED=0). */
  readonly environment: Readonly<Record<string, string>>;
}

export interface ProgramInfo {
  readonly name: string;
  /** The program's one-line description (its first comment line). */
  readonly description: string;
  /** The work parameter n that `size` maps to. */
  readonly work: number;
  /** The committed checksum every engine must print. */
  readonly expectedChecksum: string;
}

export interface EngineInfo {
  readonly name: string;
  /** 'engine': a workbench engine timed in a worker process by tinybench; 'reference': a real interpreter timed by the program's driver. */
  readonly kind: 'engine' | 'reference';
  /** What it models or is, e.g. "CPython 3.11" or "Python 3.11.7". */
  readonly description: string;
}

/**
 * ok: every iteration gave the committed checksum. unsupported: the program needs something the
 * engine lacks (a module, a feature; `reason` says what). wrong-checksum, error (an exception or a
 * crash; `reason` has its last line), timeout.
 */
export type RunStatus = 'ok' | 'unsupported' | 'wrong-checksum' | 'error' | 'timeout';

export interface IterationTiming {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export interface RunRecord {
  readonly program: string;
  readonly engine: string;
  readonly status: RunStatus;
  readonly reason?: string;
  /** The checksum the engine printed (present whenever an iteration finished). */
  readonly checksum?: string;
  /** Time until the engine was ready and the program loaded, before the first iteration. */
  readonly startupMs?: number;
  /** Every iteration in order: [0] is the cold one, then warm-up, then the steady-state samples. */
  readonly iterations: readonly IterationTiming[];
  /** Present when status is ok. */
  readonly phases?: Phases;
  readonly memory?: MemoryUse;
}

export interface Phases {
  /** The first iteration. */
  readonly cold: IterationTiming;
  /** Index range [start, end) of `iterations` that is warm-up. */
  readonly warmup: { readonly start: number; readonly end: number };
  /** Index range [start, end) of `iterations` that is the steady-state sample. */
  readonly steady: { readonly start: number; readonly end: number };
  /** The iteration from which timings stayed within the steady state's spread (where a JIT has warmed up). */
  readonly settledAt: number;
  /** Statistics of the steady-state samples by clock. */
  readonly steadyWall: SampleSummary;
  readonly steadyCpu: SampleSummary;
}

export interface MemoryUse {
  /** Engines: the V8 heap's peak used size over the run. */
  readonly peakHeapBytes?: number;
  /** Peak resident set size of the process (references: from the driver's getrusage). */
  readonly peakRssBytes?: number;
}
