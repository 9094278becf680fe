// A worker process that runs conformance cases one after another (worker.ts is its script).
//
// Starting a Node process per case cost about as much as many cases take to run, so each lane of
// the runner keeps one worker process and sends it case after case. Isolation is unchanged where
// it matters: an engine runs each program afresh (the cpython engine in a new worker thread, a
// new V8 isolate), and a worker that crashes, exhausts its heap or passes the timeout is killed
// and replaced, costing that one case. A crashed worker's report carries the tail of its stderr
// from that case only.

import { type ChildProcess, fork } from 'node:child_process';
import type { RunResult } from '../../engines/engine.js';
import { WORKER_SCRIPT } from './paths.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export type Execution = RunResult | { status: 'crash' | 'timeout'; detail: string };

/** Lines of a crashed worker's stderr kept in the report. */
const STDERR_TAIL = 12;

export class CaseWorker {
  private child: ChildProcess | null = null;
  private stderr: Buffer[] = [];

  /** Runs one case in the worker (starting one if needed); never rejects. */
  run(request: WorkerRequest, timeoutMs: number): Promise<Execution> {
    const child = this.child ?? this.start();
    this.stderr = [];
    return new Promise((resolve) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      const finish = (execution: Execution): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('close', onClose);
        child.off('error', onError);
        resolve(execution);
      };
      const onMessage = (reply: WorkerReply): void => {
        finish(reply.ok ? reply.result : { status: 'crash', detail: `the engine threw: ${reply.error}` });
      };
      const onClose = (code: number | null, signal: NodeJS.Signals | null): void => {
        if (this.child === child) this.child = null;
        if (timedOut) return finish({ status: 'timeout', detail: `no result after ${timeoutMs} ms; killed` });
        const tail = Buffer.concat(this.stderr).toString('utf8').trimEnd().split('\n').slice(-STDERR_TAIL).join('\n');
        finish({ status: 'crash', detail: `worker died (${signal ?? `exit code ${code}`}) without a result${tail ? `:\n${tail}` : ''}` });
      };
      const onError = (e: Error): void => {
        if (this.child === child) this.child = null;
        child.kill('SIGKILL');
        finish({ status: 'crash', detail: `worker could not start: ${e.message}` });
      };
      child.on('message', onMessage);
      child.on('close', onClose);
      child.on('error', onError);
      child.send(request);
    });
  }

  /** Lets the worker exit (it does when its IPC channel closes). */
  close(): void {
    if (this.child?.connected) this.child.disconnect();
    this.child = null;
  }

  private start(): ChildProcess {
    const child = fork(WORKER_SCRIPT, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], execArgv: [] });
    child.stdout!.resume();
    child.stderr!.on('data', (b: Buffer) => this.stderr.push(b));
    this.child = child;
    return child;
  }
}
