// `pyw conformance` as a user runs it (the built CLI over dist/; skipped when dist/ is not built):
// the message when no engine is registered, an unknown engine, and a python3 run on a scratch suite
// with its table, JSON and exit status.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasPython3 } from '../../test/support/python3.js';
import { ENGINE_MODULES } from './engine-modules.js';
import { DIST_ROOT, REPO_ROOT } from './paths.js';

const BIN = join(REPO_ROOT, 'bin', 'run.js');
const BUILT = existsSync(join(DIST_ROOT, 'cli', 'commands', 'conformance.js'));
const scratch = mkdtempSync(join(tmpdir(), 'pyw-conformance-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pyw = (...args: string[]) => spawnSync(process.execPath, [BIN, 'conformance', ...args], { encoding: 'utf8', cwd: scratch });

describe.skipIf(!BUILT)('pyw conformance', () => {
  it.skipIf(ENGINE_MODULES.length > 0)('says how to proceed when no engine is registered', () => {
    const run = pyw();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('pyw conformance: no engine is registered yet; use --engine python3 to check the suite against the reference\n');
  });

  it('names an unknown engine', () => {
    const run = pyw('--engine', 'nope');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^pyw conformance: unknown engine 'nope'/);
  });

  it.skipIf(!hasPython3())('prints the table and failures, or JSON, and exits 1 on a failure', () => {
    mkdirSync(join(scratch, 'cases', 'demo'), { recursive: true });
    const expectation = (stdout: string) => JSON.stringify({ stdout, stderr: '', exitCode: 0, argv: ['x.py'], python: '3.11.7' });
    writeFileSync(join(scratch, 'cases', 'demo', 'good.py'), 'print(6 * 7)\n');
    writeFileSync(join(scratch, 'cases', 'demo', 'good.expected.json'), expectation('42\n'));
    writeFileSync(join(scratch, 'cases', 'demo', 'bad.py'), 'print(6 * 9)\n');
    writeFileSync(join(scratch, 'cases', 'demo', 'bad.expected.json'), expectation('42\n'));
    const table = pyw('--engine', 'python3', '--cases', join(scratch, 'cases'));
    expect(table.status).toBe(1);
    expect(table.stdout).toMatch(/│ demo +│ +1\/2 │ +1 │/);
    expect(table.stdout).toContain('FAIL demo/bad [python3]: stdout line 1:\n      expected "42\\n"\n      actual   "54\\n"');
    const json = pyw('--engine', 'python3', '--cases', join(scratch, 'cases'), '--filter', 'good', '--json');
    expect(json.status).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.results).toMatchObject([{ id: 'demo/good', engine: 'python3', status: 'pass' }]);
    expect(data.summary.at(-1)).toEqual({ category: 'all', perEngine: { python3: { passed: 1, failed: 0, total: 1 } } });
  });
});
