import { describe, expect, it } from 'vitest';
import { prng } from '../../test/support/prng.js';
import { compareResults, type ProgramVerdict, regressions } from './compare.js';
import { SYNTHETIC_WALL_FACTOR, type SyntheticRun, syntheticResults } from './synthetic.js';

/**
 * `n` timings around `center` ms: Gaussian noise of relative spread `cv`, plus, like a shared
 * machine, one sample in twenty delayed by up to 30%. Deterministic for a seed.
 */
function noisy(center: number, n: number, seed: number, cv = 0.03): number[] {
  const random = prng(seed);
  return Array.from({ length: n }, () => {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const outlier = random() < 0.05 ? 1 + 0.3 * random() : 1;
    return center * (1 + cv * gaussian) * outlier;
  });
}

function pair(baseline: readonly number[], current: readonly number[], threshold?: number): ProgramVerdict {
  const c = compareResults(
    syntheticResults([{ program: 'p', engine: 'e', samples: baseline }]),
    syntheticResults([{ program: 'p', engine: 'e', samples: current }]),
    threshold === undefined ? {} : { threshold },
  );
  expect(c.verdicts).toHaveLength(1);
  return c.verdicts[0]!;
}

describe('compareResults verdicts', () => {
  it('calls a 30% slowdown slower', () => {
    const v = pair(noisy(40, 20, 1), noisy(52, 20, 2));
    expect(v.verdict).toBe('slower');
    expect(v.change).toBeGreaterThan(0.25);
    expect(v.change).toBeLessThan(0.35);
    expect(v.pValue).toBeLessThan(0.001);
    expect(v.tScore).toBeGreaterThan(0);
  });

  it('calls a 30% speed-up faster', () => {
    const v = pair(noisy(52, 20, 3), noisy(40, 20, 4));
    expect(v.verdict).toBe('faster');
    expect(v.change).toBeLessThan(-0.2);
    expect(v.tScore).toBeLessThan(0);
  });

  it('calls identical distributions not significant, whatever the seed', () => {
    for (let seed = 100; seed < 140; seed += 2) {
      const v = pair(noisy(40, 20, seed), noisy(40, 20, seed + 1));
      expect(v.verdict, `seed ${seed}`).toBe('not significant');
      expect(Math.abs(v.change), `seed ${seed}`).toBeLessThan(0.05);
    }
  });

  it('needs a change of at least the threshold, however significant', () => {
    const baseline = noisy(40, 200, 5, 0.005);
    const current = noisy(40 * 1.05, 200, 6, 0.005);
    const strict = pair(baseline, current, 0);
    expect(strict.verdict).toBe('slower');
    const practical = pair(baseline, current);
    expect(practical.verdict).toBe('not significant');
    expect(practical.pValue).toBeLessThan(0.001);
    expect(practical.reason).toBe('below the 10% minimum change');
    // The threshold is a speed factor either way: 1.05x faster is also below 10%.
    expect(pair(current, baseline).verdict).toBe('not significant');
    expect(pair(current, baseline, 0).verdict).toBe('faster');
  });

  it('does not test a single sample on each side', () => {
    const v = pair([40], [80]);
    expect(v.verdict).toBe('not significant');
    expect(v.reason).toBe('too few samples for a significance test');
    expect(v.change).toBeCloseTo(1, 10);
    expect(v.pValue).toBeUndefined();
  });

  it('handles samples without spread', () => {
    expect(pair([40, 40, 40], [40, 40, 40]).verdict).toBe('not significant');
    expect(pair([40, 40, 40], [52, 52, 52]).verdict).toBe('slower');
    expect(pair([40, 40, 40], [40.4, 40.4, 40.4]).verdict).toBe('not significant');
  });

  it('calls a pair incomparable when either side has no ok run, and says why', () => {
    const samples = noisy(40, 10, 7);
    const baseline = syntheticResults([
      { program: 'a', engine: 'e', samples },
      { program: 'b', engine: 'e', status: 'unsupported', reason: "ModuleNotFoundError: No module named 're'" },
      { program: 'c', engine: 'e', samples },
      { program: 'd', engine: 'e', samples },
      { program: 'f', engine: 'e', status: 'timeout' },
    ]);
    const current = syntheticResults([
      { program: 'a', engine: 'e', samples },
      { program: 'b', engine: 'e', status: 'unsupported', reason: "ModuleNotFoundError: No module named 're'" },
      { program: 'c', engine: 'e', status: 'error', reason: 'ZeroDivisionError: division by zero' },
      { program: 'e', engine: 'e', samples },
      { program: 'f', engine: 'e', status: 'wrong-checksum' },
    ]);
    const byProgram = Object.fromEntries(compareResults(baseline, current).verdicts.map((v) => [v.program, v]));
    expect(Object.keys(byProgram)).toEqual(['a', 'b', 'c', 'e', 'f', 'd']);
    expect(byProgram.a!.verdict).toBe('not significant');
    for (const p of ['b', 'c', 'd', 'e', 'f']) {
      expect(byProgram[p]!.verdict, p).toBe('incomparable');
      expect(Number.isNaN(byProgram[p]!.change), p).toBe(true);
    }
    expect(byProgram.b!.reason).toBe("unsupported: ModuleNotFoundError: No module named 're' in both");
    expect(byProgram.c!.reason).toBe('current error: ZeroDivisionError: division by zero');
    expect(byProgram.d!.reason).toBe('missing in current run');
    expect(byProgram.e!.reason).toBe('missing in baseline');
    expect(byProgram.f!.reason).toBe('baseline timeout; current wrong checksum');
  });

  it('refuses to compare different sizes or different work, with a warning', () => {
    const runs: SyntheticRun[] = [{ program: 'a', engine: 'e', samples: noisy(40, 10, 8) }];
    const quick = syntheticResults(runs);
    const c = compareResults(quick, syntheticResults(runs, { size: 'default' }));
    expect(c.verdicts[0]).toMatchObject({ verdict: 'incomparable', reason: 'size differs: baseline quick, current default' });
    expect(c.warnings.join('\n')).toContain('different sizes');
    const moreWork = syntheticResults(runs, { programs: [{ ...quick.programs[0]!, work: 200 }] });
    expect(compareResults(quick, moreWork).verdicts[0]).toMatchObject({ verdict: 'incomparable', reason: 'work differs: baseline n=100, current n=200' });
  });

  it("compares by the current run's metric and warns when the baseline used another", () => {
    const baseline = syntheticResults([{ program: 'a', engine: 'e', samples: [10, 10, 10] }]);
    const current = syntheticResults([{ program: 'a', engine: 'e', samples: [10, 10, 10] }], { metric: 'wall' });
    const c = compareResults(baseline, current);
    expect(c.metric).toBe('wall');
    expect(c.verdicts[0]!.currentMedian).toBeCloseTo(10 * SYNTHETIC_WALL_FACTOR, 10);
    expect(c.warnings).toEqual(['the baseline was ranked by CPU time and the current run by wall time: both compared by wall time']);
    expect(compareResults(baseline, baseline).warnings).toEqual([]);
    expect(compareResults(baseline, current, { metric: 'cpu' }).verdicts[0]!.currentMedian).toBe(10);
  });

  it('gives each engine the geometric mean of its changes over comparable pairs', () => {
    const baseline = syntheticResults([
      { program: 'a', engine: 'x', samples: [10, 10, 10] },
      { program: 'b', engine: 'x', samples: [10, 10, 10] },
      { program: 'c', engine: 'x', samples: [10, 10, 10] },
      { program: 'a', engine: 'y', status: 'unsupported', reason: 'no' },
    ]);
    const current = syntheticResults([
      { program: 'a', engine: 'x', samples: [13, 13, 13] },
      { program: 'b', engine: 'x', samples: [10, 10, 10] },
      { program: 'c', engine: 'x', status: 'error', reason: 'boom' },
      { program: 'a', engine: 'y', status: 'unsupported', reason: 'no' },
    ]);
    const c = compareResults(baseline, current);
    expect(c.engines).toEqual(['x', 'y']);
    expect(c.geometricMeanChange.x).toBeCloseTo(Math.sqrt(1.3) - 1, 10);
    expect(c.geometricMeanChange.y).toBeUndefined();
  });
});

