// runConformance: every selected case on every chosen engine, each run isolated, results as data.
//
// A workbench engine runs in a child process (worker.ts, driven by case-worker.ts: one per lane,
// running case after case, killed and replaced at a timeout or a crash), so a crash or a hang
// costs one case. A reference interpreter (python3, pypy3 from
// engines/external.ts) is a subprocess already and runs directly. `jobs` runs go at once (2 by
// default: the machines have two cores). Each outcome is normalised (compare.ts) and compared
// exactly with the committed expectation. Formatting the results is format.ts's business.

import { readFileSync } from 'node:fs';
import { referenceInterpreter, RunTimeoutError } from '../../engines/external.js';
import { type ConformanceCase, findCases, readExpectation } from './cases.js';
import { type Difference, firstDifference, normaliseOutput } from './compare.js';
import { ENGINE_MODULES } from './engine-modules.js';
import { DEFAULT_CASES_DIR } from './paths.js';
import type { WorkerRequest } from './worker.js';
import { CaseWorker, type Execution } from './case-worker.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_JOBS = 2;

/** pass; fail (ran, output differs); crash (the engine threw or its process died); timeout; no expectation generated. */
export type CaseStatus = 'pass' | 'fail' | 'crash' | 'timeout' | 'no-expectation';

export interface CaseResult {
  readonly id: string;
  readonly category: string;
  readonly name: string;
  readonly engine: string;
  readonly status: CaseStatus;
  readonly durationMs: number;
  /** For a failure: where the output first differs. */
  readonly difference?: Difference;
  /** For a crash, a timeout or a missing expectation: what happened. */
  readonly detail?: string;
}

export interface ConformanceOptions {
  /** Engine names: registered engines (run in workers) or reference interpreters (python3, pypy3). */
  readonly engines: readonly string[];
  /** A glob over `category/name` (see cases.ts). */
  readonly filter?: string;
  readonly timeoutMs?: number;
  readonly jobs?: number;
  /** Default conformance/cases. */
  readonly casesDir?: string;
  /** Modules the worker imports to register engines; default engine-modules.ts's list. */
  readonly engineModules?: readonly string[];
  /** Called as each run finishes (for a progress line). */
  readonly onResult?: (result: CaseResult, done: number, total: number) => void;
}

export interface ConformanceReport {
  readonly engines: readonly string[];
  readonly cases: number;
  readonly timeoutMs: number;
  /** One per (case, engine), cases in id order, engines in the order given. */
  readonly results: readonly CaseResult[];
}

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const jobs = Math.max(1, options.jobs ?? DEFAULT_JOBS);
  for (const name of options.engines) {
    const reference = referenceInterpreter(name);
    if (reference && !reference.available()) throw new Error(`${name} is not installed (or cannot be run as '${reference.command}')`);
  }
  const cases = findCases(options.casesDir ?? DEFAULT_CASES_DIR, options.filter);
  const tasks = cases.flatMap((c) => options.engines.map((engine) => ({ c, engine })));
  const results: CaseResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    const worker = new CaseWorker();
    try {
      while (next < tasks.length) {
        const index = next++;
        const { c, engine } = tasks[index]!;
        results[index] = await runCase(c, engine, timeoutMs, options.engineModules ?? ENGINE_MODULES, worker);
        options.onResult?.(results[index]!, ++done, tasks.length);
      }
    } finally {
      worker.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, lane));
  return { engines: [...options.engines], cases: cases.length, timeoutMs, results };
}

/** What one engine did with one case, judged against the expectation. */
export async function runCase(c: ConformanceCase, engine: string, timeoutMs: number,
  engineModules: readonly string[] = ENGINE_MODULES, worker?: CaseWorker): Promise<CaseResult> {
  const base = { id: c.id, category: c.category, name: c.name, engine };
  const expected = readExpectation(c);
  if (expected === null) {
    return { ...base, status: 'no-expectation', durationMs: 0, detail: 'no expectation: run `npm run conformance:expect`' };
  }
  const stdin = c.stdinPath === undefined ? '' : readFileSync(c.stdinPath, 'utf8');
  const started = performance.now();
  const request = { engine, engineModules, cwd: c.dir, filename: c.filename, argv: expected.argv, stdin };
  const ran = await execute(engine, request, timeoutMs, worker);
  const durationMs = performance.now() - started;
  if ('status' in ran) return { ...base, ...ran, durationMs };
  const actual = {
    stdout: normaliseOutput(ran.stdout, c.dir),
    stderr: normaliseOutput(ran.stderr, c.dir),
    exitCode: ran.exitCode,
  };
  const difference = firstDifference(expected, actual);
  return difference === null ? { ...base, status: 'pass', durationMs } : { ...base, status: 'fail', durationMs, difference };
}

function execute(engine: string, request: WorkerRequest, timeoutMs: number, worker?: CaseWorker): Promise<Execution> {
  const reference = referenceInterpreter(engine);
  if (reference === null) {
    if (worker) return worker.run(request, timeoutMs);
    const once = new CaseWorker();
    return once.run(request, timeoutMs).finally(() => once.close());
  }
  return reference.run({ source: readFileSync(`${request.cwd}/${request.filename}`), filename: request.filename, argv: request.argv },
    { cwd: request.cwd, stdin: request.stdin, timeoutMs }).catch((e: unknown): Execution => (e instanceof RunTimeoutError
    ? { status: 'timeout', detail: e.message }
    : { status: 'crash', detail: e instanceof Error ? e.message : String(e) }));
}

/** Passed, failed (any other status) and total, per category and engine, plus an 'all' row. */
export interface SummaryRow {
  readonly category: string;
  readonly perEngine: Readonly<Record<string, { passed: number; failed: number; total: number }>>;
}

export function summarise(report: ConformanceReport): SummaryRow[] {
  const rows = new Map<string, Record<string, { passed: number; failed: number; total: number }>>();
  const empty = (): Record<string, { passed: number; failed: number; total: number }> =>
    Object.fromEntries(report.engines.map((e) => [e, { passed: 0, failed: 0, total: 0 }]));
  const all = empty();
  for (const r of report.results) {
    if (!rows.has(r.category)) rows.set(r.category, empty());
    for (const cell of [rows.get(r.category)![r.engine]!, all[r.engine]!]) {
      cell.total++;
      if (r.status === 'pass') cell.passed++;
      else cell.failed++;
    }
  }
  return [...[...rows].map(([category, perEngine]) => ({ category, perEngine })), { category: 'all', perEngine: all }];
}
