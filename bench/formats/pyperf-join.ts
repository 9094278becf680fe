// Joining imported pyperf files (each one engine column) into one results document, so that
// `pyw bench import python3.json pypy3.json cpython.json` renders a table like `pyw bench` does.
//
// Programs are joined by name, in the order they first appear; a program missing from a file
// shows as unsupported for that column ("not in FILE"), never dropped. Column names must differ
// (a repeated one gets "-2", "-3"). The machine, versions and size are the first file's; the
// clock is CPU time only when every file has CPU times, else wall time (pyperf's own clock),
// and a note says so. The baseline is the one asked for, else python3 when a column has that
// name, else the first column.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BenchResults, Metric, ProgramInfo, RunRecord } from '../results/schema.js';
import { fromPyperf, pyperfEngineName, pyperfHasCpuTimes, PyperfFormatError } from './pyperf-import.js';

export interface ImportedFile {
  /** Where it came from (a file name), for notes and the "not in" reason. */
  readonly source: string;
  readonly results: BenchResults;
  /** Whether its iterations carry CPU time (else only wall time). */
  readonly hasCpuTimes: boolean;
}

/**
 * Reads pyperf files: each becomes a column named as the file says (our exports) or after the file.
 * A folder stands for its .json files in name order (what `--format pyperf --out DIR` wrote).
 */
export function readPyperfFiles(paths: readonly string[]): ImportedFile[] {
  const files = paths.flatMap((path) => (statSync(path, { throwIfNoEntry: false })?.isDirectory()
    ? readdirSync(path).filter((f) => /\.json$/i.test(f)).sort().map((f) => join(path, f))
    : [path]));
  return files.map((path) => {
    let document: unknown;
    try {
      document = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new PyperfFormatError(`${path}: ${(e as Error).message}`);
    }
    try {
      const name = pyperfEngineName(document) ?? basename(path).replace(/\.json$/i, '');
      return { source: path, results: fromPyperf(document, name), hasCpuTimes: pyperfHasCpuTimes(document) };
    } catch (e) {
      if (e instanceof PyperfFormatError) throw new PyperfFormatError(`${path}: ${e.message}`);
      throw e;
    }
  });
}

export interface JoinOptions {
  readonly baseline?: string;
  readonly onNote?: (note: string) => void;
}

export function joinResults(files: readonly ImportedFile[], options: JoinOptions = {}): BenchResults {
  if (files.length === 0) throw new Error('no pyperf file to import');
  const metric: Metric = files.every((f) => f.hasCpuTimes) ? 'cpu' : 'wall';
  if (metric === 'wall' && files.some((f) => f.results.metric === 'cpu')) {
    options.onNote?.('comparing by wall time: not every file has CPU times (pyperf records wall time)');
  }
  const taken = new Set<string>();
  const columns = files.map((f) => {
    const own = f.results.engines[0]!.name;
    let name = own;
    for (let n = 2; taken.has(name); n++) name = `${own}-${n}`;
    taken.add(name);
    return { file: f, own, name };
  });
  const programs = new Map<string, ProgramInfo>();
  for (const f of files) for (const p of f.results.programs) if (!programs.has(p.name)) programs.set(p.name, p);
  const runs: RunRecord[] = [];
  for (const program of programs.keys()) {
    for (const { file, own, name } of columns) {
      const run = file.results.runs.find((r) => r.program === program && r.engine === own);
      runs.push(run === undefined
        ? { program, engine: name, status: 'unsupported', reason: `not in ${basename(file.source)}`, iterations: [] }
        : { ...run, engine: name });
    }
  }
  const names = columns.map((c) => c.name);
  if (options.baseline !== undefined && !names.includes(options.baseline)) {
    throw new Error(`no column '${options.baseline}' to use as the baseline; the columns are ${names.join(', ')}`);
  }
  const first = files[0]!.results;
  const sizes = new Set(files.map((f) => f.results.size));
  if (sizes.size > 1) options.onNote?.(`the files were run at different sizes (${[...sizes].join(', ')}); the table says ${first.size}`);
  return {
    ...first,
    durationSeconds: totalDuration(files),
    metric,
    baseline: options.baseline ?? (names.includes('python3') ? 'python3' : names[0]!),
    versions: {
      ...first.versions,
      engines: Object.fromEntries(columns.map(({ file, own, name }) => [name, file.results.versions.engines[own] ?? 'unknown'])),
    },
    programs: [...programs.values()],
    engines: columns.map(({ file, name }) => ({ ...file.results.engines[0]!, name })),
    runs,
  };
}

/** Files of one run (the same start time: one `pyw bench` exported per engine) count once; separate runs add up. */
function totalDuration(files: readonly ImportedFile[]): number {
  const byRun = new Map<string, number>();
  for (const f of files) byRun.set(f.results.startedAt, Math.max(byRun.get(f.results.startedAt) ?? 0, f.results.durationSeconds));
  return [...byRun.values()].reduce((a, b) => a + b, 0);
}