describe('regressions', () => {
  const baseline = syntheticResults([
    { program: 'slow30', engine: 'e', samples: noisy(40, 20, 10) },
    { program: 'slow15', engine: 'e', samples: noisy(40, 20, 11) },
    { program: 'fast', engine: 'e', samples: noisy(40, 20, 12) },
    { program: 'same', engine: 'e', samples: noisy(40, 20, 13) },
  ]);
  const current = syntheticResults([
    { program: 'slow30', engine: 'e', samples: noisy(52, 20, 14) },
    { program: 'slow15', engine: 'e', samples: noisy(46, 20, 15, 0.01) },
    { program: 'fast', engine: 'e', samples: noisy(20, 20, 16) },
    { program: 'same', engine: 'e', samples: noisy(40, 20, 17) },
  ]);
  const c = compareResults(baseline, current);
  const names = (pct: number): string[] => regressions(c, pct).map((v) => v.program);

  it('lists the significant slowdowns larger than the percentage', () => {
    expect(c.verdicts.map((v) => v.verdict)).toEqual(['slower', 'slower', 'faster', 'not significant']);
    expect(names(0)).toEqual(['slow30', 'slow15']);
    expect(names(5)).toEqual(['slow30', 'slow15']);
    expect(names(20)).toEqual(['slow30']);
    expect(names(50)).toEqual([]);
  });
});
