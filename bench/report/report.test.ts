// `pyw report`: the terminal text on synthetic data, and the built CLI end to end on a scratch
// setup — two conformance cases (one failing) and two programs (one importing a missing module) —
// on the cpython engine, with python3 when it is there. Skipped when dist/ is not built.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_ROOT, REPO_ROOT } from '../../conformance/runner/paths.js';
import { hasPython3 } from '../../test/support/python3.js';
import { sampleConformance, sampleResults } from '../formats/html/sample-results.js';
import { writeTestPrograms } from '../harness/test-programs.js';
import { RESULTS_SCHEMA } from '../results/schema.js';
import { formatReportForTerminal } from './terminal.js';

const scratch = mkdtempSync(join(tmpdir(), 'pyw-report-test-'));
const dirs = [scratch];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('formatReportForTerminal', () => {
  const report = { conformance: sampleConformance(), results: sampleResults(), html: '', conformanceSeconds: 61.4, benchmarkSeconds: 302 };
  const text = formatReportForTerminal(report);

  it('prints the conformance table, a count of the runs that did not pass, the benchmark table and the times', () => {
    expect(text).toMatch(/^Conformance\n\n/);
    expect(text).toMatch(/│ builtins +│ +9\/9 │ +0 │/);
    expect(text).toContain('6 of 90 runs did not pass (each is listed in the HTML report)');
    expect(text).toContain('\nBenchmarks\n\n');
    expect(text).toMatch(/│ nbody +│/);
    expect(text).toMatch(/conformance 1 min 1 s, benchmarks 5 min 2 s\n$/);
    expect(text).not.toContain('pairs failed');
  });

  it('counts the pairs that failed, leaving the unsupported ones alone', () => {
    const results = sampleResults();
    const broken = { ...results, runs: results.runs.map((r) => (r.program === 'nbody' && r.engine === 'pypy3' ? { ...r, status: 'timeout' as const, phases: undefined } : r)) };
    expect(formatReportForTerminal({ ...report, results: broken })).toContain('1 of 9 pairs failed (a wrong checksum, an error or a timeout)');
  });
});

const BIN = join(REPO_ROOT, 'bin', 'run.js');
const BUILT = existsSync(join(DIST_ROOT, 'cli', 'commands', 'report.js'));

describe.skipIf(!BUILT)('pyw report', () => {
  it('runs both halves and writes the page, the JSON and the tables', () => {
    const cases = join(scratch, 'cases', 'demo');
    mkdirSync(cases, { recursive: true });
    const expectation = (stdout: string) => JSON.stringify({ stdout, stderr: '', exitCode: 0, argv: ['x.py'], python: '3.11.7' });
    writeFileSync(join(cases, 'good.py'), 'print(6 * 7)\n');
    writeFileSync(join(cases, 'good.expected.json'), expectation('42\n'));
    writeFileSync(join(cases, 'bad.py'), 'print(6 * 9)\n');
    writeFileSync(join(cases, 'bad.expected.json'), expectation('42\n'));
    const programs = writeTestPrograms([
      { name: 'squares', body: 'SIZES = {"quick": 2000, "default": 20000, "full": 200000}\n\n\ndef run(n):\n    return sum(k * k % 7 for k in range(n))\n',
        checksums: { quick: '3999', default: '39998', full: '399999' } },
      { name: 'missing', body: 'import zz_not_a_module\n\nSIZES = {"quick": 1, "default": 1, "full": 1}\n\n\ndef run(n):\n    return 0\n',
        checksums: { quick: '0', default: '0', full: '0' } },
    ]);
    dirs.push(programs);
    const python3 = hasPython3();
    const out = join(scratch, 'report.html');
    const json = join(scratch, 'results.json');
    // --quick leaves the references out of the conformance half unless --ref-conformance brings them in.
    const run = spawnSync(process.execPath, [BIN, 'report', '--quick', '--ref-conformance', '--engine', 'cpython', '--ref', python3 ? 'python3' : 'none',
      '--cases', join(scratch, 'cases'), '--programs-dir', programs, '--out', out, '--json', json], { encoding: 'utf8', cwd: scratch });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const engines = python3 ? ['cpython', 'python3'] : ['cpython'];
    expect(run.stdout).toContain(`${engines.length} of ${2 * engines.length} runs did not pass`);
    expect(run.stdout).toMatch(/│ demo +│ +1\/2 │ +1 │/);
    expect(run.stdout).toMatch(/│ squares +│/);
    expect(run.stdout).toMatch(/│ missing +│ unsupported: /);
    expect(run.stdout).toContain("No module named 'zz_not_a_module'");
    expect(run.stdout).toContain(`report written to ${out}\n`);

    const results = JSON.parse(readFileSync(json, 'utf8'));
    expect(results.schema).toBe(RESULTS_SCHEMA);
    expect(results.size).toBe('quick');
    expect(results.engines.map((e: { name: string }) => e.name)).toEqual(engines);
    expect(results.runs.map((r: { program: string; engine: string; status: string }) => `${r.program}/${r.engine}:${r.status}`).sort())
      .toEqual(engines.flatMap((e) => [`missing/${e}:unsupported`, `squares/${e}:ok`]).sort());

    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('data-chart="ratios"');
    expect(page).toContain('demo/bad');
    expect(page).toContain('zz_not_a_module');
  });

  it('says what is wrong with a bad command line', () => {
    const run = spawnSync(process.execPath, [BIN, 'report', '--quick', '--size', 'full'], { encoding: 'utf8', cwd: scratch });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('pyw report: --quick and --size full disagree\n');
    const unknown = spawnSync(process.execPath, [BIN, 'report', '--engine', 'cpython', '--ref', 'jython3'], { encoding: 'utf8', cwd: scratch });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^pyw report: unknown reference interpreter 'jython3'/);
  });
});
