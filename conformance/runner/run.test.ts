// The runner end to end: a scripted engine in worker processes (pass, a differing line, a throw, a
// dead process, a hang), then python3 on small real cases whose expectations the regeneration
// script writes in a temporary folder. The worker is the compiled one, so these need dist/ (which
// `npm test` builds first) and skip without it; the python3 part skips without python3 3.11.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithPython3, PYTHON } from '../../test/support/python3.js';
import { formatReport } from './format.js';
import { DIST_ROOT, REPO_ROOT, WORKER_SCRIPT } from './paths.js';
import { type CaseResult, runConformance, summarise } from './run.js';

const BUILT = existsSync(WORKER_SCRIPT) && existsSync(join(DIST_ROOT, 'conformance', 'runner', 'test-engine.js'));
const scratch = mkdtempSync(join(tmpdir(), 'pyw-conformance-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `<dir>/<category>/<name>.py` and, when given, its expectation. */
function writeCase(dir: string, category: string, name: string, source: string,
  expected?: { stdout?: string; stderr?: string; exitCode?: number; argv?: string[] }): void {
  mkdirSync(join(dir, category), { recursive: true });
  writeFileSync(join(dir, category, `${name}.py`), source);
  if (expected) {
    const full = { stdout: '', stderr: '', exitCode: 0, argv: [`${name}.py`], python: '3.11.7', ...expected };
    writeFileSync(join(dir, category, `${name}.expected.json`), JSON.stringify(full));
  }
}

const byName = (results: readonly CaseResult[]): Record<string, CaseResult> =>
  Object.fromEntries(results.map((r) => [r.name, r]));

describe.skipIf(!BUILT)('runConformance with a scripted engine in worker processes', () => {
  const dir = join(scratch, 'scripted');
  writeCase(dir, 'alpha', 'passes', 'out hello\nerr warned\nexit 3', { stdout: 'hello\n', stderr: 'warned\n', exitCode: 3 });
  writeCase(dir, 'alpha', 'differs', 'out a\nout c\nout d', { stdout: 'a\nb\nc\n' });
  writeCase(dir, 'alpha', 'wrong_exit', 'out a', { stdout: 'a\n', exitCode: 1 });
  writeCase(dir, 'alpha', 'stdin_argv', '# argv is taken from the expectation\nargv\nstdin', { stdout: 'stdin_argv.py -v x\nfed\n', argv: ['stdin_argv.py', '-v', 'x'] });
  writeFileSync(join(dir, 'alpha', 'stdin_argv.stdin'), 'fed\n');
  writeCase(dir, 'alpha', 'no_expectation', 'out a');
  writeCase(dir, 'alpha', '_support', 'out never run as a case');
  writeCase(dir, 'beta', 'throws', 'throw engine bug here', {});
  writeCase(dir, 'beta', 'dies', 'out x\ndie', { stdout: 'x\n' });
  writeCase(dir, 'beta', 'hangs', 'hang', {});

  const run = (filter?: string) => runConformance({
    engines: ['test-scripted'], engineModules: ['conformance/runner/test-engine.js'], casesDir: dir, filter, timeoutMs: 4000,
  });

  it('classifies every case, and one bad case never stops the rest', async () => {
    const report = await run();
    expect(report.cases).toBe(8);
    const r = byName(report.results);
    expect(Object.keys(r).sort()).toEqual(['dies', 'differs', 'hangs', 'no_expectation', 'passes', 'stdin_argv', 'throws', 'wrong_exit']);
    expect(r.passes!.status).toBe('pass');
    expect(r.stdin_argv!.status).toBe('pass');
    expect(r.differs).toMatchObject({ status: 'fail', difference: { stream: 'stdout', line: 2, expected: 'b\n', actual: 'c\n' } });
    expect(r.wrong_exit).toMatchObject({ status: 'fail', difference: { stream: 'exitCode', expected: '1', actual: '0' } });
    expect(r.no_expectation!.status).toBe('no-expectation');
    expect(r.throws!.status).toBe('crash');
    expect(r.throws!.detail).toMatch(/the engine threw: Error: engine bug here/);
    expect(r.dies!.status).toBe('crash');
    expect(r.dies!.detail).toMatch(/worker died \(exit code 70\)/);
    expect(r.hangs!.status).toBe('timeout');

    const summary = summarise(report);
    expect(summary.map((row) => [row.category, row.perEngine['test-scripted']])).toEqual([
      ['alpha', { passed: 2, failed: 3, total: 5 }],
      ['beta', { passed: 0, failed: 3, total: 3 }],
      ['all', { passed: 2, failed: 6, total: 8 }],
    ]);
    const text = formatReport(report);
    expect(text).toMatch(/│ alpha +│ +2\/5 │ +3 │/);
    expect(text).toContain('FAIL alpha/differs [test-scripted]: stdout line 2:\n      expected "b\\n"\n      actual   "c\\n"');
    expect(text).toContain('TIMEOUT beta/hangs [test-scripted]');
  });

  it('runs the cases of a lane in one worker process, replacing it after a crash or a timeout', async () => {
    const lanes = mkdtempSync(join(tmpdir(), 'pyw-lanes-'));
    try {
      // Cases run in id order: pid1, pid2, then a dying case, pid3, a hanging one, pid4.
      for (const [name, script] of [['a_pid1', 'pid'], ['b_pid2', 'pid'], ['c_dies', 'die'], ['d_pid3', 'pid'], ['e_hangs', 'hang'], ['f_pid4', 'pid']]) {
        writeCase(lanes, 'lane', name!, script!, {});
      }
      const report = await runConformance({
        engines: ['test-scripted'], engineModules: ['conformance/runner/test-engine.js'], casesDir: lanes, timeoutMs: 2000, jobs: 1,
      });
      const r = byName(report.results);
      expect([r.c_dies!.status, r.e_hangs!.status]).toEqual(['crash', 'timeout']);
      const pid = (name: string): string => (r[name]!.difference?.actual ?? '').trim();
      expect(pid('a_pid1')).toMatch(/^\d+$/);
      expect(pid('b_pid2')).toBe(pid('a_pid1'));
      expect(pid('d_pid3')).not.toBe(pid('a_pid1'));
      expect(pid('f_pid4')).not.toBe(pid('d_pid3'));
    } finally {
      rmSync(lanes, { recursive: true, force: true });
    }
  });

  it('runs only what the filter selects', async () => {
    const report = await run('alpha/pass*');
    expect(report.results.map((x) => x.id)).toEqual(['alpha/passes']);
  });

  it('refuses an engine that is not registered, per case, without stopping', async () => {
    const report = await runConformance({ engines: ['nope'], engineModules: [], casesDir: dir, filter: 'passes' });
    expect(report.results[0]).toMatchObject({ status: 'crash' });
    expect(report.results[0]!.detail).toMatch(/unknown engine 'nope'/);
  });
});

describeWithPython3('runConformance with python3 on cases generated by the regeneration script', () => {
  const dir = join(scratch, 'python');
  writeCase(dir, 'io', 'echo', '# Echoes stdin and argv back, upper-cased.\n# argv: one two\nimport sys\nprint(sys.argv)\nprint(sys.stdin.read().upper(), end="")\n');
  writeFileSync(join(dir, 'io', 'echo.stdin'), 'line one\nline two\n');
  writeCase(dir, 'io', 'sets', '# Prints a set of strs, whose order depends on PYTHONHASHSEED.\nprint({"apple", "pear", "fig", "kiwi", "plum"})\n');
  writeCase(dir, 'errors', 'through_helper', '# An uncaught error raised in a sibling module.\nimport _helper\n_helper.fail(3)\n');
  writeFileSync(join(dir, 'errors', '_helper.py'), 'def fail(n):\n    return n / (n - 3)\n');

  let regenerate: ReturnType<typeof spawnSync<string>>;
  beforeAll(() => {
    regenerate = spawnSync(PYTHON, [join(REPO_ROOT, 'scripts', 'regenerate-conformance.py'), '--cases', dir], { encoding: 'utf8' });
  });

  it('writes expectations that name no machine path', () => {
    expect(regenerate.status, regenerate.stderr).toBe(0);
    expect(regenerate.stdout).toContain('3 cases written (1 exit non-zero)');
    const expected = JSON.parse(readFileSync(join(dir, 'errors', 'through_helper.expected.json'), 'utf8'));
    expect(expected.exitCode).toBe(1);
    expect(expected.stderr).toContain('  File "through_helper.py", line 3, in <module>\n');
    expect(expected.stderr).toContain('  File "_helper.py", line 2, in fail\n');
    expect(expected.stderr).not.toContain(scratch);
    const echo = JSON.parse(readFileSync(join(dir, 'io', 'echo.expected.json'), 'utf8'));
    expect(echo).toMatchObject({ stdout: "['echo.py', 'one', 'two']\nLINE ONE\nLINE TWO\n", argv: ['echo.py', 'one', 'two'] });
    expect(existsSync(join(dir, 'errors', '__pycache__'))).toBe(false);
  });

  it('passes python3 on every case, and reports a tampered expectation', async () => {
    const clean = await runConformance({ engines: ['python3'], casesDir: dir });
    expect(clean.results.map((r) => [r.id, r.status])).toEqual([
      ['errors/through_helper', 'pass'], ['io/echo', 'pass'], ['io/sets', 'pass'],
    ]);
    const path = join(dir, 'io', 'sets.expected.json');
    const expected = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...expected, stdout: "{'fig'}\n" }));
    const tampered = await runConformance({ engines: ['python3'], casesDir: dir, filter: 'sets' });
    expect(tampered.results[0]).toMatchObject({
      status: 'fail', difference: { stream: 'stdout', line: 1, expected: "{'fig'}\n", actual: expected.stdout },
    });
  });
});
