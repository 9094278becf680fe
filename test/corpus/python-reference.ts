// Talking to python3, the reference: is it there, and the sub-commands of reference.py.
//
// Every expected value in the corpus and mutant suites comes from python3, run
// once per suite (never once per file) through test/corpus/reference.py. This
// module runs the driver's sub-commands and types their JSON answers; finding
// the interpreter is test/support/python3.ts's job. When python3 is absent or
// not 3.11, `referenceSkipReason()` says so and the suites skip with that message.

import { fileURLToPath } from 'node:url';
import { PYTHON, python3JsonAsync, python3SkipReason, pythonVersion, runPython3 } from '../support/python3.js';

export { PYTHON, pythonVersion };

const REFERENCE_SCRIPT = fileURLToPath(new URL('./reference.py', import.meta.url));

/** The corpus suites compare with CPython 3.11 only: another version prints other things. */
export function referenceSkipReason(): string | null {
  const reason = python3SkipReason();
  return reason === null ? null : `${reason}: suite skipped`;
}

/** Runs `reference.py ARGS` synchronously with JSON on stdin, returning its JSON answer. */
export function referenceSync<T>(args: string[], input?: unknown): T {
  const run = runPython3([REFERENCE_SCRIPT, ...args], { input: input === undefined ? '' : JSON.stringify(input) });
  if (run.status !== 0) throw new Error(`reference.py ${args.join(' ')} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** The same, in the background, so python3 works on one core while the suite uses the other. */
export function referenceAsync<T>(args: string[], input?: unknown): Promise<T> {
  return python3JsonAsync<T>([REFERENCE_SCRIPT, ...args], input);
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

/** `reference.py mutants`: null when python3 accepts, else [error class, line] (-1 when the error has no line, as in PySyntaxError). */
export type MutantOutcome = null | [string, number];
