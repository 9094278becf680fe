// Talking to python3, the reference: is it there, and the sub-commands of reference.py.
//
// Every expected value in the corpus and mutant suites comes from python3, run
// once per suite (never once per file) through test/corpus/reference.py. This
// module finds the interpreter, runs the driver's sub-commands and types their
// JSON answers. When python3 is absent `pythonVersion()` says so and the suites
// skip with that message.

import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PYTHON = process.env.PYWB_PYTHON ?? 'python3';
const REFERENCE_SCRIPT = fileURLToPath(new URL('./reference.py', import.meta.url));
const BIG_OUTPUT = 1 << 30;

/** python3's version string ("Python 3.11.7"), or null when it cannot be run. */
export function pythonVersion(): string | null {
  const run = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  return run.stdout.trim();
}

/** The corpus suites compare with CPython 3.11 only: another version prints other things. */
export function referenceSkipReason(version: string | null): string | null {
  if (version === null) return `${PYTHON} is absent: suite skipped`;
  if (!version.startsWith('Python 3.11.')) return `${PYTHON} is ${version}, not 3.11: suite skipped`;
  return null;
}

/** Runs `reference.py ARGS` synchronously with JSON on stdin, returning its JSON answer. */
export function referenceSync<T>(args: string[], input?: unknown): T {
  const run = spawnSync(PYTHON, [REFERENCE_SCRIPT, ...args], {
    input: input === undefined ? '' : JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: BIG_OUTPUT,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`reference.py ${args.join(' ')} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** The same, in the background, so python3 works on one core while the suite uses the other. */
export function referenceAsync<T>(args: string[], input?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [REFERENCE_SCRIPT, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`reference.py ${args.join(' ')} failed:\n${Buffer.concat(err)}`));
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as T);
    });
    child.stdin.end(input === undefined ? '' : JSON.stringify(input));
  });
}

/** `reference.py list`: the stdlib root and its .py files relative to it. */
export interface StdlibListing {
  root: string;
  files: string[];
}

/** One program's outcome on one file, as the corpus index stores it. */
export interface OutcomeSummary {
  exit: number;
  sha1: string;
  bytes: number;
  stderr: string;
}

/** `reference.py corpus DIR` writes this index. */
export interface CorpusIndex {
  python: string;
  root: string;
  files: Record<string, { mtime: number; size: number } & Record<'tokenize' | 'tokenize-e' | 'ast', OutcomeSummary>>;
}

/** `reference.py mutants`: null when python3 accepts, else [error class, line]. */
export type MutantOutcome = null | [string, number];
