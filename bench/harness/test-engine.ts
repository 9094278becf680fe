// Scripted engines for the harness's own tests, registered when imported: 'test-bench' and
// 'test-no-bench' (an engine without openBenchmark).
//
// test-bench does not run Python: it reads `# test-bench: DIRECTIVE` lines from the program file and
// does what they say, so a test can make a pair succeed, fail or misbehave in a chosen way without
// depending on a real engine. Directives: `checksum TEXT` (what each iteration returns), `spin MS`
// (each iteration busy-waits that long), `wrong-from N` (iterations from the Nth, 0-based, return a
// different checksum), `unsupported MESSAGE` (loading fails as unsupported), `error MESSAGE`
// (iterations throw; from the Nth with `error-from N`), `die` (the process exits abruptly with code
// 70), `hang` (an iteration never ends).

import { readFileSync } from 'node:fs';
import { BenchmarkError, type Engine, registerEngine } from '../../engines/engine.js';

const profile: Engine['profile'] = {
  models: 'nothing (a test double)', execution: 'bytecode-interpreter', objects: 'boxed',
  memory: 'host-gc', identity: 'sequential', gil: false,
};

function directives(file: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^# test-bench: (\S+) ?(.*)$/.exec(line);
    if (m) found.set(m[1]!, m[2]!);
  }
  return found;
}

export const scriptedBenchEngine: Engine = {
  name: 'test-bench',
  profile,
  async run() {
    throw new Error('test-bench only loads benchmark programs');
  },
  async openBenchmark(target) {
    const d = directives(target.file);
    if (d.has('unsupported')) throw new BenchmarkError(d.get('unsupported')!, 'unsupported', '');
    const spinMs = Number(d.get('spin') ?? 0);
    const wrongFrom = d.has('wrong-from') ? Number(d.get('wrong-from')) : Infinity;
    const errorFrom = Number(d.get('error-from') ?? 0);
    let iteration = 0;
    return {
      iterate() {
        if (d.has('error') && iteration >= errorFrom) throw new BenchmarkError(d.get('error')!, 'error', `Traceback...\n${d.get('error')}\n`);
        if (d.has('die')) process.exit(70);
        if (d.has('hang')) for (;;) { /* never returns */ }
        const until = performance.now() + spinMs;
        while (performance.now() < until) { /* busy */ }
        return iteration++ >= wrongFrom ? 'wrong' : (d.get('checksum') ?? '');
      },
      close() {},
    };
  },
};

export const noBenchEngine: Engine = {
  name: 'test-no-bench',
  profile,
  async run() {
    return { stdout: '', stderr: '', exitCode: 0, stats: { wallTimeMs: 0 } };
  },
};

registerEngine(scriptedBenchEngine);
registerEngine(noBenchEngine);
