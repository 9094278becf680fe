// Reading a pyperf JSON file (format "1.0") into our results document, with one engine column:
// a file written by `python3 -m pyperf` (or pyperformance) or one we exported (pyperf.ts).
//
// pyperf's runs are worker processes; ours is one process per pair. So a benchmark becomes one
// RunRecord whose iterations are the first worker's warm-ups followed by every worker's values
// (calibration runs, which have no values, are skipped): iteration 0 (the first warm-up) is the
// cold one, the other warm-ups are the warm-up phase, the values the steady state. A value is
// pyperf's time per loop iteration, which is one of our iterations. pyperf records one clock
// (wall time by default; it says which in "timer"), so both of our clocks get it — unless the file
// is ours, whose metadata carries the other clock, the phases, memory, versions, and the programs
// that did not run (pyperf-metadata.ts). A benchmark whose unit is not seconds (pyperf's memory
// tracking writes bytes) or that has no values shows as unsupported, with the reason.

import {
  type BenchResults, type EngineInfo, type IterationTiming, type Metric, type ProgramInfo, RESULTS_SCHEMA,
  type RunRecord, type SizeName,
} from '../results/schema.js';
import { summarise } from '../results/statistics.js';
import { PYPERF_VERSION, type PyperfMetadataValue } from './pyperf-format.js';
import { KEY, type NotOkEntry } from './pyperf-metadata.js';

type Metadata = Readonly<Record<string, PyperfMetadataValue>>;

/** A document that is not a pyperf suite we can read. */
export class PyperfFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PyperfFormatError';
  }
}

/** What the file says its engine is called (our exports), else undefined: the caller picks a name (its file name). */
export function pyperfEngineName(document: unknown): string | undefined {
  const md = suiteOf(document).metadata;
  return str(md[KEY.engine]);
}

/** Whether the file has CPU times: ours measured by CPU or carrying the CPU clock beside the wall one. */
export function pyperfHasCpuTimes(document: unknown): boolean {
  const suite = suiteOf(document);
  if (str(suite.metadata[KEY.metric]) === 'cpu') return true;
  return suite.benchmarks.some((b) => b.runs.some((r) => r.metadata[KEY.cpuMs] !== undefined || b.metadata[KEY.cpuMs] !== undefined));
}

