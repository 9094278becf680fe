// The metadata keys we write into pyperf files beyond pyperf's own, in one place for the writer
// (pyperf.ts) and the reader (pyperf-import.ts). pyperf keeps unknown keys and shows them in
// `python3 -m pyperf metadata`; they let `pyw bench import` rebuild our own results exactly
// (the second clock, phases, memory, programs that did not run), while a file written by pyperf
// itself, which has none of them, still imports with what pyperf records.

/** Suite level: the engine and the run. */
export const KEY = {
  engine: 'pyworkbench_engine',
  engineKind: 'pyworkbench_engine_kind',
  engineDescription: 'pyworkbench_engine_description',
  engineVersion: 'pyworkbench_engine_version',
  version: 'pyworkbench_version',
  node: 'pyworkbench_node',
  v8: 'pyworkbench_v8',
  size: 'pyworkbench_size',
  metric: 'pyworkbench_metric',
  startedAt: 'pyworkbench_started_at',
  duration: 'pyworkbench_duration',
  platform: 'pyworkbench_platform',
  arch: 'pyworkbench_arch',
  memory: 'pyworkbench_memory',
  loadAverage: 'pyworkbench_load_average',
  warmupIterations: 'pyworkbench_warmup_iterations',
  minSamples: 'pyworkbench_min_samples',
  minSampleTimeMs: 'pyworkbench_min_sample_time_ms',
  timeoutMs: 'pyworkbench_timeout_ms',
  /** JSON object: the environment the programs ran under. */
  environment: 'pyworkbench_environment',
  /** Space-separated program names in run order (programs that did not run have no benchmark). */
  programOrder: 'pyworkbench_programs',
  /** JSON array of the runs that did not run ok (pyperf has no place for them): NotOkEntry. */
  notOk: 'pyworkbench_not_ok',
  // Benchmark level: the program.
  description: 'pyworkbench_description',
  work: 'pyworkbench_work',
  expectedChecksum: 'pyworkbench_expected_checksum',
  // Run level: the pair's process.
  checksum: 'pyworkbench_checksum',
  startupMs: 'pyworkbench_startup_ms',
  peakHeap: 'pyworkbench_peak_heap',
  settledAt: 'pyworkbench_settled_at',
  warmupStart: 'pyworkbench_warmup_start',
  /** JSON array: every iteration's time, in ms, by the clock the values are not in. */
  wallMs: 'pyworkbench_wall_ms',
  cpuMs: 'pyworkbench_cpu_ms',
} as const;

/** A run that did not run ok, kept in the suite's metadata. */
export interface NotOkEntry {
  readonly program: string;
  readonly status: string;
  readonly reason?: string;
  readonly checksum?: string;
  readonly startupMs?: number;
  readonly description: string;
  readonly work: number;
  readonly expectedChecksum: string;
}

/** pyperf's python_implementation for the reference interpreters (sys.implementation.name). */
export const IMPLEMENTATION_NAMES: Readonly<Record<string, string>> = { python3: 'cpython', pypy3: 'pypy' };
