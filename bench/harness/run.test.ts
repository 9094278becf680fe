// runBenchmarks end to end on scratch program folders: the scripted test engine for every way a pair
// can end (fast, no Python needed), then the cpython engine and python3 on a tiny real program, a
// program importing a missing module and one with a wrong committed checksum.

import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasPython3 } from '../../test/support/python3.js';
import type { RunRecord } from '../results/schema.js';
import { RESULTS_SCHEMA } from '../results/schema.js';
import { type BenchProgress, runBenchmarks } from './run.js';
import { TINY, writeTestPrograms } from './test-programs.js';

// pypy3 can never be found in this file, so leaving out a missing reference is tested everywhere.
vi.hoisted(() => { process.env.PYWB_PYPY = '/nonexistent/pypy3-for-pyw-tests'; });

const TEST_ENGINES = ['bench/harness/test-engine.js'];
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const scripted = (name: string, ...directives: string[]) => ({
  name,
  body: `${directives.map((d) => `# test-bench: ${d}`).join('\n')}\nSIZES = {"quick": 1, "default": 2, "full": 3}\n\ndef run(n):\n    return 1\n`,
  checksums: { quick: '1', default: '1', full: '1' },
});

const byProgram = (runs: readonly RunRecord[], engine: string): Record<string, RunRecord> =>
  Object.fromEntries(runs.filter((r) => r.engine === engine).map((r) => [r.program, r]));

