// The cpython engine: CPython 3.11's strategy — a refcounted bytecode stack VM — registered
// with the workbench's engine registry.
//
// Each run happens in a worker thread with a large stack (run-worker.ts), so native code that
// recurses through Python objects (repr of nested lists, __eq__ chains) reaches the recursion
// limit and raises RecursionError long before the JS stack could overflow.

import { dirname, resolve } from 'node:path';
import { registerEngine, type Engine, type RunResult } from '../engine.js';
import { runInWorker } from './run-in-worker.js';
import { entryPoint } from './bundled.js';

export const cpythonEngine: Engine = {
  name: 'cpython',
  profile: {
    models: 'CPython 3.11',
    execution: 'bytecode-interpreter',
    objects: 'boxed-refcounted',
    memory: 'refcount-and-cyclic-gc',
    identity: 'simulated-address-reused',
    gil: true,
  },
  async run(program, options): Promise<RunResult> {
    const scriptDir = program.filename.startsWith('<') ? '' : dirname(resolve(program.filename));
    const path = [scriptDir, ...(options?.path ?? [])];
    return runInWorker({
      source: program.source,
      filename: program.filename,
      argv: [...program.argv],
      path,
      stdin: options?.stdin ?? '',
      capture: true,
    });
  },
  // Loaded on demand (bundled.ts): listing engines or running a program in a worker does not need
  // the VM in this thread.
  async openBenchmark(target) {
    const session = (await import(entryPoint('benchmark-session').href)) as typeof import('./benchmark-session.js');
    return session.openBenchmark(target);
  },
};

registerEngine(cpythonEngine);
