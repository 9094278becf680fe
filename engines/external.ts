// Real interpreters (python3, pypy3) behind the Engine interface: the references engines are judged by.
//
// An ExternalEngine runs `COMMAND FILE ARGS...` in a subprocess, so `pyw conformance --engine python3`
// checks the suite's committed expectations and the benchmark harness can time python3 and pypy3 on
// the same program files. They are not in the engine registry (they model nothing; they are the thing
// modelled): look them up with referenceInterpreter(). The program runs from its file when `cwd/filename`
// holds exactly its source, else from a copy in a temporary folder. The environment is fixed as the
// conformance expectations were produced (scripts/regenerate-conformance.py, keep the two in step):
// no PYTHON* variables from outside, PYTHONHASHSEED=0, no user site-packages, no .pyc files written,
// UTF-8 locale. A run past `timeoutMs` is killed and rejects with RunTimeoutError.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Engine, EngineProfile, Program, RunOptions, RunResult } from './engine.js';

/** The variables every reference run gets, on top of the caller's environment minus PYTHON*. */
export const REFERENCE_ENVIRONMENT: Readonly<Record<string, string>> = {
  PYTHONHASHSEED: '0',
  PYTHONNOUSERSITE: '1',
  PYTHONDONTWRITEBYTECODE: '1',
  LC_ALL: 'C.UTF-8',
};

export interface ExternalRunOptions extends RunOptions {
  /** The folder the program runs in (and finds its sibling modules in); default process.cwd(). */
  readonly cwd?: string;
}

/** A run that went past its timeout and was killed. */
export class RunTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
    this.name = 'RunTimeoutError';
  }
}

export class ExternalEngine implements Engine {
  private version: string | null | undefined;

  constructor(readonly name: string, readonly command: string, readonly profile: EngineProfile) {}

  /** `COMMAND --version` ("Python 3.11.7"), or null when the command cannot be run; asked once. */
  versionLine(): string | null {
    if (this.version === undefined) {
      const run = spawnSync(this.command, ['--version'], { encoding: 'utf8' });
      this.version = run.error || run.status !== 0 ? null : (run.stdout || run.stderr).trim().split('\n')[0]!;
    }
    return this.version;
  }

  available(): boolean {
    return this.versionLine() !== null;
  }

  run(program: Program, options: ExternalRunOptions = {}): Promise<RunResult> {
    const cwd = options.cwd ?? process.cwd();
    const onDisk = resolve(cwd, program.filename);
    let folder = cwd;
    let scratch: string | null = null;
    if (!existsSync(onDisk) || !readFileSync(onDisk).equals(program.source)) {
      scratch = mkdtempSync(join(tmpdir(), 'pyw-external-'));
      writeFileSync(join(scratch, basename(program.filename)), program.source);
      folder = scratch;
    }
    const file = scratch === null ? program.filename : basename(program.filename);
    const env: NodeJS.ProcessEnv = { ...REFERENCE_ENVIRONMENT };
    for (const [key, value] of Object.entries(process.env)) {
      if (!key.startsWith('PYTHON') && !key.startsWith('LC_') && !(key in env)) env[key] = value;
    }
    if (options.path?.length) env.PYTHONPATH = options.path.join(':');
    const started = performance.now();
    return new Promise<RunResult>((resolvePromise, reject) => {
      const child = spawn(this.command, [file, ...program.argv.slice(1)], { cwd: folder, env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let timedOut = false;
      const timer = options.timeoutMs === undefined ? null : setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, options.timeoutMs);
      const finish = (): void => {
        if (timer) clearTimeout(timer);
        if (scratch) rmSync(scratch, { recursive: true, force: true });
      };
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      // A program that exits without reading its stdin closes the pipe under us: not an error.
      child.stdin.on('error', () => {});
      child.on('error', (e) => { finish(); reject(e); });
      child.on('close', (code, signal) => {
        finish();
        if (timedOut) { reject(new RunTimeoutError(options.timeoutMs!)); return; }
        resolvePromise({
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          // As Python's subprocess reports it: a signal as its negative number.
          exitCode: code ?? -signalNumber(signal),
          stats: { wallTimeMs: performance.now() - started },
        });
      });
      child.stdin.end(options.stdin ?? '');
    });
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return (signal && constants.signals[signal]) || 1;
}

const REFERENCES: Readonly<Record<string, ExternalEngine>> = {
  python3: new ExternalEngine('python3', process.env.PYWB_PYTHON ?? 'python3', {
    models: 'CPython 3.11', execution: 'bytecode-interpreter', objects: 'boxed-refcounted',
    memory: 'refcount-and-cyclic-gc', identity: 'simulated-address-reused', gil: true,
  }),
  pypy3: new ExternalEngine('pypy3', process.env.PYWB_PYPY ?? 'pypy3', {
    models: 'PyPy', execution: 'bytecode-tracing-jit', objects: 'boxed',
    memory: 'host-gc', identity: 'stable-integer', gil: true,
  }),
};

/** The names of the reference interpreters: python3, pypy3. */
export const REFERENCE_NAMES: readonly string[] = Object.keys(REFERENCES);

/** The reference interpreter with this name, or null when there is none by that name. */
export function referenceInterpreter(name: string): ExternalEngine | null {
  return REFERENCES[name] ?? null;
}
