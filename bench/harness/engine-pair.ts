// Running one (program, engine) pair in a fresh child process (engine-process.ts) and turning what
// it reports into a RunRecord.
//
// Start-up is measured from just before the fork to the moment the program was loaded, so it covers
// Node's start, loading the engine and compiling and importing the program. A pair past its timeout
// is killed (status timeout, with the iterations it finished); a process that dies without a verdict
// is an error carrying its exit status and the tail of its stderr.

import { fork } from 'node:child_process';
import type { IterationTiming, Metric, RunRecord } from '../results/schema.js';
import type { EngineMessage, EngineRequest } from './engine-protocol.js';
import { ENGINE_PROCESS_SCRIPT } from './paths.js';
import { computePhases } from './phases.js';

/** Lines of a dead process's stderr kept in the reason. */
const STDERR_TAIL = 6;

export interface EnginePairInput extends Omit<EngineRequest, 'forkedAt'> {
  readonly program: string;
  readonly timeoutMs: number;
  readonly metric: Metric;
}

export function runEnginePair(input: EnginePairInput): Promise<RunRecord> {
  const { program, timeoutMs, metric, ...rest } = input;
  const iterations: IterationTiming[] = [];
  let checksum: string | undefined;
  let startupMs: number | undefined;
  let verdict: Extract<EngineMessage, { type: 'done' | 'failed' }> | null = null;
  let maxRssBytes: number | undefined;
  return new Promise((resolve) => {
    const forkedAt = performance.timeOrigin + performance.now();
    const child = fork(ENGINE_PROCESS_SCRIPT, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('message', (message: EngineMessage) => {
      if (message.type === 'ready') startupMs = message.at - forkedAt;
      else if (message.type === 'iteration') {
        iterations.push({ wallMs: message.wallMs, cpuMs: message.cpuMs });
        checksum = message.checksum;
      } else if (message.type === 'exit') maxRssBytes = message.maxRssBytes;
      else verdict = message;
    });
    const settle = (status: RunRecord['status'], reason?: string): void => {
      const v = verdict as EngineMessage | null;
      const peakHeapBytes = v && (v.type === 'done' || v.type === 'failed') ? v.peakHeapBytes : undefined;
      // Memory means something only when the program ran.
      const memory = iterations.length === 0 ? undefined
        : { ...(peakHeapBytes ? { peakHeapBytes } : {}), ...(maxRssBytes ? { peakRssBytes: maxRssBytes } : {}) };
      const warmup = v?.type === 'done' ? v.warmupIterations : 0;
      resolve({
        program, engine: input.engine, status,
        ...(reason === undefined ? {} : { reason }),
        ...(checksum === undefined ? {} : { checksum }),
        ...(startupMs === undefined ? {} : { startupMs }),
        iterations,
        ...(status === 'ok' ? { phases: computePhases(iterations, warmup, metric) } : {}),
        ...(memory ? { memory } : {}),
      });
    };
    child.on('error', (e) => { clearTimeout(timer); settle('error', `engine process could not start: ${e.message}`); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const v = verdict as EngineMessage | null;
      if (timedOut) settle('timeout', `no result after ${timeoutMs} ms (${iterations.length} iterations done); killed`);
      else if (v?.type === 'done') settle('ok');
      else if (v?.type === 'failed') settle(v.kind, v.reason);
      else {
        const tail = Buffer.concat(err).toString('utf8').trimEnd().split('\n').slice(-STDERR_TAIL).join('\n');
        settle('error', `engine process died (${signal ?? `exit code ${code}`})${tail ? `: ${tail}` : ''}`);
      }
    });
    child.send({ ...rest, forkedAt } satisfies EngineRequest);
  });
}
