// python3's side of the dis and marshal tests: one python3 process per batch
// running test/dis/dis-reference.py, with PYTHONHASHSEED=0 so that frozenset
// orders (which follow str hashes) are the ones our hash kernels predict.

import { fileURLToPath } from 'node:url';
import { runPython3, runPython3Async } from '../support/python3.js';

const SCRIPT = fileURLToPath(new URL('./dis-reference.py', import.meta.url));
const ENV = { ...process.env, PYTHONHASHSEED: '0' };

/** A source to compile: a file by path, or text. `name` is the filename compile() is given. */
export type SourceItem = { name: string; path: string } | { name: string; text: string };

export interface CompileAnswer {
  name: string;
  /** marshal.dumps(code), base64. */
  marshal?: string;
  /** dis.dis of the code object marshal.loads reads back (full text, or its sha1 and length). */
  dis?: string;
  sha1?: string;
  bytes?: number;
  /** With hash_only: the sha1 of what `python3 -m dis FILE` prints (the compiled, not reloaded, object). */
  sha1_compiled?: string;
  /** The source does not compile. */
  error?: string;
  /** dis itself failed (an int constant past the str-digits limit). */
  dis_error?: string;
}

export interface LoadsAnswer {
  name: string;
  /** Whether marshal.loads of our bytes equals what python3 compiles from the same source. */
  equal: boolean;
  redumped: string;
}

export interface CompileRequest {
  sources: SourceItem[];
  hash_only?: boolean;
  /** false: show dis the compiled code object instead of the reloaded one. */
  reloaded?: boolean;
}

const parseLines = <T>(stdout: string): T[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as T);

/** Runs one sub-command synchronously (small batches). */
export function referenceSync<T>(command: 'compile' | 'loads', request: unknown): T[] {
  const run = runPython3([SCRIPT, command], { input: JSON.stringify(request), env: ENV });
  if (run.status !== 0) throw new Error(`dis-reference.py ${command} failed:\n${run.stderr}`);
  return parseLines<T>(run.stdout);
}

/** The same in the background, so python3 works on one core while the test uses the other. */
export async function referenceAsync<T>(command: 'compile' | 'loads', request: unknown): Promise<T[]> {
  const run = await runPython3Async([SCRIPT, command], { input: JSON.stringify(request), env: ENV });
  if (run.status !== 0) throw new Error(`dis-reference.py ${command} failed (exit ${run.status}):\n${run.stderr}`);
  return parseLines<T>(run.stdout);
}

/** The first line where two texts differ, for failure messages. */
export function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `line ${i + 1}:\n  ours   ${JSON.stringify(a[i])}\n  python ${JSON.stringify(b[i])}`;
}
