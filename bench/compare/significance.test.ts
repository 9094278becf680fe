import { describe, expect, it } from 'vitest';
import { studentTTest } from './significance.js';

describe('studentTTest', () => {
  // Reference values from scipy.stats.ttest_ind (equal_var=True, the pooled test), scipy 1.17.
  it("matches scipy's pooled two-sample t-test", () => {
    const data1 = [89.2, 78.2, 89.3, 88.3, 87.3, 90.1, 95.2, 94.3, 78.3, 89.3];
    const data2 = [79.3, 78.3, 85.3, 79.3, 88.9, 91.2, 87.2, 89.2, 93.3, 79.9];
    const test = studentTTest(data1, data2)!;
    expect(test.t).toBeCloseTo(-1.094722972460392, 10);
    expect(test.df).toBe(18);
    expect(test.pValue).toBeCloseTo(0.2880709832314241, 8);
    expect(test.significant).toBe(false);
  });

  it('allows samples of different sizes (pyperf refuses them)', () => {
    const test = studentTTest([10, 11, 12, 13], [10.5, 11, 12.5, 14, 15, 9])!;
    expect(test.t).toBeCloseTo(0.39670776294437177, 10);
    expect(test.df).toBe(8);
    expect(test.pValue).toBeCloseTo(0.7019553207971357, 8);
  });

  it('is significant when the means are far apart for their spread', () => {
    const test = studentTTest([1, 2, 3], [4, 5, 6])!;
    expect(test.t).toBeCloseTo(3.6742346141747673, 10);
    expect(test.pValue).toBeCloseTo(0.021311636589797133, 8);
    expect(test.significant).toBe(true);
    expect(studentTTest([1, 2, 3], [4, 5, 6], 0.01)!.significant).toBe(false);
  });

  it('gives the sign of the change: positive when current is larger', () => {
    expect(studentTTest([4, 5, 6], [1, 2, 3])!.t).toBeLessThan(0);
  });

  it('handles zero spread: equal means are not significant, different means are', () => {
    expect(studentTTest([5, 5, 5], [5, 5, 5])).toMatchObject({ t: 0, pValue: 1, significant: false });
    expect(studentTTest([0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2], [0.3, 0.3, 0.3])).toMatchObject({ pValue: 1, significant: false });
    expect(studentTTest([5, 5, 5], [6, 6, 6])).toMatchObject({ t: Number.POSITIVE_INFINITY, pValue: 0, significant: true });
  });

  it('has no answer without a degree of freedom', () => {
    expect(studentTTest([1], [2])).toBeUndefined();
    expect(studentTTest([], [1, 2, 3])).toBeUndefined();
    // One sample against several is testable: the spread comes from the other side.
    expect(studentTTest([10], [1, 1.1, 0.9, 1.05])!.significant).toBe(true);
  });
});
