// The child process that runs conformance cases on an engine, so that a crash, a hang or an
// exhausted heap in the engine costs one case only.
//
// The parent (case-worker.ts) forks this script with an IPC channel and sends WorkerRequests one at
// a time; for each the worker imports the engine modules (once), moves into the case's folder,
// runs the program with engine.run and sends back one WorkerReply. An engine that throws is
// reported as an error reply; one that never returns is killed by the parent's timer; one that
// takes the process down sends nothing, and the parent reports the exit status and the tail of
// the worker's stderr.

import { readFileSync } from 'node:fs';
import { getEngine, type RunResult } from '../../engines/engine.js';
import { loadEngineModules } from './engine-modules.js';

export interface WorkerRequest {
  readonly engine: string;
  /** Modules that register engines, as engine-modules.ts names them. */
  readonly engineModules: readonly string[];
  /** The case's folder, which becomes the worker's working directory. */
  readonly cwd: string;
  readonly filename: string;
  readonly argv: readonly string[];
  readonly stdin?: string;
}

export type WorkerReply = { readonly ok: true; readonly result: RunResult } | { readonly ok: false; readonly error: string };

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  try {
    await loadEngineModules(request.engineModules);
    const engine = getEngine(request.engine);
    process.chdir(request.cwd);
    const source = readFileSync(request.filename);
    const result = await engine.run({ source, filename: request.filename, argv: request.argv }, { stdin: request.stdin ?? '' });
    return { ok: true, result };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

// Cases come one at a time (the parent waits for each reply); the worker exits when the parent
// disconnects.
process.on('message', (request: WorkerRequest) => {
  void handle(request).then((reply) => {
    process.send!(reply);
  });
});
process.on('disconnect', () => process.exit(0));
