// The statistics behind every summary and comparison: checked against published t-table values and
// small hand-checkable samples.

import { describe, expect, it } from 'vitest';
import { geometricMean, quantile, summarise } from './statistics.js';
import { studentTCdf, tCritical, twoSidedPValue } from './student-t.js';

describe("Student's t", () => {
  it.each([
    [1, 12.7062],
    [2, 4.3027],
    [5, 2.5706],
    [10, 2.2281],
    [30, 2.0423],
    [1000, 1.9623],
  ])('two-sided 95%% critical value for df=%i is %f', (df, expected) => {
    expect(tCritical(df)).toBeCloseTo(expected, 3);
  });

  it('the CDF is symmetric and the p-value of t=0 is 1', () => {
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(1.5, 7) + studentTCdf(-1.5, 7)).toBeCloseTo(1, 12);
    expect(twoSidedPValue(0, 7)).toBeCloseTo(1, 12);
    // t = 2.2281 with 10 degrees of freedom is the 5% two-sided point.
    expect(twoSidedPValue(2.2281, 10)).toBeCloseTo(0.05, 4);
  });
});

describe('summaries', () => {
  it('quantiles interpolate linearly between sorted values', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 12);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('summarise gives mean, median, spread and the relative margin of error', () => {
    const s = summarise([10, 12, 11, 13, 9]);
    expect(s).toMatchObject({ samples: 5, mean: 11, median: 11, min: 9, max: 13 });
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    // moe = sd / sqrt(5) * t(4) = 1.5811 / 2.2361 * 2.7764
    expect(s.rme).toBeCloseTo(((Math.sqrt(2.5) / Math.sqrt(5)) * 2.7764 / 11) * 100, 2);
    expect(summarise([4]).rme).toBe(0);
  });

  it('geometric mean', () => {
    expect(geometricMean([1, 4])).toBeCloseTo(2, 12);
    expect(geometricMean([])).toBeNaN();
  });
});
