// Where `--format pyperf` puts its suites: a pyperf file holds one interpreter's results, so a run
// of several engines makes several files.
//
// - `--out DIR` (an existing folder, a path ending in "/", or one without ".json"): DIR/ENGINE.json
//   for every engine, the folder created when missing.
// - `--out FILE.json`: that file when there is one engine; with several, FILE-ENGINE.json beside it.
// - no `--out`: the suite on stdout when there is one engine; with several it is an error (say
//   where the files should go).
// An engine that ran no program to the end has no suite (pyperf's benchmarks need values): it is
// left out with a note.

import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BenchResults } from '../results/schema.js';
import { toPyperfSuites } from './pyperf.js';
import { formatPyperf } from './pyperf-format.js';

export interface PyperfOutput {
  /** The files written, in engine order. */
  readonly files: readonly string[];
  /** The suite to print, when no --out was given (one engine). */
  readonly stdout?: string;
}

export function writePyperf(results: BenchResults, out: string | undefined, onNote?: (note: string) => void): PyperfOutput {
  const suites = [];
  for (const { engine, suite } of toPyperfSuites(results)) {
    if (suite === null) onNote?.(`${engine} ran no program to the end: no pyperf file for it`);
    else suites.push({ engine, text: formatPyperf(suite) });
  }
  if (suites.length === 0) throw new Error('no engine ran a program to the end: nothing to write in pyperf format');
  if (out === undefined) {
    if (suites.length === 1) return { files: [], stdout: suites[0]!.text };
    throw new Error(`a pyperf file holds one interpreter's results and this run has ${suites.length} (${suites.map((s) => s.engine).join(', ')}): give --out DIR for DIR/ENGINE.json, or --out FILE.json for FILE-ENGINE.json`);
  }
  const toFolder = out.endsWith('/') || !/\.json$/i.test(out) || (existsSync(out) && statSync(out).isDirectory());
  const files = suites.map(({ engine }) => {
    if (toFolder) return join(out, `${engine}.json`);
    return suites.length === 1 ? out : out.replace(/\.json$/i, `-${engine}.json`);
  });
  suites.forEach(({ text }, i) => {
    mkdirSync(dirname(files[i]!), { recursive: true });
    writeFileSync(files[i]!, text);
  });
  return { files };
}
