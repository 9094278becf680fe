// A realistic synthetic BenchResults (and ConformanceReport) for the HTML report's tests and for
// looking at the page without running anything: python3 as the baseline, pypy3 warming up its
// JIT over the first iterations, the cpython engine ~3.5× slower than python3 after V8 warms up,
// and the regex program unsupported on the cpython engine (with markup characters in its reason,
// so escaping is exercised). Deterministic: the noise comes from a seeded generator.

import type { CaseResult, ConformanceReport } from '../../../conformance/runner/run.js';
import {
  type BenchResults, type IterationTiming, type RunRecord, RESULTS_SCHEMA,
} from '../../results/schema.js';
import { summarise } from '../../results/statistics.js';
import { prng } from '../../../shared/kernels/seeded-random.js';

const WARMUP = 5;
const SAMPLES = 10;

interface ProgramSpec {
  readonly name: string;
  readonly description: string;
  readonly work: number;
  readonly checksum: string;
  /** python3's steady CPU time per iteration, ms. */
  readonly baseMs: number;
}

const PROGRAMS: readonly ProgramSpec[] = [
  { name: 'nbody', description: 'float arithmetic on a few objects: the n-body simulation', work: 240000,
    checksum: '-0.004286150 -0.004286576', baseMs: 980 },
  { name: 'richards', description: 'an operating-system task scheduler: method calls and attribute access', work: 310000,
    checksum: '721252 288500 465577', baseMs: 1040 },
  { name: 'regex', description: 'regular expressions over generated log lines', work: 69000,
    checksum: "[('ERROR', 23097), ('INFO', 23071)] 17/09/2024", baseMs: 870 },
];

/** More program names, for looking at a page the size of a real run (`programs: 22`). */
const MORE_NAMES = ['binary_trees', 'chaos', 'closures', 'deltablue', 'exceptions', 'fannkuch', 'fib', 'float',
  'generators', 'json_roundtrip', 'method_calls', 'nqueens', 'pidigits', 'pystone', 'raytrace', 'spectral_norm',
  'string_building', 'unpack_sequence', 'word_freq'];

/** Steady factor × python3, and how much slower the first iterations are (a JIT's curve). */
const ENGINE_SHAPES: Readonly<Record<string, { steady: number; cold: number; decay: number; startupMs: number; rssMb: number; heapMb?: number }>> = {
  python3: { steady: 1, cold: 1.03, decay: 0.2, startupMs: 18, rssMb: 11 },
  pypy3: { steady: 0.2, cold: 0.55 / 0.2, decay: 1.6, startupMs: 42, rssMb: 78 },
  cpython: { steady: 3.5, cold: 1.9, decay: 1.1, startupMs: 185, rssMb: 142, heapMb: 38 },
};

export interface SampleOptions {
  /** How many programs (3 by default; up to 22, the extra ones synthetic). */
  readonly programs?: number;
  readonly seed?: number;
}

export function sampleResults(options: SampleOptions = {}): BenchResults {
  const random = prng(options.seed ?? 5);
  const count = Math.min(options.programs ?? PROGRAMS.length, PROGRAMS.length + MORE_NAMES.length);
  const specs: ProgramSpec[] = [...PROGRAMS];
  for (let i = 0; specs.length < count; i++) {
    specs.push({ name: MORE_NAMES[i]!, description: `synthetic program ${MORE_NAMES[i]}`, work: 1000 * (i + 3),
      checksum: String(12345 + i), baseMs: 300 + 1400 * random() });
  }
  const programs = specs.slice(0, count);
  const runs: RunRecord[] = [];
  for (const [p, spec] of programs.entries()) {
    for (const engine of ['cpython', 'python3', 'pypy3']) {
      if (engine === 'cpython' && spec.name === 'regex') {
        runs.push({ program: spec.name, engine, status: 'unsupported', iterations: [], startupMs: 190,
          reason: "ModuleNotFoundError: No module named 're' (in <frozen importlib._bootstrap> & \"_sre\")" });
        continue;
      }
      // Programs differ in how well each engine does, so the ratio chart is not a flat line.
      const shape = ENGINE_SHAPES[engine]!;
      const spread = engine === 'python3' ? 1 : 0.6 + 0.8 * ((p * 7 + engine.length) % 5) / 4;
      const steadyMs = spec.baseMs * shape.steady * spread;
      const iterations: IterationTiming[] = [];
      for (let i = 0; i < 1 + WARMUP + SAMPLES; i++) {
        const warm = 1 + (shape.cold - 1) * Math.exp(-shape.decay * i);
        const cpuMs = steadyMs * warm * (1 + 0.04 * (random() - 0.5));
        iterations.push({ cpuMs, wallMs: cpuMs * (1 + 0.25 * random()) });
      }
      runs.push(okRun(spec, engine, iterations, shape.startupMs * (0.9 + 0.2 * random()), {
        peakRssBytes: shape.rssMb * (0.8 + 0.5 * random()) * 2 ** 20,
        ...(shape.heapMb === undefined ? {} : { peakHeapBytes: shape.heapMb * (0.7 + 0.6 * random()) * 2 ** 20 }),
      }));
    }
  }
  return {
    schema: RESULTS_SCHEMA,
    startedAt: '2025-03-14T09:26:53.000Z',
    durationSeconds: 412.7,
    machine: {
      hostname: 'bench-<host>&1', platform: 'linux 6.1.0-18-amd64', arch: 'x64',
      cpuModel: 'AMD EPYC 7B13', cores: 2, memoryBytes: 8 * 2 ** 30, loadAverage: [0.42, 0.61, 0.58],
    },
    versions: {
      pyworkbench: '0.1.0', node: 'v20.20.2', v8: '11.3.244.8-node.33',
      engines: { cpython: 'pyworkbench 0.1.0 (CPython 3.11 model)', python3: 'Python 3.11.7', pypy3: 'Python 3.9.16 (PyPy 7.3.11)' },
    },
    size: 'default',
    metric: 'cpu',
    baseline: 'python3',
    settings: { warmupIterations: WARMUP, minSamples: SAMPLES, minSampleTimeMs: 1000, timeoutMs: 300_000, environment: { PYTHONHASHSEED: '0' } },
    programs: programs.map((s) => ({ name: s.name, description: s.description, work: s.work, expectedChecksum: s.checksum })),
    engines: [
      { name: 'cpython', kind: 'engine', description: 'CPython 3.11 (refcounted bytecode VM)' },
      { name: 'python3', kind: 'reference', description: 'Python 3.11.7' },
      { name: 'pypy3', kind: 'reference', description: 'PyPy 7.3.11 (Python 3.9)' },
    ],
    runs,
  };
}

