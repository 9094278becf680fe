// `npm run bench:vm`: the cpython engine's speed relative to python3 on the programs in bench/vm/,
// measured in the same run. See bench/vm/README.md for what is timed. The engine runs in a worker
// thread with the resource limits `pyw run` and `pyw bench` give it (ENGINE_THREAD_LIMITS: its young
// generation size changes how often the garbage collector runs), so the figures are what users get.
// Usage: node dist/bench/vm.js [--rounds N] [--program NAME]

import { spawnSync } from 'node:child_process';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Table from 'cli-table3';
import { runProgram } from '../engines/cpython/run-program.js';
import { StringSink, StringSource } from '../engines/cpython/sinks.js';
import { repoRoot } from './repo-root.js';
import { ENGINE_THREAD_LIMITS } from '../engines/engine.js';

const PYTHON = process.env.PYWB_PYTHON ?? 'python3';

/** Times `exec` of the file in a fresh namespace, `rounds` times, printing each time in seconds and the output once. */
const PYTHON_TIMER = `
import sys, time, io, contextlib
path, rounds = sys.argv[1], int(sys.argv[2])
code = compile(open(path, 'rb').read(), path, 'exec')
times = []
for r in range(rounds):
    out = io.StringIO()
    t = time.perf_counter()
    with contextlib.redirect_stdout(out):
        exec(compile(open(path, 'rb').read(), path, 'exec'), {'__name__': '__main__'})
    times.append(time.perf_counter() - t)
print(out.getvalue(), end='')
print(' '.join(repr(t) for t in times))
`;

interface Measurement { seconds: number; output: string }

function timePython(path: string, rounds: number): Measurement {
  const r = spawnSync(PYTHON, ['-c', PYTHON_TIMER, path, String(rounds)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 failed on ${path}: ${r.stderr}`);
  const lines = r.stdout.trimEnd().split('\n');
  const times = lines.pop()!.split(' ').map(Number);
  return { seconds: Math.min(...times), output: `${lines.join('\n')}\n` };
}

/** In the worker: runs the program `rounds` times and keeps the best time and the output. */
function timeEngineHere(path: string, rounds: number): Measurement {
  const source = readFileSync(path);
  let best = Infinity;
  let output = '';
  for (let r = 0; r < rounds; r++) {
    const stdout = new StringSink();
    const stderr = new StringSink();
    const start = performance.now();
    const outcome = runProgram({ source, filename: path, argv: [path], path: [] }, { stdout, stderr, stdin: new StringSource('') });
    const seconds = (performance.now() - start) / 1000;
    if (outcome.exitCode !== 0) throw new Error(`cpython engine failed on ${path}:\n${stderr.text}`);
    best = Math.min(best, seconds);
    output = stdout.text;
  }
  return { seconds: best, output };
}

/** Times the program on the engine in a fresh worker thread with the engine's resource limits. */
function timeEngine(path: string, rounds: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { path, rounds }, resourceLimits: { ...ENGINE_THREAD_LIMITS } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`engine worker exited with ${code} on ${path}`)); });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 0) || 5;
  const only = args.includes('--program') ? args[args.indexOf('--program') + 1] : undefined;
  const dir = join(repoRoot(), 'bench', 'vm');
  const files = readdirSync(dir).filter((f) => f.endsWith('.py') && (!only || f === `${only}.py`)).sort();
  const table = new Table({ head: ['program', 'python3 (ms)', 'cpython engine (ms)', 'speed vs python3'] });
  const ratios: number[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const py = timePython(path, rounds);
    const ours = await timeEngine(path, rounds);
    if (py.output !== ours.output) throw new Error(`${f}: outputs differ\npython3: ${py.output}ours: ${ours.output}`);
    const ratio = py.seconds / ours.seconds;
    ratios.push(ratio);
    table.push([f.replace(/\.py$/, ''), (py.seconds * 1000).toFixed(1), (ours.seconds * 1000).toFixed(1), `${ratio.toFixed(2)}x`]);
  }
  const geomean = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  table.push(['geometric mean', '', '', `${geomean.toFixed(2)}x`]);
  console.log(table.toString());
  console.log(`(best of ${rounds} runs each; >1.0x means faster than python3)`);
}

if (isMainThread) await main();
else {
  const { path, rounds } = workerData as { path: string; rounds: number };
  parentPort!.postMessage(timeEngineHere(path, rounds));
}
