// runReport: what `pyw report` does — the conformance suite and the benchmarks on every engine and
// on the reference interpreters that are installed, rendered as one HTML page.
//
// The two halves run one after the other, never together: the benchmarks time CPU, and conformance
// workers running beside them would make every number worse. Conformance goes first (it is the
// shorter half and says whether the engines are worth timing). A reference interpreter that is
// not installed is left out of both with a note; python3 in the conformance half checks the suite
// itself (its expectations came from python3), pypy3 shows where PyPy (Python 3.9) differs.

import { runConformance } from '../../conformance/runner/run.js';
import type { CaseResult, ConformanceReport } from '../../conformance/runner/run.js';
import { ENGINE_MODULES, loadEngineModules } from '../../conformance/runner/engine-modules.js';
import { listEngines } from '../../engines/engine.js';
import { REFERENCE_NAMES, referenceInterpreter } from '../../engines/external.js';
import { renderHtml } from '../formats/html/index.js';
import { type BenchProgress, runBenchmarks } from '../harness/index.js';
import type { BenchResults, Metric, RunRecord, SizeName } from '../results/schema.js';

export interface ReportOptions {
  /** Workbench engines; default every registered engine. */
  readonly engines?: readonly string[];
  /** Reference interpreters; default python3 and pypy3. Those not installed are left out with a note. */
  readonly references?: readonly string[];
  readonly size: SizeName;
  /** Benchmarks: a glob over program names, another programs folder (with its checksums.json). */
  readonly programs?: string;
  readonly programsDir?: string;
  readonly checksumsFile?: string;
  /**
   * Whether the reference interpreters also run the conformance suite (default true). python3's run
   * re-checks the suite's own expectations and pypy3's shows where PyPy (3.9) differs; `--quick`
   * leaves them out to keep within its time budget (they still run the benchmarks).
   */
  readonly conformanceReferences?: boolean;
  /** Conformance: a glob over case ids, another cases folder. */
  readonly conformanceFilter?: string;
  readonly casesDir?: string;
  readonly metric?: Metric;
  readonly baseline?: string;
  /** Runs at once in each half; default 2. */
  readonly jobs?: number;
  /** Modules that register engines (tests use a fake); default the conformance runner's list. */
  readonly engineModules?: readonly string[];
  readonly title?: string;
  readonly onProgress?: (event: ReportProgress) => void;
  readonly onNote?: (note: string) => void;
}

/** One step of either half, for a progress line. */
export interface ReportProgress {
  readonly stage: 'conformance' | 'benchmarks';
  readonly done: number;
  readonly total: number;
  /** What just started or finished, e.g. "str/format [cpython] pass" or "nbody on cpython: ok". */
  readonly label: string;
}

export interface Report {
  readonly conformance: ConformanceReport;
  readonly results: BenchResults;
  readonly html: string;
  /** Seconds each half took. */
  readonly conformanceSeconds: number;
  readonly benchmarkSeconds: number;
}

export async function runReport(options: ReportOptions): Promise<Report> {
  const engineModules = options.engineModules ?? ENGINE_MODULES;
  await loadEngineModules(engineModules);
  const engines = options.engines ?? listEngines().map((e) => e.name);
  const references = (options.references ?? REFERENCE_NAMES).filter((name) => {
    const reference = referenceInterpreter(name);
    if (reference === null) throw new Error(`unknown reference interpreter '${name}'; known: ${REFERENCE_NAMES.join(', ')}`);
    if (!reference.available()) options.onNote?.(`${name} is not installed: left out`);
    return reference.available();
  });
  if (engines.length === 0 && references.length === 0) throw new Error('no engine and no reference interpreter to report on');
  if (engines.length === 0 && options.conformanceReferences === false) throw new Error('no engine to run the conformance suite on');

  let started = performance.now();
  const conformance = await runConformance({
    engines: [...engines, ...(options.conformanceReferences === false ? [] : references)],
    filter: options.conformanceFilter, casesDir: options.casesDir,
    jobs: options.jobs, engineModules,
    onResult: options.onProgress && ((r: CaseResult, done: number, total: number) => options.onProgress!({
      stage: 'conformance', done, total, label: `${r.id} [${r.engine}] ${r.status}`,
    })),
  });
  const conformanceSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const results = await runBenchmarks({
    engines, references, size: options.size, programs: options.programs, programsDir: options.programsDir,
    checksumsFile: options.checksumsFile, metric: options.metric, baseline: options.baseline, jobs: options.jobs,
    engineModules,
    // References were checked above; the harness would only repeat the note.
    onNote: options.onNote,
    onProgress: options.onProgress && ((e: BenchProgress) => options.onProgress!({
      stage: 'benchmarks', done: e.done, total: e.total,
      label: e.kind === 'started' ? `running ${e.program} on ${e.engine}` : `${e.program} on ${e.engine}: ${e.record?.status ?? 'done'}`,
    })),
  });
  const benchmarkSeconds = (performance.now() - started) / 1000;

  const html = renderHtml(results, { conformance, ...(options.title === undefined ? {} : { title: options.title }) });
  return { conformance, results, html, conformanceSeconds, benchmarkSeconds };
}

/** Pairs whose failure is a real problem (not "unsupported"): a wrong checksum, an error, a timeout. */
export function failedPairs(results: BenchResults): RunRecord[] {
  return results.runs.filter((r) => r.status !== 'ok' && r.status !== 'unsupported');
}
