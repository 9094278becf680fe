// The whole conformance suite on the cpython engine, held to a ratchet: every case passes except
// those listed in conformance/known-failures/cpython.txt (the work still to do), and a listed
// case that now passes must be taken off the list. So a regression fails, and so does a stale list.
// Runs without python3: the expectations are committed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, describe } from 'vitest';
import { formatFailure } from '../../conformance/runner/format.js';
import { runConformance } from '../../conformance/runner/run.js';
import { loadEngineModules } from '../../conformance/runner/engine-modules.js';
import { repoRoot } from '../../bench/repo-root.js';

const LIST = join(repoRoot(), 'conformance', 'known-failures', 'cpython.txt');

/** The listed cases: one `category/name` per line; text after '#' is a comment. */
function knownFailures(): Set<string> {
  const names = readFileSync(LIST, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
  return new Set(names);
}

describe('conformance suite on the cpython engine', () => {
  it('passes every case not listed as a known failure, and none that is listed', async () => {
    await loadEngineModules();
    const report = await runConformance({ engines: ['cpython'], timeoutMs: 30_000 });
    const known = knownFailures();
    const unexpected = report.results.filter((r) => r.status !== 'pass' && !known.has(r.id));
    const nowPassing = report.results.filter((r) => r.status === 'pass' && known.has(r.id)).map((r) => r.id);
    const passed = report.results.filter((r) => r.status === 'pass').length;
    console.log(`conformance on cpython: ${passed} of ${report.results.length} cases passed; ${known.size} listed as known failures`);
    expect(unexpected.map(formatFailure), 'cases that fail but are not listed').toEqual([]);
    expect(nowPassing, `cases that pass but are still listed in ${LIST}`).toEqual([]);
  }, 1_800_000);
});
