import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PYTHON } from '../../test/support/python3.js';
import type { BenchResults, RunRecord } from '../results/schema.js';
import { sampleResults } from './html/sample-results.js';
import { formatPyperf, fromPyperf, toPyperf, toPyperfSuite, toPyperfSuites } from './pyperf.js';
import { writePyperf } from './pyperf-files.js';
import type { PyperfSuite } from './pyperf-format.js';
import { PyperfFormatError } from './pyperf-import.js';
import { joinResults, readPyperfFiles } from './pyperf-join.js';

const scratch = mkdtempSync(join(tmpdir(), 'pyw-pyperf-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Through the JSON text, as a file would carry it. */
const reread = (suite: PyperfSuite): unknown => JSON.parse(formatPyperf(suite));

/** Our suite of every engine, read back and joined: what `pyw bench import` of the files gives. */
function roundTrip(results: BenchResults): BenchResults {
  const files = toPyperfSuites(results).map(({ engine, suite }) => {
    const document = reread(suite!);
    return { source: `${engine}.json`, results: fromPyperf(document), hasCpuTimes: true };
  });
  return joinResults(files, { baseline: results.baseline ?? undefined });
}

function expectClose(actual: number | undefined, expected: number | undefined): void {
  if (expected === undefined) { expect(actual).toBeUndefined(); return; }
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
}

describe('toPyperf', () => {
  const results = sampleResults();

  it('writes a suite pyperf can read: version 1.0, named benchmarks in seconds, values > 0, [loops, value] warm-ups', () => {
    const suite = toPyperf(results, 'pypy3');
    expect(suite.version).toBe('1.0');
    expect(suite.metadata).toMatchObject({
      unit: 'second', loops: 1, python_implementation: 'pypy', python_version: '3.9.16 (64-bit)', cpu_model_name: 'AMD EPYC 7B13',
      cpu_count: 2, hostname: 'bench-<host>&1', platform: 'linux 6.1.0-18-amd64 x64', load_avg_1min: 0.42,
    });
    expect(suite.benchmarks.map((b) => b.metadata?.name)).toEqual(['nbody', 'richards', 'regex']);
    for (const b of suite.benchmarks) {
      const run = results.runs.find((r) => r.program === b.metadata?.name && r.engine === 'pypy3')!;
      expect(b.runs).toHaveLength(1);
      expect(b.runs[0]!.values).toEqual(run.iterations.slice(run.phases!.steady.start).map((t) => t.cpuMs / 1000));
      expect(b.runs[0]!.warmups).toEqual(run.iterations.slice(0, run.phases!.steady.start).map((t) => [1, t.cpuMs / 1000]));
      expect(b.runs[0]!.metadata).toMatchObject({ date: '2025-03-14 09:26:53.000000', mem_max_rss: Math.round(run.memory!.peakRssBytes!) });
    }
  });

  it('keeps every metadata value as pyperf allows: int, float or a one-line non-empty str', () => {
    const suite = toPyperf(results, 'cpython');
    const all = [suite.metadata!, ...suite.benchmarks.flatMap((b) => [b.metadata!, ...b.runs.map((r) => r.metadata!)])];
    for (const md of all) {
      for (const [key, value] of Object.entries(md)) {
        const ok = typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.trim() === value && value !== '' && !/[\r\n]/.test(value);
        expect(ok, `${key}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
    expect(suite.metadata!.python_implementation).toBe('pyworkbench-cpython');
  });

  it('lists a program that did not run ok in the suite metadata instead of as a benchmark', () => {
    const suite = toPyperf(results, 'cpython');
    expect(suite.benchmarks.map((b) => b.metadata?.name)).toEqual(['nbody', 'richards']);
    expect(JSON.parse(suite.metadata!.pyworkbench_not_ok as string)).toMatchObject([{ program: 'regex', status: 'unsupported' }]);
  });

  it('asks which engine when there are several, and has no suite for an engine with no ok run', () => {
    expect(() => toPyperf(results)).toThrow(/one interpreter's results and these have 3/);
    const broken: BenchResults = { ...results, runs: results.runs.map((r): RunRecord => (r.engine === 'pypy3' ? { ...r, status: 'error', reason: 'boom', phases: undefined } : r)) };
    expect(toPyperfSuite(broken, 'pypy3')).toBeNull();
    expect(() => toPyperf(broken, 'pypy3')).toThrow(/ran no program to the end/);
  });
});

describe('fromPyperf of our own files', () => {
  it('gives back the results: programs, columns, statuses, every iteration on both clocks, phases, memory, machine', () => {
    const original = sampleResults();
    const back = roundTrip(original);
    expect(back.programs).toEqual(original.programs);
    expect(back.engines).toEqual(original.engines);
    expect(back.versions).toEqual(original.versions);
    expect(back.machine).toEqual(original.machine);
    expect(back.settings).toEqual(original.settings);
    expect([back.size, back.metric, back.baseline, back.startedAt]).toEqual([original.size, original.metric, original.baseline, original.startedAt]);
    expect(back.runs.map((r) => [r.program, r.engine, r.status, r.reason, r.checksum])).toEqual(
      original.runs.map((r) => [r.program, r.engine, r.status, r.reason, r.checksum]));
    for (const [i, run] of original.runs.entries()) {
      const got = back.runs[i]!;
      expect(got.iterations).toHaveLength(run.iterations.length);
      run.iterations.forEach((t, j) => { expectClose(got.iterations[j]!.cpuMs, t.cpuMs); expectClose(got.iterations[j]!.wallMs, t.wallMs); });
      if (!run.phases) continue;
      expect(got.phases!.warmup).toEqual(run.phases.warmup);
      expect(got.phases!.steady).toEqual(run.phases.steady);
      expect(got.phases!.settledAt).toBe(run.phases.settledAt);
      expectClose(got.phases!.steadyCpu.median, run.phases.steadyCpu.median);
      expectClose(got.phases!.steadyWall.mean, run.phases.steadyWall.mean);
      expectClose(got.startupMs, run.startupMs);
      expect(got.memory).toEqual({ peakRssBytes: Math.round(run.memory!.peakRssBytes!),
        ...(run.memory!.peakHeapBytes === undefined ? {} : { peakHeapBytes: Math.round(run.memory!.peakHeapBytes) }) });
    }
  });

  it('refuses what is not a pyperf 1.0 suite, saying why', () => {
    expect(() => fromPyperf([])).toThrow(PyperfFormatError);
    expect(() => fromPyperf({ version: 6, benchmarks: [] })).toThrow(/format 1\.0.*version is 6/);
    expect(() => fromPyperf({ version: '1.0', benchmarks: [{ runs: [{ values: [0] }], metadata: { name: 'x' } }] })).toThrow(/values must be numbers > 0/);
    expect(() => fromPyperf({ version: '1.0', benchmarks: [{ runs: [{ values: [1] }] }] })).toThrow(/no name/);
  });
});

/**
 * A file as `python3 -m pyperf` writes it (pyperf 2.x, assembled from its format): a calibration
 * run (warm-ups only, growing loops), then worker runs of one warm-up and three values each, loops
 * and inner_loops in the benchmark metadata, the common metadata in the suite's; a second
 * benchmark measured in bytes (--track-memory).
 */
const PYPERF_WRITTEN = {
  version: '1.0',
  metadata: {
    aslr: 'Full randomization', cpu_count: 8, cpu_model_name: 'Intel(R) Core(TM) i7-6820HQ CPU @ 2.70GHz', hostname: 'apu',
    platform: 'Linux-6.1.0-x86_64-with-glibc2.36', python_implementation: 'cpython', python_version: '3.11.7 (64-bit) revision fa7a6f2303',
    perf_version: '2.10.0', timer: 'clock_gettime(CLOCK_MONOTONIC), resolution: 1.00 ns', unit: 'second', inner_loops: 10,
  },
  benchmarks: [
    {
      metadata: { name: 'sum_range', loops: 64 },
      runs: [
        { metadata: { calibrate_loops: 64, date: '2024-05-02 10:00:00.100000', duration: 0.5 },
          warmups: [[1, 2.5e-6], [2, 2.2e-6], [4, 2.1e-6], [64, 2.0e-6]] },
        { metadata: { date: '2024-05-02 10:00:00.700000', duration: 0.4, mem_max_rss: 14893056, load_avg_1min: 0.5 },
          warmups: [[64, 2.05e-6]], values: [2.0e-6, 2.1e-6, 1.9e-6] },
        { metadata: { date: '2024-05-02 10:00:01.200000', duration: 0.4, mem_max_rss: 14655488, load_avg_1min: 0.5 },
          warmups: [[64, 2.04e-6]], values: [2.2e-6, 2.0e-6, 2.05e-6] },
      ],
    },
    {
      metadata: { name: 'memory_use', unit: 'byte' },
      runs: [{ values: [14893056, 14655488] }],
    },
  ],
};

describe('fromPyperf of a file pyperf wrote', () => {
  const results = fromPyperf(PYPERF_WRITTEN);

  it('makes one reference column named after the implementation, measured by wall time', () => {
    expect(results.engines).toEqual([{ name: 'cpython', kind: 'reference', description: 'cpython 3.11.7 (64-bit) revision fa7a6f2303' }]);
    expect(fromPyperf(PYPERF_WRITTEN, 'py311').engines[0]!.name).toBe('py311');
    expect(results.metric).toBe('wall');
    expect(results.machine).toMatchObject({ hostname: 'apu', cores: 8, cpuModel: 'Intel(R) Core(TM) i7-6820HQ CPU @ 2.70GHz', platform: 'Linux-6.1.0-x86_64-with-glibc2.36' });
    expect(results.startedAt).toBe('2024-05-02T10:00:00.100000');
    expectClose(results.durationSeconds, 0.5 + 0.4 + 0.4);
  });

  it('skips the calibration run: iterations are the first worker\'s warm-up then every value, in ms', () => {
    const run = results.runs.find((r) => r.program === 'sum_range')!;
    expect(run.status).toBe('ok');
    const ms = [2.05e-6, 2.0e-6, 2.1e-6, 1.9e-6, 2.2e-6, 2.0e-6, 2.05e-6].map((s) => s * 1000);
    run.iterations.forEach((t, i) => { expectClose(t.wallMs, ms[i]); expectClose(t.cpuMs, ms[i]); });
    expect(run.phases!.cold).toBe(run.iterations[0]);
    expect(run.phases!.steady).toEqual({ start: 1, end: 7 });
    expect(run.phases!.steadyWall.samples).toBe(6);
    expectClose(run.phases!.steadyWall.median, 2.025e-3);
    expect(run.memory).toEqual({ peakRssBytes: 14893056 });
  });

  it('shows a benchmark that is not a time as unsupported, with the reason', () => {
    expect(results.runs.find((r) => r.program === 'memory_use')).toMatchObject({ status: 'unsupported', reason: "pyperf unit 'byte' is not a time" });
  });
});

describe('joinResults', () => {
  const ours = sampleResults();
  const cpython = { source: 'cpython.json', results: fromPyperf(reread(toPyperf(ours, 'cpython'))), hasCpuTimes: true };
  const real = { source: 'py311.json', results: fromPyperf(PYPERF_WRITTEN, 'python3'), hasCpuTimes: false };

  it('joins programs by name; a program missing from a file is unsupported there, never dropped', () => {
    const notes: string[] = [];
    const joined = joinResults([cpython, real], { onNote: (n) => notes.push(n) });
    expect(joined.engines.map((e) => e.name)).toEqual(['cpython', 'python3']);
    expect(joined.programs.map((p) => p.name)).toEqual(['nbody', 'richards', 'regex', 'sum_range', 'memory_use']);
    expect(joined.runs).toHaveLength(10);
    expect(joined.runs.find((r) => r.program === 'nbody' && r.engine === 'python3')).toMatchObject({ status: 'unsupported', reason: 'not in py311.json' });
    expect(joined.runs.find((r) => r.program === 'sum_range' && r.engine === 'cpython')).toMatchObject({ status: 'unsupported', reason: 'not in cpython.json' });
    expect(joined.baseline).toBe('python3');
    expect(joined.metric).toBe('wall');
    expect(notes.join('\n')).toMatch(/wall time/);
  });

  it('keeps CPU time when every file has it, renames a repeated column, and checks the baseline asked for', () => {
    const twice = joinResults([cpython, cpython]);
    expect(twice.metric).toBe('cpu');
    expect(twice.engines.map((e) => e.name)).toEqual(['cpython', 'cpython-2']);
    expect(twice.baseline).toBe('cpython');
    expect(() => joinResults([cpython], { baseline: 'nope' })).toThrow(/no column 'nope'/);
  });
});

describe('writePyperf', () => {
  const results = sampleResults();

  it('writes DIR/ENGINE.json for a folder, FILE-ENGINE.json beside a .json name', () => {
    const dir = join(scratch, 'out');
    expect(writePyperf(results, dir).files).toEqual(['cpython', 'python3', 'pypy3'].map((e) => join(dir, `${e}.json`)));
    expect(JSON.parse(readFileSync(join(dir, 'pypy3.json'), 'utf8'))).toEqual(reread(toPyperf(results, 'pypy3')));
    expect(writePyperf(results, join(scratch, 'run.json')).files).toEqual(['cpython', 'python3', 'pypy3'].map((e) => join(scratch, `run-${e}.json`)));
  });

  it('with one engine writes the file named, or prints it; with several and no --out it says what to do', () => {
    const one: BenchResults = { ...results, engines: [results.engines[2]!], runs: results.runs.filter((r) => r.engine === 'pypy3') };
    const file = join(scratch, 'pypy.json');
    expect(writePyperf(one, file).files).toEqual([file]);
    expect(existsSync(file)).toBe(true);
    expect(writePyperf(one, undefined).stdout).toBe(formatPyperf(toPyperf(one)));
    expect(() => writePyperf(results, undefined)).toThrow(/--out DIR/);
  });

  it('leaves out an engine that ran nothing, with a note', () => {
    const broken: BenchResults = { ...results, runs: results.runs.map((r): RunRecord => (r.engine === 'cpython' ? { ...r, status: 'error', reason: 'x', phases: undefined } : r)) };
    const notes: string[] = [];
    expect(writePyperf(broken, join(scratch, 'partial'), (n) => notes.push(n)).files).toHaveLength(2);
    expect(notes).toEqual(['cpython ran no program to the end: no pyperf file for it']);
  });
});

// pyperf itself, when python3 can import it (it is not installed here by default): our files load
// in its tools with the same numbers, and a file it writes imports.
const hasPyperf = spawnSync(PYTHON, ['-c', 'import pyperf'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasPyperf)(`with pyperf itself${hasPyperf ? '' : ' (skipped: python3 cannot import pyperf)'}`, () => {
  it('loads our files: same benchmarks and medians, and compare_to runs on two engines', () => {
    const results = sampleResults();
    const dir = join(scratch, 'for-pyperf');
    writePyperf(results, dir);
    const script = 'import json, sys, pyperf\ns = pyperf.BenchmarkSuite.load(sys.argv[1])\n'
      + 'print(json.dumps({b.get_name(): b.median() for b in s}))';
    const loaded = spawnSync(PYTHON, ['-c', script, join(dir, 'pypy3.json')], { encoding: 'utf8' });
    expect(loaded.stderr).toBe('');
    const medians = JSON.parse(loaded.stdout) as Record<string, number>;
    for (const program of ['nbody', 'richards', 'regex']) {
      const run = results.runs.find((r) => r.program === program && r.engine === 'pypy3')!;
      expectCloseRelative(medians[program]!, run.phases!.steadyCpu.median / 1000);
    }
    const compare = spawnSync(PYTHON, ['-m', 'pyperf', 'compare_to', join(dir, 'python3.json'), join(dir, 'pypy3.json')], { encoding: 'utf8' });
    expect(compare.stderr).toBe('');
    expect(compare.stdout).toMatch(/nbody/);
  });

  it('imports a file `python3 -m pyperf timeit` wrote', () => {
    const file = join(scratch, 'timeit.json');
    const run = spawnSync(PYTHON, ['-m', 'pyperf', 'timeit', '--quiet', '--fast', '-l', '1', '-n', '3', '-w', '1', '-o', file, 'sum(range(100))'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [imported] = readPyperfFiles([file]);
    expect(imported!.results.engines[0]!.name).toBe('timeit');
    const record = imported!.results.runs[0]!;
    expect(record.status).toBe('ok');
    expect(record.phases!.steadyWall.samples).toBeGreaterThanOrEqual(3);
    expect(record.phases!.steadyWall.median).toBeGreaterThan(0);
  });
});

function expectCloseRelative(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9);
}
