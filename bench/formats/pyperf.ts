// Benchmark results in pyperf's JSON format, so a run of ours sits beside real CPython and PyPy runs
// in pyperf's own tools (`python3 -m pyperf compare_to python3.json cpython.json`), and back.
//
// A pyperf file holds one interpreter's results, so the export is one suite per engine (or
// reference interpreter): a benchmark per program that ran ok, with one run (our pair ran in one
// process) whose warm-ups are the cold iteration and the warm-up iterations and whose values are
// the steady-state samples, in seconds by the results' metric, loops = 1. pyperf's standard
// metadata (python_implementation, python_version, platform, cpu_model_name, cpu_count, hostname,
// date, duration, mem_max_rss, load_avg_1min, unit, loops, name) is filled in, and our own keys
// (pyperf-metadata.ts) keep what pyperf has no field for, so importing our file gives back the
// same results. Programs that did not run ok cannot be pyperf benchmarks (a benchmark needs
// values); they are listed in the suite's metadata instead, and an engine with no ok run at all
// has no suite. How suites become files: pyperf-files.ts. Reading: pyperf-import.ts.

import type { BenchResults, EngineInfo, IterationTiming, RunRecord } from '../results/schema.js';
import {
  metadataString, PYPERF_VERSION, type PyperfBenchmark, type PyperfMetadataValue, type PyperfSuite, pyperfDate,
  SMALLEST_VALUE,
} from './pyperf-format.js';
import { IMPLEMENTATION_NAMES, KEY, type NotOkEntry } from './pyperf-metadata.js';

export { fromPyperf } from './pyperf-import.js';
export { formatPyperf, type PyperfSuite } from './pyperf-format.js';

/** The Python version the workbench's engines implement. */
const IMPLEMENTED_PYTHON = '3.11';

/**
 * The results of one engine as a pyperf suite; the only engine's when `engine` is not given (with
 * several engines, name one, or use toPyperfSuites). Throws when that engine has no ok run.
 */
export function toPyperf(results: BenchResults, engine?: string): PyperfSuite {
  const name = engine ?? (results.engines.length === 1 ? results.engines[0]!.name : undefined);
  if (name === undefined) {
    throw new Error(`a pyperf file holds one interpreter's results and these have ${results.engines.length} (${results.engines.map((e) => e.name).join(', ')}): write one file per engine`);
  }
  const suite = toPyperfSuite(results, name);
  if (suite === null) throw new Error(`${name} ran no program to the end: pyperf has nothing to hold`);
  return suite;
}

/** Every engine's suite, in column order; an engine with no ok run has none (null). */
export function toPyperfSuites(results: BenchResults): { engine: string; suite: PyperfSuite | null }[] {
  return results.engines.map((e) => ({ engine: e.name, suite: toPyperfSuite(results, e.name) }));
}

/** One engine's suite, or null when none of its runs is ok. */
export function toPyperfSuite(results: BenchResults, engine: string): PyperfSuite | null {
  const info = results.engines.find((e) => e.name === engine);
  if (info === undefined) throw new Error(`no engine '${engine}' in these results`);
  const benchmarks: PyperfBenchmark[] = [];
  const notOk: NotOkEntry[] = [];
  for (const program of results.programs) {
    const run = results.runs.find((r) => r.program === program.name && r.engine === engine);
    if (run === undefined) continue;
    if (run.status === 'ok' && run.phases && run.iterations.length > 0) {
      benchmarks.push(benchmark(results, run, program.description, program.work, program.expectedChecksum));
    } else {
      notOk.push({
        program: program.name, status: run.status, description: program.description, work: program.work,
        expectedChecksum: program.expectedChecksum,
        ...(run.reason === undefined ? {} : { reason: run.reason }),
        ...(run.checksum === undefined ? {} : { checksum: run.checksum }),
        ...(run.startupMs === undefined ? {} : { startupMs: run.startupMs }),
      });
    }
  }
  if (benchmarks.length === 0) return null;
  const metadata = suiteMetadata(results, info);
  metadata[KEY.programOrder] = results.programs.map((p) => p.name).join(' ');
  if (notOk.length) metadata[KEY.notOk] = JSON.stringify(notOk);
  return { version: PYPERF_VERSION, metadata, benchmarks };
}

