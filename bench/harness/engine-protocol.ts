// The messages between the harness, the engine process it forks for one (program, engine) pair, and
// the worker thread in that process that loads and times the program (engine-process.ts,
// engine-thread.ts). Iterations are sent as they finish, so a pair that is killed at its timeout
// still reports the iterations it completed.

export interface EngineRequest {
  readonly engine: string;
  /** Modules that register engines, as conformance/runner/engine-modules.ts names them. */
  readonly engineModules: readonly string[];
  /** Absolute path of the program. */
  readonly file: string;
  readonly size: string;
  /** The committed checksum every iteration must return. */
  readonly expectedChecksum: string;
  readonly warmupIterations: number;
  readonly minSamples: number;
  readonly minSampleTimeMs: number;
  /** See settings.ts: fewer iterations are run when the planned ones would not fit. */
  readonly pairBudgetMs: number;
  /** performance.timeOrigin + performance.now() in the harness just before the fork: start-up counts from here. */
  readonly forkedAt: number;
}

export type EngineMessage =
  /** The program is loaded; `at` is on the same clock as `forkedAt`. */
  | { readonly type: 'ready'; readonly at: number }
  | { readonly type: 'iteration'; readonly wallMs: number; readonly cpuMs: number; readonly checksum: string }
  /** Every planned iteration ran with the right checksum; `warmupIterations` is how many after the cold one were warm-up. */
  | { readonly type: 'done'; readonly warmupIterations: number; readonly peakHeapBytes: number }
  /** Loading or an iteration failed: a BenchmarkError's kind, 'wrong-checksum', or 'error' for anything else. */
  | { readonly type: 'failed'; readonly kind: 'unsupported' | 'error' | 'wrong-checksum'; readonly reason: string;
      readonly detail?: string; readonly peakHeapBytes?: number }
  /** Sent by the process once the thread has ended. */
  | { readonly type: 'exit'; readonly maxRssBytes: number };