describe('runBenchmarks with the scripted engine', () => {
  const dir = writeTestPrograms([
    scripted('ok', 'checksum 1', 'spin 2'),
    scripted('unsupported', 'unsupported ModuleNotFoundError: No module named \'zz\''),
    scripted('fails', 'error ValueError: boom'),
    scripted('fails_later', 'checksum 1', 'error RecursionError: too deep', 'error-from 3'),
    scripted('dies', 'die'),
    scripted('wrong', 'checksum 1', 'wrong-from 2'),
    { ...scripted('unlisted', 'checksum 1'), checksums: undefined },
  ]);
  dirs.push(dir);
  const events: BenchProgress[] = [];
  const notes: string[] = [];
  const done = runBenchmarks({
    engines: ['test-bench'], references: ['pypy3'], size: 'quick', programsDir: dir,
    warmupIterations: 1, minSamples: 3, engineModules: TEST_ENGINES,
    onProgress: (e) => events.push(e), onNote: (n) => notes.push(n),
  });

  it('runs every pair and describes the run', async () => {
    const results = await done;
    expect(results.schema).toBe(RESULTS_SCHEMA);
    expect(results.programs.map((p) => p.name)).toEqual(['dies', 'fails', 'fails_later', 'ok', 'unlisted', 'unsupported', 'wrong']);
    expect(results.programs[3]).toEqual({ name: 'ok', description: 'a test program.', work: 1, expectedChecksum: '1' });
    expect(results.engines).toEqual([{ name: 'test-bench', kind: 'engine', description: 'nothing (a test double)' }]);
    expect(results.baseline).toBe('test-bench');
    expect(results.settings).toMatchObject({ warmupIterations: 1, minSamples: 3, timeoutMs: 120_000, environment: { PYTHONHASHSEED: '0' } });
    expect(results.runs).toHaveLength(7);
    expect(events.filter((e) => e.kind === 'finished').map((e) => e.done).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(events.filter((e) => e.kind === 'started')).toHaveLength(7);
    expect(notes).toEqual([expect.stringMatching(/^pypy3 is not installed .*; left out$/)]);
  });

  it('times an ok pair: start-up, every iteration, phases, memory', async () => {
    const ok = byProgram((await done).runs, 'test-bench').ok!;
    expect(ok.status).toBe('ok');
    expect(ok.checksum).toBe('1');
    expect(ok.iterations).toHaveLength(5);
    for (const t of ok.iterations) expect(t.wallMs).toBeGreaterThanOrEqual(2);
    expect(ok.startupMs).toBeGreaterThan(0);
    expect(ok.phases).toMatchObject({ warmup: { start: 1, end: 2 }, steady: { start: 2, end: 5 } });
    expect(ok.phases!.steadyCpu.samples).toBe(3);
    expect(ok.memory!.peakHeapBytes).toBeGreaterThan(0);
    expect(ok.memory!.peakRssBytes).toBeGreaterThan(ok.memory!.peakHeapBytes!);
  });

  it('reports each way a pair can fail, with the reason', async () => {
    const runs = byProgram((await done).runs, 'test-bench');
    expect(runs.unsupported).toMatchObject({ status: 'unsupported', reason: "ModuleNotFoundError: No module named 'zz'" });
    expect(runs.fails).toMatchObject({ status: 'error', reason: 'ValueError: boom', iterations: [] });
    expect(runs.fails_later).toMatchObject({ status: 'error', reason: 'RecursionError: too deep' });
    expect(runs.fails_later!.iterations).toHaveLength(3);
    expect(runs.dies).toMatchObject({ status: 'error', reason: 'the timing thread exited with code 70' });
    expect(runs.wrong).toMatchObject({ status: 'wrong-checksum', checksum: 'wrong', reason: 'checksum "wrong", expected "1"' });
    expect(runs.wrong!.iterations).toHaveLength(3);
    expect(runs.unlisted).toMatchObject({ status: 'error', reason: 'no committed checksum for unlisted at size quick' });
    for (const r of Object.values(runs)) if (r.status !== 'ok') expect(r.phases).toBeUndefined();
  });

});

describe('runBenchmarks options', () => {
  const dir = writeTestPrograms([scripted('alpha', 'checksum 1'), scripted('beta', 'checksum 1'), scripted('hangs', 'hang')]);
  dirs.push(dir);
  const base = { engines: ['test-bench'], references: [], size: 'quick' as const, programsDir: dir, engineModules: TEST_ENGINES };

  it('selects programs by glob and cuts to the asked iterations', async () => {
    const results = await runBenchmarks({ ...base, programs: 'b*', warmupIterations: 0, minSamples: 1 });
    expect(results.runs.map((r) => [r.program, r.status, r.iterations.length])).toEqual([['beta', 'ok', 2]]);
  });

  it('kills a pair at its timeout', async () => {
    const results = await runBenchmarks({ ...base, programs: 'hangs', timeoutMs: 1500 });
    expect(results.runs).toMatchObject([{ status: 'timeout', reason: 'no result after 1500 ms (0 iterations done); killed', iterations: [] }]);
  });

  it('marks a program unsupported on an engine that cannot load benchmarks', async () => {
    const results = await runBenchmarks({ ...base, engines: ['test-no-bench'], programs: 'alpha' });
    expect(results.runs).toMatchObject([{ status: 'unsupported', reason: 'engine cannot load benchmark programs', iterations: [] }]);
  });

  it('refuses unknown engines, references and baselines', async () => {
    await expect(runBenchmarks({ ...base, engines: ['nope'] })).rejects.toThrow(/unknown engine 'nope'/);
    await expect(runBenchmarks({ ...base, engines: ['python3'] })).rejects.toThrow(/reference interpreter/);
    await expect(runBenchmarks({ ...base, references: ['cpython9'] })).rejects.toThrow(/unknown reference interpreter 'cpython9'/);
    await expect(runBenchmarks({ ...base, baseline: 'python3' })).rejects.toThrow(/the baseline 'python3' is not among/);
  });
});

describe('runBenchmarks on the cpython engine', () => {
  const dir = writeTestPrograms([
    TINY,
    { name: 'needs_module', body: 'import module_that_does_not_exist\nSIZES = {"quick": 1, "default": 1, "full": 1}\n\ndef run(n):\n    return n\n', checksums: { quick: '1' } },
    { ...TINY, name: 'miscounted', checksums: { quick: '6000' } },
  ]);
  dirs.push(dir);
  const withPython = hasPython3();

  it(`times a real program, and reports unsupported and wrong checksums${withPython ? ', beside python3' : ''}`, async () => {
    const results = await runBenchmarks({
      engines: ['cpython'], references: withPython ? ['python3'] : [], size: 'quick', programsDir: dir,
      warmupIterations: 1, minSamples: 2,
    });
    const cpython = byProgram(results.runs, 'cpython');
    expect(cpython.tiny).toMatchObject({ status: 'ok', checksum: '5999' });
    expect(cpython.tiny!.iterations).toHaveLength(4);
    expect(cpython.needs_module).toMatchObject({ status: 'unsupported', reason: "ModuleNotFoundError: No module named 'module_that_does_not_exist'" });
    expect(cpython.miscounted).toMatchObject({ status: 'wrong-checksum', checksum: '5999', reason: 'checksum "5999", expected "6000"' });
    if (!withPython) return;
    expect(results.baseline).toBe('python3');
    expect(results.versions.engines.python3).toMatch(/^Python 3\./);
    const python3 = byProgram(results.runs, 'python3');
    expect(python3.tiny).toMatchObject({ status: 'ok', checksum: '5999' });
    expect(python3.tiny!.iterations).toHaveLength(4);
    expect(python3.tiny!.startupMs).toBeGreaterThan(0);
    expect(python3.tiny!.memory!.peakRssBytes).toBeGreaterThan(1 << 20);
    expect(python3.needs_module).toMatchObject({ status: 'unsupported', reason: "ModuleNotFoundError: No module named 'module_that_does_not_exist'" });
    expect(python3.miscounted).toMatchObject({ status: 'wrong-checksum', reason: 'checksum "5999", expected "6000"' });
  });
});