function suiteMetadata(results: BenchResults, engine: EngineInfo): Record<string, PyperfMetadataValue> {
  const m = results.machine;
  const versionLine = results.versions.engines[engine.name];
  const reference = engine.kind === 'reference';
  const pythonVersion = reference
    ? `${/\d+\.\d+(\.\d+)?/.exec(versionLine ?? '')?.[0] ?? 'unknown'} (64-bit)`
    : `${IMPLEMENTED_PYTHON} (pyworkbench ${results.versions.pyworkbench})`;
  const md: Record<string, PyperfMetadataValue | undefined> = {
    // pyperf's own keys.
    python_implementation: reference ? (IMPLEMENTATION_NAMES[engine.name] ?? engine.name) : `pyworkbench-${engine.name}`,
    python_version: pythonVersion,
    platform: metadataString(`${m.platform} ${m.arch}`),
    cpu_model_name: metadataString(m.cpuModel),
    cpu_count: m.cores > 0 ? m.cores : undefined,
    hostname: metadataString(m.hostname),
    load_avg_1min: m.loadAverage[0] !== undefined && m.loadAverage[0] >= 0 ? m.loadAverage[0] : undefined,
    unit: 'second',
    loops: 1,
    timer: results.metric === 'cpu'
      ? (reference ? 'time.process_time() (CPU time, user + system)' : 'process.cpuUsage() (CPU time, user + system)')
      : (reference ? 'time.perf_counter() (wall time)' : 'performance.now() (wall time)'),
    // Ours.
    [KEY.engine]: engine.name,
    [KEY.engineKind]: engine.kind,
    [KEY.engineDescription]: metadataString(engine.description),
    [KEY.engineVersion]: metadataString(versionLine),
    [KEY.version]: metadataString(results.versions.pyworkbench),
    [KEY.node]: metadataString(results.versions.node),
    [KEY.v8]: metadataString(results.versions.v8),
    [KEY.size]: results.size,
    [KEY.metric]: results.metric,
    [KEY.startedAt]: metadataString(results.startedAt),
    [KEY.duration]: results.durationSeconds,
    [KEY.platform]: metadataString(m.platform),
    [KEY.arch]: metadataString(m.arch),
    [KEY.memory]: m.memoryBytes,
    [KEY.loadAverage]: metadataString(m.loadAverage.join(' ')),
    [KEY.warmupIterations]: results.settings.warmupIterations,
    [KEY.minSamples]: results.settings.minSamples,
    [KEY.minSampleTimeMs]: results.settings.minSampleTimeMs,
    [KEY.timeoutMs]: results.settings.timeoutMs,
    [KEY.environment]: JSON.stringify(results.settings.environment),
  };
  return defined(md);
}

function benchmark(results: BenchResults, run: RunRecord, description: string, work: number, expected: string): PyperfBenchmark {
  const phases = run.phases!;
  const clock = (t: IterationTiming): number => (results.metric === 'cpu' ? t.cpuMs : t.wallMs);
  const other = (t: IterationTiming): number => (results.metric === 'cpu' ? t.wallMs : t.cpuMs);
  const seconds = (t: IterationTiming): number => Math.max(SMALLEST_VALUE, clock(t) / 1000);
  const warmups = run.iterations.slice(0, phases.steady.start).map((t) => [1, seconds(t)] as const);
  const values = run.iterations.slice(phases.steady.start, phases.steady.end).map(seconds);
  const wallSeconds = run.iterations.reduce((sum, t) => sum + t.wallMs, run.startupMs ?? 0) / 1000;
  const runMetadata = defined({
    date: pyperfDate(results.startedAt),
    duration: wallSeconds,
    mem_max_rss: run.memory?.peakRssBytes === undefined ? undefined : Math.round(run.memory.peakRssBytes),
    [KEY.checksum]: metadataString(run.checksum),
    [KEY.startupMs]: run.startupMs,
    [KEY.peakHeap]: run.memory?.peakHeapBytes === undefined ? undefined : Math.round(run.memory.peakHeapBytes),
    [KEY.settledAt]: phases.settledAt,
    [KEY.warmupStart]: phases.warmup.start,
    [results.metric === 'cpu' ? KEY.wallMs : KEY.cpuMs]: JSON.stringify(run.iterations.map(other)),
  });
  return {
    metadata: defined({
      name: run.program,
      [KEY.description]: metadataString(description),
      [KEY.work]: work,
      [KEY.expectedChecksum]: metadataString(expected),
    }),
    // An empty warm-up list is left out, as pyperf leaves it out.
    runs: [{ metadata: runMetadata, ...(warmups.length ? { warmups } : {}), ...(values.length ? { values } : {}) }],
  };
}

function defined(md: Record<string, PyperfMetadataValue | undefined>): Record<string, PyperfMetadataValue> {
  const out: Record<string, PyperfMetadataValue> = {};
  for (const [key, value] of Object.entries(md)) {
    if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) continue;
    out[key] = value;
  }
  return out;
}
