// The Engine interface: what every Python implementation in the workbench offers.
//
// Four engines model four implementation strategies (see ARCHITECTURE.md).
// Each one registers itself here with a profile of its strategy facts, the
// same facts the architecture's engine table lists, so reports and the
// conformance runner can explain a difference instead of hiding it. No engine
// exists yet; the front end comes first.

/** How an engine executes, manages memory and schedules threads. */
export interface EngineProfile {
  /** The real implementation this engine models, e.g. "CPython 3.11". */
  readonly models: string;
  /** What it executes and how. */
  readonly execution: 'bytecode-interpreter' | 'bytecode-tracing-jit' | 'ahead-of-time-js' | 'call-site-trees-then-js';
  /** How Python objects are represented. */
  readonly objects: 'boxed-refcounted' | 'boxed' | 'host-values';
  /** How memory is reclaimed, and so when `__del__` runs. */
  readonly memory: 'refcount-and-cyclic-gc' | 'host-gc';
  /** What `id()` returns. */
  readonly identity: 'simulated-address-reused' | 'stable-integer' | 'sequential';
  /** Whether a global interpreter lock serialises threads. */
  readonly gil: boolean;
}

/** A program handed to an engine: its source bytes and how it was named. */
export interface Program {
  /** Source as bytes: the engine decodes it (PEP 263) like CPython does. */
  readonly source: Uint8Array;
  /** The name tracebacks show, e.g. "script.py", "<string>" or "<stdin>". */
  readonly filename: string;
  /** `sys.argv` as the program sees it (argv[0] first). */
  readonly argv: readonly string[];
}

export interface RunOptions {
  /** Text fed to `sys.stdin`. */
  readonly stdin?: string;
  /** Extra entries for `sys.path`, after the script's folder. */
  readonly path?: readonly string[];
  /** Stop after this many milliseconds of wall time. */
  readonly timeoutMs?: number;
}

/**
 * Counters every engine reports for a run. A counter an engine's strategy
 * does not have stays absent rather than zero, so "no refcounting" and
 * "no refcount operations happened" read differently.
 */
export interface RunStats {
  readonly wallTimeMs: number;
  readonly instructions?: number;
  readonly allocations?: number;
  readonly refcountOps?: number;
  readonly collectionsPerGeneration?: readonly number[];
  readonly jitLoops?: number;
  readonly jitBridges?: number;
  readonly guardFailures?: number;
  readonly callSiteHits?: number;
  readonly callSiteMisses?: number;
  readonly threadSwitches?: number;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly stats: RunStats;
}

/**
 * The worker thread a program runs in, for every engine and for the benchmark harness alike: a
 * stack deep enough for the default recursion limit through native frames, and a young
 * generation large enough that V8's scavenges of the many short-lived objects Python programs
 * make (boxed floats, small tuples, strings) do not dominate (they took a fifth of the time of
 * string-building programs with V8's default).
 */
export const ENGINE_THREAD_LIMITS = { stackSizeMb: 256, maxYoungGenerationSizeMb: 96 } as const;

/** A benchmark program to load for timing (see bench/programs/README.md for the contract). */
export interface BenchmarkTarget {
  /** Absolute path of the program file. It is imported as a module (not run as __main__), its folder first on sys.path. */
  readonly file: string;
  /** The size name: each iteration calls the module's `run(SIZES[size])`. */
  readonly size: string;
}

/** A loaded benchmark program, ready to be timed one iteration at a time. */
export interface BenchmarkSession {
  /** Calls `run(n)` once and returns `str()` of what it returned. A Python exception is thrown as a BenchmarkError. */
  iterate(): string;
  /** Releases the interpreter. */
  close(): void;
}

/**
 * A benchmark program failed in an engine. 'unsupported' when it needs something the engine does
 * not have (ImportError, NotImplementedError); 'error' for any other exception. The message is the
 * exception's last traceback line, e.g. "ModuleNotFoundError: No module named 're'".
 */
export class BenchmarkError extends Error {
  constructor(
    message: string,
    readonly kind: 'unsupported' | 'error',
    readonly traceback: string,
  ) {
    super(message);
    this.name = 'BenchmarkError';
  }
}

export interface Engine {
  /** Short name used on the command line: cpython, pypy, jython, ironpython. */
  readonly name: string;
  readonly profile: EngineProfile;
  run(program: Program, options?: RunOptions): Promise<RunResult>;
  /**
   * Loads a benchmark program to run in the calling thread; the session's `iterate` is synchronous,
   * so tinybench times nothing but the program. The harness calls it from a worker thread with a
   * large stack, in a process of its own per (program, engine). Rejects with a BenchmarkError when
   * the program cannot be loaded.
   */
  openBenchmark?(target: BenchmarkTarget): Promise<BenchmarkSession>;
}

const registry = new Map<string, Engine>();

/** Adds an engine; a second engine with the same name is a programming error. */
export function registerEngine(engine: Engine): void {
  if (registry.has(engine.name)) throw new Error(`engine '${engine.name}' is already registered`);
  registry.set(engine.name, engine);
}

/** The engine with this name, or an error listing the ones that exist. */
export function getEngine(name: string): Engine {
  const engine = registry.get(name);
  if (engine) return engine;
  const known = [...registry.keys()];
  throw new Error(`unknown engine '${name}'; ${known.length ? `known engines: ${known.join(', ')}` : 'no engine is registered yet'}`);
}

/** Every registered engine, in registration order. */
export function listEngines(): readonly Engine[] {
  return [...registry.values()];
}
