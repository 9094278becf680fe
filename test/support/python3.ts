// python3, the reference the tests compare with: is it there, and one process per batch.
//
// Tests never write expected outputs by hand; they ask the python3 on PATH (or
// $PYWB_PYTHON), which must be the reference, CPython 3.11.7: other versions,
// even other 3.11 releases, word some messages and fold some constants differently. This module finds that out once per test file, runs one python3 for
// a whole batch of cases (a script that reads JSON on stdin and prints JSON),
// and declares suites that are skipped, with the reason in their title, when
// no suitable python3 is there. A python3 that is there but fails is an error,
// never a silent skip.

import { spawn, spawnSync } from 'node:child_process';
import { describe } from 'vitest';

export const PYTHON = process.env.PYWB_PYTHON ?? 'python3';

/** Room for the biggest answers (whole-Unicode tables, stdlib listings). */
const BIG_OUTPUT = 1 << 30;

/** What one python3 run is given besides its arguments. */
export interface PythonRunOptions {
  /** stdin: text or bytes as they are (default empty). */
  input?: string | Uint8Array;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface PythonRun {
  stdout: string;
  stderr: string;
  status: number;
}

let version: string | null | undefined;

/** python3's version line ("Python 3.11.7"), or null when it cannot be run; asked once. */
export function pythonVersion(): string | null {
  if (version === undefined) {
    const run = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
    version = run.error || run.status !== 0 ? null : run.stdout.trim();
  }
  return version;
}

/** The release every expectation is generated with and compared against. */
export const REFERENCE_VERSION = 'Python 3.11.7';

/** Why the comparisons with python3 cannot run (absent, or not the reference release), or null when they can. */
export function python3SkipReason(): string | null {
  const v = pythonVersion();
  if (v === null) return `${PYTHON} is absent`;
  if (v !== REFERENCE_VERSION) return `${PYTHON} is ${v}, not the reference ${REFERENCE_VERSION}`;
  return null;
}

export const hasPython3 = (): boolean => python3SkipReason() === null;

let warned = false;

/** describe() for a suite whose expectations come from python3: skipped, saying why, without one. */
export function describeWithPython3(title: string, factory: () => void): void {
  const reason = python3SkipReason();
  if (reason !== null && !warned) {
    warned = true;
    console.warn(`python3 comparisons skipped: ${reason}`);
  }
  describe.skipIf(reason !== null)(reason === null ? title : `${title} (skipped: ${reason})`, factory);
}

/** Runs `python3 ARGS` to the end; throws when it cannot be started. */
export function runPython3(args: readonly string[], options: PythonRunOptions = {}): PythonRun {
  const run = spawnSync(PYTHON, args, {
    input: options.input ?? '', cwd: options.cwd, env: options.env, encoding: 'utf8', maxBuffer: BIG_OUTPUT,
  });
  if (run.error) throw run.error;
  return { stdout: run.stdout, stderr: run.stderr, status: run.status ?? -1 };
}

/** stdout of `python3 ARGS`, which must succeed; null (nothing run) when python3 is unusable. */
export function python3Output(args: readonly string[], options: PythonRunOptions = {}): string | null {
  if (!hasPython3()) return null;
  const run = runPython3(args, options);
  if (run.status !== 0) throw new Error(`${PYTHON} ${describeArgs(args)} failed (exit ${run.status}):\n${run.stderr}`);
  return run.stdout;
}

/**
 * One python3 for a whole batch: runs `script` (python source) with `input`
 * as JSON on stdin and returns its stdout parsed as JSON; null when python3
 * is unusable (the suite is then skipped by describeWithPython3).
 */
export function python3Json<T>(script: string, input?: unknown, options: Omit<PythonRunOptions, 'input'> = {}): T | null {
  const stdout = python3Output(['-c', script], { ...options, input: input === undefined ? '' : JSON.stringify(input) });
  return stdout === null ? null : (JSON.parse(stdout) as T);
}

/** `python3 ARGS` in the background, so python3 works on one core while the test uses the other. */
export function runPython3Async(args: readonly string[], options: PythonRunOptions = {}): Promise<PythonRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.cwd, env: options.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status: code ?? -1 });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** The JSON answer of `python3 ARGS` given `input` as JSON, in the background; it must succeed. */
export async function python3JsonAsync<T>(args: readonly string[], input?: unknown): Promise<T> {
  const run = await runPython3Async(args, { input: input === undefined ? '' : JSON.stringify(input) });
  if (run.status !== 0) throw new Error(`${PYTHON} ${describeArgs(args)} failed (exit ${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** [source, mode, type_comments] for ast.parse. */
export type AstParseCase = readonly [source: string, mode: string, typeComments: boolean];

/** ast.parse's result: the dump with positions, or the SyntaxError's class and fields (None as null). */
export type AstParseOutcome =
  | { dump: string; error?: undefined }
  | { dump?: undefined; error: [kind: string, msg: string, lineno: number | null, offset: number | null, endLineno: number | null, endOffset: number | null] };

const AST_DUMPS = `
import ast, json, sys, warnings
warnings.simplefilter('ignore')
out = []
for src, mode, tc in json.load(sys.stdin):
    try:
        out.append({'dump': ast.dump(ast.parse(src, mode=mode, type_comments=tc), include_attributes=True)})
    except SyntaxError as e:
        out.append({'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
json.dump(out, sys.stdout)
`;

/** One python3 run of `ast.dump(ast.parse(...), include_attributes=True)` over every case; null without python3. */
export function python3AstDumps(cases: readonly AstParseCase[]): AstParseOutcome[] | null {
  return python3Json<AstParseOutcome[]>(AST_DUMPS, cases);
}

/** The fields of a SyntaxError that compile() raised (None as null). */
export interface CompileError {
  kind: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  text: string | null;
  endLineno: number | null;
  endOffset: number | null;
}

const COMPILE_ERRORS = `
import json, sys, warnings
warnings.simplefilter('ignore')
filename, sources = json.load(sys.stdin)
out = []
for src in sources:
    try:
        compile(src, filename, 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append({'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset, 'text': e.text,
                    'endLineno': e.end_lineno, 'endOffset': e.end_offset})
json.dump(out, sys.stdout)
`;

/** One python3 run of `compile(src, filename, 'exec')` over every source: its SyntaxError, or null; null without python3. */
export function python3CompileErrors(sources: readonly string[], filename: string): (CompileError | null)[] | null {
  return python3Json<(CompileError | null)[]>(COMPILE_ERRORS, [filename, sources]);
}

/** Arguments for an error message: an inline script shows as `-c <script>`. */
function describeArgs(args: readonly string[]): string {
  return args[0] === '-c' ? '-c <script>' : args.join(' ');
}
