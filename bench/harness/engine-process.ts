// The child process of one (program, engine) pair: a fresh V8, so one engine's warmed-up state never
// flatters another's numbers.
//
// The harness forks this script and sends one EngineRequest. The program is loaded and timed in a
// worker thread (engine-thread.ts) with a large stack, as the cpython engine runs programs
// (engines/cpython/run-in-worker.ts), so deep recursion in the engine reaches Python's recursion
// limit before the JS stack overflows. The thread's messages are passed on as they come; when it
// ends, the process adds its peak resident set size and exits.

import { Worker } from 'node:worker_threads';
import { ENGINE_THREAD_LIMITS } from '../../engines/engine.js';
import type { EngineMessage, EngineRequest } from './engine-protocol.js';


function send(message: EngineMessage): Promise<void> {
  return new Promise((resolve) => { process.send!(message, () => resolve()); });
}

process.once('message', (request: EngineRequest) => {
  const worker = new Worker(new URL('./engine-thread.js', import.meta.url), {
    workerData: request,
    resourceLimits: { ...ENGINE_THREAD_LIMITS }, // the limits engines run programs with
  });
  let pending = Promise.resolve();
  let finished = false;
  worker.on('message', (message: EngineMessage) => {
    if (message.type === 'done' || message.type === 'failed') finished = true;
    pending = pending.then(() => send(message));
  });
  worker.on('error', (e) => {
    if (finished) return;
    finished = true;
    pending = pending.then(() => send({ type: 'failed', kind: 'error', reason: e.message.split('\n')[0]!, detail: e.stack }));
  });
  worker.on('exit', (code) => {
    if (!finished) pending = pending.then(() => send({ type: 'failed', kind: 'error', reason: `the timing thread exited with code ${code}` }));
    void pending
      .then(() => send({ type: 'exit', maxRssBytes: process.resourceUsage().maxRSS * 1024 }))
      .then(() => process.exit(0));
  });
});
