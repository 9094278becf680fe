// The worker thread that loads one benchmark program on one engine and times it with tinybench.
//
// It registers the engines (loadEngineModules), opens the program (engine.openBenchmark: start-up
// ends when it returns), runs the cold iteration, then hands the iteration loop to tinybench:
// `warmupIterations` warm-up iterations, then at least `minSamples` samples and `minSampleTimeMs`
// of sampling. Fewer are run when the cold iteration's CPU time shows the planned ones would not fit
// the pair's budget (settings.ts). tinybench's own samples are sorted when retained, which loses the order a
// warm-up curve needs, so each iteration's wall time (performance.now) and CPU time
// (process.cpuUsage, user + system) are read in the task's beforeEach/afterEach hooks and sent on at
// once. process.cpuUsage counts the whole process, but nothing else in it works while the program
// runs (V8's GC helper threads do, and they are the engine's cost). Every iteration's checksum is
// checked against the committed one; the first wrong one ends the pair. The heap's used size is
// sampled after loading and after each iteration; its peak is the pair's peak heap.

import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { Bench } from 'tinybench';
import { BenchmarkError, type BenchmarkSession, getEngine } from '../../engines/engine.js';
import { loadEngineModules } from '../../conformance/runner/engine-modules.js';
import type { EngineMessage, EngineRequest } from './engine-protocol.js';
import { planIterations } from './settings.js';

const request = workerData as EngineRequest;
const post = (message: EngineMessage): void => parentPort!.postMessage(message);

let peakHeapBytes = 0;
function sampleHeap(): void {
  peakHeapBytes = Math.max(peakHeapBytes, getHeapStatistics().used_heap_size);
}

/**
 * A BenchmarkError, recognised by its name and kind rather than by class: an engine bundled with its
 * own copy of engines/engine.ts throws instances of that copy's class.
 */
function isBenchmarkError(e: unknown): e is BenchmarkError {
  return e instanceof BenchmarkError
    || (e instanceof Error && e.name === 'BenchmarkError' && ['unsupported', 'error'].includes((e as BenchmarkError).kind));
}

/** The first wrong checksum ends the pair with this. */
class WrongChecksum extends Error {}

async function open(): Promise<BenchmarkSession | null> {
  await loadEngineModules(request.engineModules);
  const engine = getEngine(request.engine);
  if (!engine.openBenchmark) {
    post({ type: 'failed', kind: 'unsupported', reason: 'engine cannot load benchmark programs' });
    return null;
  }
  return engine.openBenchmark({ file: request.file, size: request.size });
}

function time(session: BenchmarkSession): number {
  let wallStart = 0;
  let cpuStart = process.cpuUsage();
  /** The iteration's checksum; null while it runs, and after it threw (tinybench's afterEach still runs then). */
  let checksum: string | null = null;
  const begin = (): void => {
    cpuStart = process.cpuUsage();
    wallStart = performance.now();
  };
  /** Records the iteration that just ended and returns its CPU time. */
  const end = (): number => {
    if (checksum === null) return 0;
    const wallMs = performance.now() - wallStart;
    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    sampleHeap();
    post({ type: 'iteration', wallMs, cpuMs, checksum });
    if (checksum !== request.expectedChecksum) {
      throw new WrongChecksum(`checksum ${JSON.stringify(checksum)}, expected ${JSON.stringify(request.expectedChecksum)}`);
    }
    return cpuMs;
  };
  const iterate = (): void => {
    checksum = null;
    checksum = session.iterate();
  };

  begin();
  iterate();
  const coldCpuMs = end();
  const plan = planIterations(request, coldCpuMs, request.pairBudgetMs);
  const bench = new Bench({
    warmup: plan.warmupIterations > 0, warmupIterations: plan.warmupIterations, warmupTime: 0,
    iterations: plan.minSamples, time: request.minSampleTimeMs, throws: true,
  });
  // async: false, or tinybench calls the function once more, untimed, to find out whether it is async.
  bench.add('iteration', iterate, { async: false, beforeEach: begin, afterEach: () => { end(); } });
  bench.runSync();
  return plan.warmupIterations;
}

async function main(): Promise<void> {
  let session: BenchmarkSession | null = null;
  try {
    session = await open();
    if (session === null) return;
    sampleHeap();
    post({ type: 'ready', at: performance.timeOrigin + performance.now() });
    const warmupIterations = time(session);
    post({ type: 'done', warmupIterations, peakHeapBytes });
  } catch (e) {
    if (e instanceof WrongChecksum) post({ type: 'failed', kind: 'wrong-checksum', reason: e.message, peakHeapBytes });
    else if (isBenchmarkError(e)) post({ type: 'failed', kind: e.kind, reason: e.message, detail: e.traceback, peakHeapBytes });
    else {
      const error = e instanceof Error ? e : new Error(String(e));
      post({ type: 'failed', kind: 'error', reason: error.message.split('\n')[0]!, detail: error.stack, peakHeapBytes });
    }
  } finally {
    try { session?.close(); } catch { /* the results are already sent */ }
  }
}

void main();
