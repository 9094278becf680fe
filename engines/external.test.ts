// The reference-interpreter adapter: python3 behind Engine.run, from a file or from memory, with
// the fixed environment, stdin, argv, exit codes and the timeout. Skipped without python3 3.11.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithPython3, PYTHON } from '../test/support/python3.js';
import { referenceInterpreter, REFERENCE_NAMES, RunTimeoutError } from './external.js';

const encode = (s: string) => new TextEncoder().encode(s);
const scratch = mkdtempSync(join(tmpdir(), 'pyw-external-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('offers python3 and pypy3 and nothing else', () => {
  expect(REFERENCE_NAMES).toEqual(['python3', 'pypy3']);
  expect(referenceInterpreter('cpython')).toBeNull();
});

describeWithPython3('python3 as an ExternalEngine', () => {
  const python3 = referenceInterpreter('python3')!;

  it('runs a program from memory with argv and stdin, in the fixed environment', async () => {
    const source = 'import os, sys\nprint(sys.argv[1:], input(), hash("abc"), os.environ.get("PYTHONHASHSEED"))\nsys.exit(4)\n';
    const result = await python3.run({ source: encode(source), filename: 'prog.py', argv: ['prog.py', 'x'] }, { stdin: 'typed\n' });
    const seeded = spawnSync(PYTHON, ['-c', 'print(hash("abc"))'], { env: { ...process.env, PYTHONHASHSEED: '0' }, encoding: 'utf8' });
    expect(result.stdout).toBe(`['x'] typed ${seeded.stdout.trim()} 0\n`);
    expect(result.exitCode).toBe(4);
  });

  it('runs a file in place, so its sibling modules import', async () => {
    writeFileSync(join(scratch, 'sibling.py'), 'VALUE = 7\n');
    writeFileSync(join(scratch, 'main.py'), 'import sibling\nprint(sibling.VALUE)\n');
    const result = await python3.run({ source: encode('import sibling\nprint(sibling.VALUE)\n'), filename: 'main.py', argv: ['main.py'] }, { cwd: scratch });
    expect(result).toMatchObject({ stdout: '7\n', stderr: '', exitCode: 0 });
  });

  it('kills a run past its timeout', async () => {
    const run = python3.run({ source: encode('while True: pass\n'), filename: 'spin.py', argv: ['spin.py'] }, { timeoutMs: 500 });
    await expect(run).rejects.toBeInstanceOf(RunTimeoutError);
  });
});
