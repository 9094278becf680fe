// runBenchmarks: every selected program on every chosen engine and reference interpreter, each pair
// isolated, the results as one BenchResults document (bench/results/schema.ts).
//
// Engines run in a child process per pair (engine-pair.ts); reference interpreters are subprocesses
// timed by the program's own driver (reference-pair.ts), for the same planned number of iterations.
// `jobs` pairs run at once (2 by default: the machines have two cores). A reference interpreter that
// is not installed is left out with a note, never an error; an unknown engine or reference name is
// an error. Pairs run program by program, engines first, then references, which is also the column
// order of the results.

import { ENGINE_MODULES } from '../../conformance/runner/engine-modules.js';
import { type ExternalEngine, REFERENCE_ENVIRONMENT, REFERENCE_NAMES, referenceInterpreter } from '../../engines/external.js';
import {
  type BenchResults, type EngineInfo, type Metric, type ProgramInfo, RESULTS_SCHEMA, type RunRecord, type SizeName,
} from '../results/schema.js';
import { runEnginePair } from './engine-pair.js';
import { machineInfo, pyworkbenchVersion, versionInfo } from './machine.js';
import { DEFAULT_PROGRAMS_DIR } from './paths.js';
import { loadRegistry } from './registry.js';
import { type BenchProgram, findPrograms } from './programs.js';
import { runReferencePair } from './reference-pair.js';
import { DEFAULT_JOBS, SIZE_DEFAULTS } from './settings.js';

export interface BenchOptions {
  /** Workbench engines (registered by `engineModules`). */
  readonly engines: readonly string[];
  /** Reference interpreters ('python3', 'pypy3'); those not installed are left out with a note (onNote). */
  readonly references: readonly string[];
  /** A glob over program names (`*`, `?`). */
  readonly programs?: string;
  /** Default bench/programs. */
  readonly programsDir?: string;
  /** Default bench/checksums.json for bench/programs, else `<programsDir>/checksums.json`. */
  readonly checksumsFile?: string;
  readonly size: SizeName;
  /** Default 'cpu'. */
  readonly metric?: Metric;
  /** Default python3 when it runs, else the first engine (or reference). */
  readonly baseline?: string;
  /** Defaults per size: settings.ts. */
  readonly warmupIterations?: number;
  readonly minSamples?: number;
  readonly minSampleTimeMs?: number;
  /** Engines: the time iterations after the cold one should fit in (settings.ts). */
  readonly pairBudgetMs?: number;
  readonly timeoutMs?: number;
  /** Pairs at once; default 2. */
  readonly jobs?: number;
  /** Modules that register engines (tests add fakes); default conformance/runner/engine-modules.ts's list. */
  readonly engineModules?: readonly string[];
  /** One event when a pair starts and one when it finishes. */
  readonly onProgress?: (event: BenchProgress) => void;
  readonly onNote?: (note: string) => void;
}

export interface BenchProgress {
  readonly kind: 'started' | 'finished';
  readonly program: string;
  readonly engine: string;
  /** Pairs finished so far (including this one when it is 'finished'). */
  readonly done: number;
  readonly total: number;
  /** The pair's record, when finished. */
  readonly record?: RunRecord;
}

interface Column {
  readonly info: EngineInfo;
  readonly version: string;
  readonly reference: ExternalEngine | null;
}

