// The cpython engine loads a benchmark program as a module and calls its run(n) per iteration.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BenchmarkError } from '../engine.js';
import { cpythonEngine } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'pyw-bench-session-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, body: string): string {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, body);
  return file;
}

describe('cpython openBenchmark', () => {
  it('imports the program without running its main block and returns str(run(SIZES[size])) per iteration', async () => {
    const file = program('counting', [
      'SIZES = {"quick": 10, "default": 100, "full": 1000}',
      'calls = []',
      'def run(n):',
      '    calls.append(n)',
      '    return "%d %d" % (sum(range(n)), len(calls))',
      'if __name__ == "__main__":',
      '    raise SystemExit("the main block must not run")',
      '',
    ].join('\n'));
    const session = await cpythonEngine.openBenchmark!({ file, size: 'default' });
    expect(session.iterate()).toBe('4950 1');
    expect(session.iterate()).toBe('4950 2');
    session.close();
  });

  it('a missing module makes the program unsupported, with the exception line as the reason', async () => {
    const file = program('needs_module', 'import no_such_module_here\nSIZES = {"quick": 1}\ndef run(n):\n    return n\n');
    const opening = cpythonEngine.openBenchmark!({ file, size: 'quick' });
    await expect(opening).rejects.toBeInstanceOf(BenchmarkError);
    await expect(opening).rejects.toMatchObject({ kind: 'unsupported', message: "ModuleNotFoundError: No module named 'no_such_module_here'" });
  });

  it('an exception in run() is an error carrying the traceback', async () => {
    const file = program('failing', 'SIZES = {"quick": 0}\ndef run(n):\n    return 1 // n\n');
    const session = await cpythonEngine.openBenchmark!({ file, size: 'quick' });
    let error: unknown;
    try {
      session.iterate();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BenchmarkError);
    expect(error).toMatchObject({ kind: 'error', message: 'ZeroDivisionError: integer division or modulo by zero' });
    expect((error as BenchmarkError).traceback).toContain('in run\n    return 1 // n\n');
  });

  it('an unknown size is an error (KeyError), not unsupported', async () => {
    const file = program('sized', 'SIZES = {"quick": 1}\ndef run(n):\n    return n\n');
    await expect(cpythonEngine.openBenchmark!({ file, size: 'full' })).rejects.toMatchObject({ kind: 'error', message: "KeyError: 'full'" });
  });
});
