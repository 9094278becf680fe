// Starting a run in a worker thread with a big stack and waiting for its outcome.

import { Worker } from 'node:worker_threads';
import { ENGINE_THREAD_LIMITS, type RunResult } from '../engine.js';
import { entryPoint } from './bundled.js';

export interface WorkerRun {
  readonly source: Uint8Array;
  readonly filename: string;
  /** Run this module, found on sys.path, as the main program (`python3 -m`); source and filename are then unused. */
  readonly module?: string;
  /** False when `module` is the __main__ of a directory given as the program: sys.argv[0] stays as given (runpy's alter_argv). */
  readonly alterArgv?: boolean;
  readonly argv: string[];
  readonly path: string[];
  /** Text for sys.stdin when capturing; ignored otherwise (the worker reads fd 0). */
  readonly stdin: string;
  /** Collect stdout/stderr into the result (true), or write them to this process's fds (false). */
  readonly capture: boolean;
  readonly countOpcodes?: boolean;
}


const workerScript = entryPoint('run-worker');

export function runInWorker(run: WorkerRun): Promise<RunResult & { stats: Record<string, unknown> }> {
  // Ctrl-C in this thread sets a flag the VM polls, which raises KeyboardInterrupt in the program.
  const interrupt = new Int32Array(new SharedArrayBuffer(4));
  const onSigint = (): void => { Atomics.store(interrupt, 0, 1); };
  if (!run.capture) process.on('SIGINT', onSigint);
  return new Promise<RunResult & { stats: Record<string, unknown> }>((resolvePromise, reject) => {
    const worker = new Worker(workerScript, {
      workerData: { ...run, interrupt },
      resourceLimits: { ...ENGINE_THREAD_LIMITS },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    worker.once('message', (result: RunResult) => {
      settled = true;
      resolvePromise(result as RunResult & { stats: Record<string, unknown> });
    });
    worker.once('error', (e) => {
      if (!settled) { settled = true; reject(e); }
    });
    worker.once('exit', (code) => {
      if (!settled) { settled = true; reject(new Error(`engine worker exited with code ${code}`)); }
    });
  }).finally(() => {
    if (!run.capture) process.off('SIGINT', onSigint);
  });
}