export async function runBenchmarks(options: BenchOptions): Promise<BenchResults> {
  const started = new Date();
  const startedMs = performance.now();
  const defaults = SIZE_DEFAULTS[options.size];
  if (!defaults) throw new Error(`unknown size '${String(options.size)}'; sizes: ${Object.keys(SIZE_DEFAULTS).join(', ')}`);
  const settings = {
    warmupIterations: options.warmupIterations ?? defaults.warmupIterations,
    minSamples: Math.max(1, options.minSamples ?? defaults.minSamples),
    minSampleTimeMs: options.minSampleTimeMs ?? defaults.minSampleTimeMs,
    timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
    environment: { ...REFERENCE_ENVIRONMENT },
  };
  const pairBudgetMs = options.pairBudgetMs ?? defaults.pairBudgetMs;
  const metric = options.metric ?? 'cpu';
  const engineModules = options.engineModules ?? ENGINE_MODULES;
  const columns = await resolveColumns(options, engineModules);
  const names = columns.map((c) => c.info.name);
  const baseline = options.baseline ?? (names.includes('python3') ? 'python3' : names[0] ?? null);
  if (baseline !== null && !names.includes(baseline)) {
    throw new Error(`the baseline '${baseline}' is not among the engines and references that run (${names.join(', ') || 'none'})`);
  }
  const programs = findPrograms(options.programsDir ?? DEFAULT_PROGRAMS_DIR, options.size, {
    glob: options.programs, checksumsFile: options.checksumsFile,
  });

  const pairs = programs.flatMap((program) => columns.map((column) => ({ program, column })));
  const runs: RunRecord[] = new Array(pairs.length);
  let next = 0;
  let done = 0;
  const runPair = (program: BenchProgram, column: Column): Promise<RunRecord> => {
    if (program.expectedChecksum === null) {
      return Promise.resolve({
        program: program.name, engine: column.info.name, status: 'error', iterations: [],
        reason: `no committed checksum for ${program.name} at size ${options.size}`,
      });
    }
    const common = { program: program.name, size: options.size, expectedChecksum: program.expectedChecksum, timeoutMs: settings.timeoutMs, metric };
    if (column.reference) {
      return runReferencePair(column.reference, {
        ...common, file: program.file, warmupIterations: settings.warmupIterations,
        iterations: 1 + settings.warmupIterations + settings.minSamples,
      });
    }
    return runEnginePair({
      ...common, engine: column.info.name, engineModules, file: program.file,
      warmupIterations: settings.warmupIterations, minSamples: settings.minSamples,
      minSampleTimeMs: settings.minSampleTimeMs, pairBudgetMs,
    });
  };
  const lane = async (): Promise<void> => {
    while (next < pairs.length) {
      const index = next++;
      const { program, column } = pairs[index]!;
      const engine = column.info.name;
      options.onProgress?.({ kind: 'started', program: program.name, engine, done, total: pairs.length });
      const record = await runPair(program, column);
      runs[index] = record;
      options.onProgress?.({ kind: 'finished', program: program.name, engine, done: ++done, total: pairs.length, record });
    }
  };
  const jobs = Math.max(1, options.jobs ?? DEFAULT_JOBS);
  await Promise.all(Array.from({ length: Math.min(jobs, pairs.length) }, lane));

  return {
    schema: RESULTS_SCHEMA,
    startedAt: started.toISOString(),
    durationSeconds: (performance.now() - startedMs) / 1000,
    machine: machineInfo(),
    versions: versionInfo(Object.fromEntries(columns.map((c) => [c.info.name, c.version]))),
    size: options.size,
    metric,
    baseline,
    settings,
    programs: programs.map((p): ProgramInfo => ({
      name: p.name, description: p.description, work: p.work, expectedChecksum: p.expectedChecksum ?? '',
    })),
    engines: columns.map((c) => c.info),
    runs,
  };
}

/** The engines (checked against the registry) and the installed references, without repeats. */
async function resolveColumns(options: BenchOptions, engineModules: readonly string[]): Promise<Column[]> {
  const columns: Column[] = [];
  const seen = new Set<string>();
  const registry = options.engines.length ? await loadRegistry(engineModules) : null;
  for (const name of options.engines) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (REFERENCE_NAMES.includes(name)) throw new Error(`${name} is a reference interpreter, not an engine: name it among the references`);
    const engine = registry!.getEngine(name);
    columns.push({ info: { name, kind: 'engine', description: engine.profile.models }, version: `pyworkbench ${pyworkbenchVersion()}`, reference: null });
  }
  for (const name of options.references) {
    if (seen.has(name)) continue;
    seen.add(name);
    const reference = referenceInterpreter(name);
    if (reference === null) throw new Error(`unknown reference interpreter '${name}'; known: ${REFERENCE_NAMES.join(', ')}`);
    const version = reference.versionLine();
    if (version === null) {
      options.onNote?.(`${name} is not installed (or cannot be run as '${reference.command}'); left out`);
      continue;
    }
    columns.push({ info: { name, kind: 'reference', description: version }, version, reference });
  }
  return columns;
}