/** The suite as a BenchResults with one engine, `name` (default: the file's own name for it, else its implementation). */
export function fromPyperf(document: unknown, name?: string): BenchResults {
  const suite = suiteOf(document);
  const md = suite.metadata;
  const engine = name ?? str(md[KEY.engine]) ?? str(md.python_implementation) ?? 'pyperf';
  const metric: Metric = str(md[KEY.metric]) === 'cpu' ? 'cpu' : 'wall';
  const programs = new Map<string, ProgramInfo>();
  const runs: RunRecord[] = [];
  let durationSeconds = 0;
  let firstDate: string | undefined;
  for (const bench of suite.benchmarks) {
    const bmd = { ...md, ...bench.metadata };
    const first = bench.runs[0]?.metadata ?? {};
    const program = str(bmd.name) ?? str(first.name);
    if (program === undefined) throw new PyperfFormatError('a benchmark has no name');
    if (programs.has(program)) throw new PyperfFormatError(`two benchmarks are called '${program}'`);
    programs.set(program, {
      name: program, description: str(bmd[KEY.description]) ?? '', work: num(bmd[KEY.work]) ?? 0,
      expectedChecksum: str(bmd[KEY.expectedChecksum]) ?? '',
    });
    for (const run of bench.runs) {
      const rmd = { ...bmd, ...run.metadata };
      // Without a recorded duration, as pyperf estimates it: the raw timings (times only).
      const raw = (str(rmd.unit) ?? 'second') === 'second' ? [...run.warmups.map(([loops, v]) => loops * v), ...run.values] : [];
      durationSeconds += num(rmd.duration) ?? raw.reduce((a, b) => a + b, 0);
      const date = str(rmd.date);
      if (date !== undefined && (firstDate === undefined || date < firstDate)) firstDate = date;
    }
    runs.push(benchmarkRun(program, engine, metric, bench, bmd));
  }
  const notOk = parseJson<NotOkEntry[]>(md[KEY.notOk], []);
  for (const entry of notOk) {
    if (!programs.has(entry.program)) {
      programs.set(entry.program, { name: entry.program, description: entry.description ?? '', work: entry.work ?? 0, expectedChecksum: entry.expectedChecksum ?? '' });
    }
    runs.push({
      program: entry.program, engine, status: entry.status as RunRecord['status'], iterations: [],
      ...(entry.reason === undefined ? {} : { reason: entry.reason }),
      ...(entry.checksum === undefined ? {} : { checksum: entry.checksum }),
      ...(entry.startupMs === undefined ? {} : { startupMs: entry.startupMs }),
    });
  }
  const order = str(md[KEY.programOrder])?.split(' ') ?? [];
  const ordered = [...order.filter((p) => programs.has(p)), ...[...programs.keys()].filter((p) => !order.includes(p))];
  const implementation = [str(md.python_implementation), str(md.python_version)].filter(Boolean).join(' ');
  const info: EngineInfo = {
    name: engine,
    kind: str(md[KEY.engineKind]) === 'engine' ? 'engine' : 'reference',
    description: str(md[KEY.engineDescription]) ?? (implementation || 'a pyperf run'),
  };
  const [platform, arch] = str(md[KEY.platform]) === undefined
    ? [str(md.platform) ?? 'unknown', '']
    : [str(md[KEY.platform])!, str(md[KEY.arch]) ?? ''];
  const loadAverage = str(md[KEY.loadAverage])?.split(' ').map(Number) ?? (num(md.load_avg_1min) === undefined ? [] : [num(md.load_avg_1min)!]);
  const size = str(md[KEY.size]);
  const warmups = runs.filter((r) => r.phases).map((r) => r.phases!.warmup.end - r.phases!.warmup.start);
  const samples = runs.filter((r) => r.phases).map((r) => r.phases!.steady.end - r.phases!.steady.start);
  return {
    schema: RESULTS_SCHEMA,
    startedAt: str(md[KEY.startedAt]) ?? (firstDate === undefined ? '' : firstDate.replace(' ', 'T')),
    durationSeconds: num(md[KEY.duration]) ?? durationSeconds,
    machine: {
      hostname: str(md.hostname) ?? 'unknown', platform, arch, cpuModel: str(md.cpu_model_name) ?? 'unknown',
      cores: num(md.cpu_count) ?? 0, memoryBytes: num(md[KEY.memory]) ?? 0, loadAverage,
    },
    versions: {
      pyworkbench: str(md[KEY.version]) ?? 'unknown', node: str(md[KEY.node]) ?? 'unknown', v8: str(md[KEY.v8]) ?? 'unknown',
      engines: { [engine]: str(md[KEY.engineVersion]) ?? (implementation || 'unknown') },
    },
    // A pyperf run has no work size of ours: 'default' stands for "as the file's benchmarks define it".
    size: size === 'quick' || size === 'full' || size === 'default' ? size as SizeName : 'default',
    metric,
    baseline: engine,
    settings: {
      warmupIterations: num(md[KEY.warmupIterations]) ?? (warmups.length ? Math.max(...warmups) : 0),
      minSamples: num(md[KEY.minSamples]) ?? (samples.length ? Math.min(...samples) : 0),
      minSampleTimeMs: num(md[KEY.minSampleTimeMs]) ?? 0,
      timeoutMs: num(md[KEY.timeoutMs]) ?? 0,
      environment: parseJson<Record<string, string>>(md[KEY.environment], {}),
    },
    programs: ordered.map((p) => programs.get(p)!),
    engines: [info],
    runs: ordered.flatMap((p) => runs.filter((r) => r.program === p)),
  };
}

