// `pyw bench import` as a user runs it (the built CLI; skipped when dist/ is not built): pyperf files
// exported from synthetic results come back as the same Markdown, a folder stands for its files,
// and what is not a pyperf file is refused with exit code 2.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_ROOT, REPO_ROOT } from '../../conformance/runner/paths.js';
import { sampleResults } from './html/sample-results.js';
import { renderMarkdown } from './markdown.js';
import { writePyperf } from './pyperf-files.js';

const BIN = join(REPO_ROOT, 'bin', 'run.js');
const BUILT = existsSync(join(DIST_ROOT, 'cli', 'commands', 'bench', 'import.js'));
const scratch = mkdtempSync(join(tmpdir(), 'pyw-import-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pyw = (...args: string[]) => spawnSync(process.execPath, [BIN, 'bench', 'import', ...args], { encoding: 'utf8', cwd: scratch });

describe.skipIf(!BUILT)('pyw bench import', () => {
  const results = sampleResults();
  const dir = join(scratch, 'pyperf');
  const files = writePyperf(results, dir).files;

  it('renders our exported files as the original results render', () => {
    const run = pyw(...files, '--format', 'md');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(renderMarkdown(results));
  });

  it('takes a folder for its .json files, writes --out, and re-exports as pyperf', () => {
    const html = join(scratch, 'imported.html');
    const run = pyw(dir, '--format', 'html', '--out', html, '--baseline', 'pypy3');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`pyw bench import: wrote ${html}\n`);
    expect(readFileSync(html, 'utf8')).toContain('data-chart="ratios"');
    const again = pyw(dir, '--format', 'pyperf', '--out', join(scratch, 'again'));
    expect(again.status).toBe(0);
    for (const engine of ['cpython', 'pypy3', 'python3']) {
      // The same suite, up to the last bits of values that went from s to ms and back.
      const reexported = readFileSync(join(scratch, 'again', `${engine}.json`), 'utf8');
      const roundNumbers = (text: string) => JSON.stringify(JSON.parse(text, (_k, v) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
      expect(roundNumbers(reexported)).toBe(roundNumbers(readFileSync(join(dir, `${engine}.json`), 'utf8')));
    }
  });

  it('refuses a file that is not a pyperf suite', () => {
    writeFileSync(join(scratch, 'results.json'), JSON.stringify({ schema: 'pyworkbench-bench/1' }));
    const bad = pyw(join(scratch, 'results.json'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^pyw bench import: .*results\.json: not a pyperf file of format 1\.0/);
  });
});
