// The acceptance test for `--compare`: the real harness runs a tiny program on the cpython
// engine three times — a baseline, an identical rerun, and a copy whose run() does 30% more work
// for the same checksum — and the comparison calls the rerun not significant and the planted
// slowdown slower (and a regression for the CI gate).
//
// Robust on a loaded 2-core machine: ranked by CPU time; an iteration takes ~30 ms of CPU, with 10
// warm-up iterations (the JIT settles in the first few) and 20 samples per run, about 2 s per run.
// The size is 'default' (the same work as every size here) so the harness's per-size budget
// never trims the plan.

import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBenchmarks } from '../harness/index.js';
import { DEFAULT_PROGRAMS_DIR } from '../harness/paths.js';
import { parseResults } from '../results/read.js';
import type { BenchResults } from '../results/schema.js';
import { compareResults, formatComparison, regressions } from './index.js';

/** `EXTRA` is the planted slowdown: the loop runs again over that fraction of n, its result unused. */
const program = (extra: number): string => `# planted: small-int arithmetic in a loop, for the --compare end-to-end test.
SIZES = {"quick": 300000, "default": 300000, "full": 300000}
EXTRA = ${extra.toFixed(1)}


def work(k):
    total = 0
    for i in range(k):
        total = (total + i * i) % 1000003
    return total


def run(n):
    total = work(n)
    work(int(n * EXTRA))
    return total


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
`;

/** python3 planted.py prints this at every size (the planted copy too: the extra work is discarded). */
const CHECKSUM = '266000';

describe('pyw bench --compare, end to end on the cpython engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyw-compare-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'checksums.json'), JSON.stringify({ planted: { quick: CHECKSUM, default: CHECKSUM, full: CHECKSUM } }));
  copyFileSync(join(DEFAULT_PROGRAMS_DIR, '_driver.py'), join(dir, '_driver.py'));

  const run = async (extra: number): Promise<BenchResults> => {
    writeFileSync(join(dir, 'planted.py'), program(extra));
    const results = await runBenchmarks({
      engines: ['cpython'], references: [], programsDir: dir, size: 'default', metric: 'cpu',
      warmupIterations: 10, minSamples: 20, jobs: 1,
    });
    expect(results.runs.map((r) => [r.program, r.engine, r.status, r.reason])).toEqual([['planted', 'cpython', 'ok', undefined]]);
    // Through JSON and back, as `--compare BASELINE.json` reads a baseline.
    return parseResults(JSON.stringify(results));
  };

  it('flags a planted 30% slowdown as slower and an identical rerun as not significant', async () => {
    const baseline = await run(0);
    const rerun = await run(0);
    const planted = await run(0.3);

    const same = compareResults(baseline, rerun);
    const slower = compareResults(baseline, planted);
    const why = `\nrerun:\n${formatComparison(same)}\nplanted:\n${formatComparison(slower)}`;
    expect(same.verdicts.map((v) => v.verdict), why).toEqual(['not significant']);
    expect(regressions(same, 0), why).toEqual([]);
    expect(slower.verdicts.map((v) => v.verdict), why).toEqual(['slower']);
    expect(slower.verdicts[0]!.change, why).toBeGreaterThan(0.15);
    expect(regressions(slower, 10).map((v) => v.program), why).toEqual(['planted']);
  }, 60_000);
});
