// The build bundles the engine's worker and benchmark session (scripts/bundle-engines.js), and
// runs use the bundle: it must exist in dist/ and run a program.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../bench/repo-root.js';

const REPO_ROOT = repoRoot();
const bundleDir = join(REPO_ROOT, 'dist', 'engines', 'cpython', 'bundle');
const checksums = JSON.parse(readFileSync(join(REPO_ROOT, 'bench', 'checksums.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('the cpython engine bundle', () => {
  it('holds the run worker and the benchmark session', () => {
    expect(existsSync(join(bundleDir, 'run-worker.js'))).toBe(true);
    expect(existsSync(join(bundleDir, 'benchmark-session.js'))).toBe(true);
  });

  it('runs a benchmark program with the engine interface outside the bundle', async () => {
    const engine = await import(join(bundleDir, 'benchmark-session.js'));
    const session = engine.openBenchmark({ file: join(REPO_ROOT, 'bench', 'programs', 'fib.py'), size: 'quick' });
    expect(session.iterate()).toBe(checksums.fib!.quick);
    session.close();
  });
});
