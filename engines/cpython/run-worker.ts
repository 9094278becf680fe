// The worker thread of one run (see run-in-worker.ts): runs the program and posts the result.

import { parentPort, workerData } from 'node:worker_threads';
import { runProgram } from './run-program.js';
import { FdSink, FdSource, StringSink, StringSource } from './sinks.js';
import type { WorkerRun } from './run-in-worker.js';
import { threadState } from './vm/frame.js';

const run = workerData as WorkerRun & { interrupt: Int32Array };
threadState.interruptFlag = run.interrupt;
if (run.capture) {
  const stdout = new StringSink();
  const stderr = new StringSink();
  const outcome = runProgram(run, { stdout, stderr, stdin: new StringSource(run.stdin) });
  parentPort!.postMessage({ stdout: stdout.text, stderr: stderr.text, exitCode: outcome.exitCode, stats: outcome.stats });
} else {
  const stdout = new FdSink(1, false);
  const stderr = new FdSink(2, true);
  const outcome = runProgram(run, { stdout, stderr, stdin: new FdSource(0) });
  stdout.flush();
  stderr.flush();
  parentPort!.postMessage({ stdout: '', stderr: '', exitCode: outcome.exitCode, stats: outcome.stats });
}
