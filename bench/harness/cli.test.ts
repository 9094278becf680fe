// `pyw bench` as a user runs it (the built CLI over dist/; skipped when dist/ is not built), on a
// scratch programs folder with the cpython engine: the table and its exit status, JSON written with
// --out then read back by --compare, a wrong checksum failing the run, and command-line mistakes.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readResults } from '../results/read.js';
import { DIST_ROOT, REPO_ROOT } from './paths.js';
import { TINY, writeTestPrograms } from './test-programs.js';

const BIN = join(REPO_ROOT, 'bin', 'run.js');
const BUILT = existsSync(join(DIST_ROOT, 'cli', 'commands', 'bench', 'index.js'));
const scratch = mkdtempSync(join(tmpdir(), 'pyw-bench-cli-'));
const good = writeTestPrograms([TINY]);
const bad = writeTestPrograms([{ ...TINY, checksums: { quick: '42' } }]);
afterAll(() => { for (const d of [scratch, good, bad]) rmSync(d, { recursive: true, force: true }); });

const QUICK = ['--engine', 'cpython', '--ref', 'none', '--size', 'quick', '--warmup', '1', '--samples', '2'];
const pyw = (...args: string[]) => spawnSync(process.execPath, [BIN, 'bench', ...args], { encoding: 'utf8', cwd: scratch });

describe.skipIf(!BUILT)('pyw bench', () => {
  it('prints the table, writes JSON with --out and compares with it', () => {
    const out = join(scratch, 'base.json');
    const first = pyw(...QUICK, '--programs-dir', good, '--format', 'json', '--out', out);
    expect(first.stderr).toBe(`pyw bench: wrote ${out}\n`);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^size quick, CPU time .*; ms = median/);
    expect(first.stdout).toMatch(/│ tiny +│ +\d/);
    const saved = readResults(out);
    expect(saved.runs).toMatchObject([{ program: 'tiny', engine: 'cpython', status: 'ok' }]);
    expect(saved.baseline).toBe('cpython');

    const second = pyw(...QUICK, '--programs-dir', good, '--compare', out, '--fail-on-regression', '1000');
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('tiny');
    expect(second.stdout.split('┌').length).toBe(3);
  });

  it('exits 1 and says why when a checksum is wrong', () => {
    const run = pyw(...QUICK, '--programs-dir', bad);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('wrong checksum');
    expect(run.stderr).toBe('pyw bench: 1 of 1 pairs failed:\n  tiny on cpython: wrong-checksum: checksum "5999", expected "42"\n');
  });

  it('rejects a bad command line with exit code 2', () => {
    const unknown = pyw('--engine', 'nope', '--ref', 'none', '--programs-dir', good);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^pyw bench: unknown engine 'nope'/);
    const lonely = pyw('--fail-on-regression', '5');
    expect(lonely.status).toBe(2);
    expect(lonely.stderr).toBe('pyw bench: --fail-on-regression needs --compare BASELINE.json\n');
  });
});