function okRun(spec: ProgramSpec, engine: string, iterations: IterationTiming[], startupMs: number,
  memory: RunRecord['memory']): RunRecord {
  const steady = { start: 1 + WARMUP, end: iterations.length };
  const steadyCpu = summarise(iterations.slice(steady.start).map((t) => t.cpuMs));
  const steadyWall = summarise(iterations.slice(steady.start).map((t) => t.wallMs));
  // Settled: from here on every iteration is within max(5%, 2 × rme) of the steady median.
  const band = Math.max(0.05, (2 * steadyCpu.rme) / 100) * steadyCpu.median;
  let settledAt = iterations.length - 1;
  while (settledAt > 0 && Math.abs(iterations[settledAt - 1]!.cpuMs - steadyCpu.median) <= band) settledAt--;
  return {
    program: spec.name, engine, status: 'ok', checksum: spec.checksum, startupMs, iterations, memory,
    phases: { cold: iterations[0]!, warmup: { start: 1, end: 1 + WARMUP }, steady, settledAt, steadyCpu, steadyWall },
  };
}

/** A conformance report over the same engines: a few failures of each kind, one with markup in its output. */
export function sampleConformance(): ConformanceReport {
  const categories: Record<string, number> = { builtins: 9, exceptions: 7, strings: 8, syntax: 6 };
  const results: CaseResult[] = [];
  const engines = ['cpython', 'python3', 'pypy3'];
  const failing: Record<string, Partial<CaseResult>> = {
    'cpython:exceptions/case_3': { status: 'fail', difference: { stream: 'stderr', line: 3, expected: '    raise ValueError("<bad> & worse")\n', actual: '    raise ValueError(\n' } },
    'cpython:strings/case_5': { status: 'crash', detail: 'the engine threw: RangeError: Maximum call stack size exceeded\n    at <anonymous>' },
    'pypy3:syntax/case_1': { status: 'fail', difference: { stream: 'stderr', line: 1, expected: '  File "case_1.py", line 2\n', actual: null } },
    'pypy3:syntax/case_2': { status: 'fail', difference: { stream: 'exitCode', expected: '0', actual: '1' } },
    'pypy3:strings/case_0': { status: 'timeout', detail: 'no result after 10000 ms; killed' },
    'pypy3:builtins/case_4': { status: 'fail', difference: { stream: 'stdout', line: 12, expected: "{'a': 1}\n", actual: "{'a': 1, }\n" } },
  };
  for (const [category, n] of Object.entries(categories)) {
    for (let i = 0; i < n; i++) {
      for (const engine of engines) {
        const id = `${category}/case_${i}`;
        const base: CaseResult = { id, category, name: `case_${i}`, engine, status: 'pass', durationMs: 40 + i };
        results.push({ ...base, ...failing[`${engine}:${id}`] });
      }
    }
  }
  return { engines, cases: results.length / engines.length, timeoutMs: 10_000, results };
}