function benchmarkRun(program: string, engine: string, metric: Metric, bench: Benchmark, bmd: Metadata): RunRecord {
  const base = { program, engine };
  const unit = str(bmd.unit) ?? 'second';
  if (unit !== 'second') return { ...base, status: 'unsupported', reason: `pyperf unit '${unit}' is not a time`, iterations: [] };
  const measured = bench.runs.filter((r) => r.values.length > 0);
  if (measured.length === 0) return { ...base, status: 'unsupported', reason: 'pyperf calibration runs only: no values', iterations: [] };
  const first = measured[0]!;
  const rmd = { ...bmd, ...first.metadata };
  const ms = [...first.warmups.map(([, v]) => v), ...measured.flatMap((r) => r.values)].map((s) => s * 1000);
  // Our own file carries the other clock, iteration by iteration (one run per benchmark).
  const otherKey = metric === 'cpu' ? KEY.wallMs : KEY.cpuMs;
  const other = measured.length === 1 ? parseJson<number[] | null>(rmd[otherKey], null) : null;
  const iterations: IterationTiming[] = ms.map((t, i) => {
    const o = other?.length === ms.length ? other[i]! : t;
    return metric === 'cpu' ? { cpuMs: t, wallMs: o } : { wallMs: t, cpuMs: o };
  });
  const nWarmups = first.warmups.length;
  const steady = nWarmups > 0 ? { start: nWarmups, end: ms.length } : { start: 0, end: ms.length };
  const warmupStart = Math.min(num(rmd[KEY.warmupStart]) ?? 1, steady.start);
  const steadySlice = iterations.slice(steady.start, steady.end);
  const rss = num(rmd.mem_max_rss);
  const heap = num(rmd[KEY.peakHeap]);
  const memory = rss === undefined && heap === undefined ? undefined
    : { ...(heap === undefined ? {} : { peakHeapBytes: heap }), ...(rss === undefined ? {} : { peakRssBytes: rss }) };
  const checksum = str(rmd[KEY.checksum]);
  const startupMs = num(rmd[KEY.startupMs]);
  return {
    ...base,
    status: 'ok',
    ...(checksum === undefined ? {} : { checksum }),
    ...(startupMs === undefined ? {} : { startupMs }),
    iterations,
    phases: {
      cold: iterations[0]!,
      warmup: { start: warmupStart, end: steady.start },
      steady,
      settledAt: num(rmd[KEY.settledAt]) ?? steady.start,
      steadyWall: summarise(steadySlice.map((t) => t.wallMs)),
      steadyCpu: summarise(steadySlice.map((t) => t.cpuMs)),
    },
    ...(memory === undefined ? {} : { memory }),
  };
}

// ---- Validating the document's shape (what pyperf's reader requires of it).

interface Run { readonly metadata: Metadata; readonly warmups: readonly [number, number][]; readonly values: readonly number[] }
interface Benchmark { readonly metadata: Metadata; readonly runs: readonly Run[] }
interface Suite { readonly metadata: Metadata; readonly benchmarks: readonly Benchmark[] }

function suiteOf(document: unknown): Suite {
  if (!isObject(document)) throw new PyperfFormatError('not a pyperf file: the document is not a JSON object');
  if (document.version !== PYPERF_VERSION) {
    throw new PyperfFormatError(`not a pyperf file of format ${PYPERF_VERSION} (pyperf 1.0 and later): version is ${JSON.stringify(document.version)}`);
  }
  if (!Array.isArray(document.benchmarks) || document.benchmarks.length === 0) throw new PyperfFormatError('the pyperf file has no benchmarks');
  return {
    metadata: metadataOf(document.metadata, 'the suite'),
    benchmarks: document.benchmarks.map((b, i): Benchmark => {
      if (!isObject(b) || !Array.isArray(b.runs) || b.runs.length === 0) throw new PyperfFormatError(`benchmark ${i} has no runs`);
      return {
        metadata: metadataOf(b.metadata, `benchmark ${i}`),
        runs: b.runs.map((r, j): Run => {
          const where = `benchmark ${i} run ${j}`;
          if (!isObject(r)) throw new PyperfFormatError(`${where} is not an object`);
          const values = r.values ?? [];
          const warmups = r.warmups ?? [];
          if (!Array.isArray(values) || !values.every((v) => typeof v === 'number' && v > 0)) {
            throw new PyperfFormatError(`${where}: values must be numbers > 0`);
          }
          if (!Array.isArray(warmups) || !warmups.every((w) => Array.isArray(w) && w.length === 2
            && Number.isInteger(w[0]) && w[0] >= 1 && typeof w[1] === 'number' && w[1] >= 0)) {
            throw new PyperfFormatError(`${where}: warmups must be [loops, value] pairs`);
          }
          return { metadata: metadataOf(r.metadata, where), warmups: warmups as [number, number][], values: values as number[] };
        }),
      };
    }),
  };
}

function metadataOf(value: unknown, where: string): Metadata {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new PyperfFormatError(`${where}: metadata is not an object`);
  return value as Metadata;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function str(value: PyperfMetadataValue | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function num(value: PyperfMetadataValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function parseJson<T>(value: PyperfMetadataValue | undefined, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}
