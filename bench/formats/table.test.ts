// The terminal table of a synthetic BenchResults: times, ratios, status cells, the geometric mean.

import { describe, expect, it } from 'vitest';
import { computePhases } from '../harness/phases.js';
import type { BenchResults, IterationTiming, RunRecord } from '../results/schema.js';
import { RESULTS_SCHEMA } from '../results/schema.js';
import { formatMs, formatRatio, renderTable } from './table.js';

/** An ok run whose every iteration takes `cold` then `steady` ms of CPU (wall twice that). */
function okRun(program: string, engine: string, cold: number, steady: number): RunRecord {
  const iterations: IterationTiming[] = [cold, steady, steady, steady, steady].map((c) => ({ cpuMs: c, wallMs: 2 * c }));
  return { program, engine, status: 'ok', checksum: '1', startupMs: 50, iterations, phases: computePhases(iterations, 1, 'cpu') };
}

function results(runs: RunRecord[], baseline: string | null = 'python3'): BenchResults {
  return {
    schema: RESULTS_SCHEMA, startedAt: '2024-01-01T00:00:00.000Z', durationSeconds: 1,
    machine: { hostname: 'h', platform: 'linux', arch: 'x64', cpuModel: 'cpu', cores: 2, memoryBytes: 1, loadAverage: [0, 0, 0] },
    versions: { pyworkbench: '0.1.0', node: 'v20', v8: '11', engines: {} },
    size: 'quick', metric: 'cpu', baseline,
    settings: { warmupIterations: 1, minSamples: 3, minSampleTimeMs: 0, timeoutMs: 1000, environment: {} },
    programs: ['fib', 'nbody', 'regex', 'pidigits'].map((name) => ({ name, description: '', work: 1, expectedChecksum: '1' })),
    engines: [
      { name: 'cpython', kind: 'engine', description: 'CPython 3.11' },
      { name: 'python3', kind: 'reference', description: 'Python 3.11.7' },
    ],
    runs,
  };
}

const RUNS: RunRecord[] = [
  okRun('fib', 'cpython', 800, 400), okRun('fib', 'python3', 100, 100),
  okRun('nbody', 'cpython', 500, 250), okRun('nbody', 'python3', 250, 250),
  { program: 'regex', engine: 'cpython', status: 'unsupported', reason: "ModuleNotFoundError: No module named 're'", iterations: [] },
  okRun('regex', 'python3', 90, 90),
  { program: 'pidigits', engine: 'cpython', status: 'wrong-checksum', reason: 'checksum "2", expected "1"', iterations: [] },
  okRun('pidigits', 'python3', 10, 10),
];

describe('renderTable', () => {
  const text = renderTable(results(RUNS));
  const row = (name: string): string[] => text.split('\n').find((l) => l.startsWith(`│ ${name} `))!.split('│').map((c) => c.trim()).filter(Boolean);

  it('states size, clock and baseline above the table', () => {
    expect(text.split('\n')[0]).toMatch(/^size quick, CPU time .*1 cold \+ 1 warm-up.*ratio = python3 time \/ engine time/);
  });

  it('shows steady times, steady and cold ratios per engine, and the baseline time', () => {
    expect(row('program')).toEqual(['program', 'cpython ms', 'ratio', 'cold ratio', 'python3 ms']);
    expect(row('fib')).toEqual(['fib', '400', '0.25x', '0.13x', '100']);
    expect(row('nbody')).toEqual(['nbody', '250', '1.00x', '0.50x', '250']);
  });

  it('spans a pair that did not run ok with its status and reason', () => {
    expect(row('regex')).toEqual(['regex', 'unsupported: ModuleNotFoundError: No module n...', '90.0']);
    expect(row('pidigits').slice(1)).toEqual(['wrong checksum', '10.0']);
    expect(text).toContain("regex on cpython: unsupported: ModuleNotFoundError: No module named 're'");
    expect(text).toContain('pidigits on cpython: wrong-checksum: checksum "2", expected "1"');
  });

  it('ends with the geometric mean of the ratios that exist', () => {
    // sqrt(0.25 × 1) = 0.5 steady; sqrt(0.125 × 0.5) = 0.25 cold.
    expect(row('geometric mean')).toEqual(['geometric mean', '0.50x', '0.25x']);
  });

  it('says which pairs ran fewer samples than planned', () => {
    expect(text).not.toContain('fewer samples');
    const planned = { ...results(RUNS), settings: { ...results(RUNS).settings, minSamples: 4 } };
    expect(renderTable(planned)).toContain('6 pair(s) ran fewer samples than planned to fit their time budget (cpython: fib, nbody; python3: fib, nbody, regex, pidigits)');
  });

  it('has one time column per engine without a baseline', () => {
    const plain = renderTable(results(RUNS, null));
    expect(plain).toContain('no baseline');
    expect(plain).not.toContain('geometric mean');
    expect(plain.split('\n')[2]).toBe('│ program  │                                       cpython ms │ python3 ms │');
  });
});

describe('number formats', () => {
  it('keeps about three significant digits', () => {
    expect([formatMs(1234.4), formatMs(56.78), formatMs(4.321), formatMs(0.01234)]).toEqual(['1234', '56.8', '4.32', '0.012']);
    expect([formatRatio(12.34), formatRatio(1.234), formatRatio(0.2718), formatRatio(0.0123), formatRatio(undefined)])
      .toEqual(['12.3x', '1.23x', '0.27x', '0.012x', '-']);
  });
});
