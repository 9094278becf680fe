// The scales and ticks the charts are drawn with: positions monotone and exact at the ends, log
// ticks inside their domain and sensibly many, padding symmetric in log space.

import { describe, expect, it } from 'vitest';
import { linearScale, linearTicks, logScale, logTicks, padLog, positiveExtent } from './scale.js';

describe('logScale', () => {
  const x = logScale([0.1, 10], [0, 200]);
  it('maps the ends and the geometric middle exactly', () => {
    expect(x(0.1)).toBeCloseTo(0);
    expect(x(10)).toBeCloseTo(200);
    expect(x(1)).toBeCloseTo(100);
  });
  it('puts equal factors at equal distances', () => {
    expect(x(2) - x(1)).toBeCloseTo(x(1) - x(0.5));
  });
  it('is monotone, also on an inverted range (a y axis)', () => {
    const values = [0.1, 0.2, 0.33, 0.9, 1, 1.01, 3, 9.99, 10];
    const xs = values.map(x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    const y = logScale([1, 1000], [100, 0]);
    expect(y(10)).toBeGreaterThan(y(100));
  });
  it('refuses a domain that is not positive', () => {
    expect(() => logScale([0, 1], [0, 1])).toThrow(RangeError);
  });
});

describe('logTicks', () => {
  it('uses powers of ten across several decades', () => {
    expect(logTicks(0.05, 200)).toEqual([0.1, 1, 10, 100]);
  });
  it('uses 1-2-5 steps over about a decade', () => {
    expect(logTicks(0.9, 11)).toEqual([1, 2, 5, 10]);
  });
  it('gives at least three ticks inside a narrow domain', () => {
    const ticks = logTicks(230, 1000);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(10);
    for (const t of ticks) expect(t >= 230 && t <= 1000).toBe(true);
  });
  it('falls back to the ends of a very narrow domain', () => {
    expect(logTicks(100, 101)).toEqual([100, 101]);
  });
});

describe('linear scale and ticks', () => {
  it('maps linearly', () => {
    const x = linearScale([0, 10], [50, 150]);
    expect(x(5)).toBe(100);
  });
  it('ticks in 1-2-5 steps without floating-point noise', () => {
    expect(linearTicks(0, 15)).toEqual([0, 5, 10, 15]);
    expect(linearTicks(0, 0.7)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(linearTicks(0, 0.7, 7)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });
});

describe('extent and padding', () => {
  it('ignores missing, zero and non-finite values', () => {
    expect(positiveExtent([undefined, 0, 3, Infinity, 0.5, NaN])).toEqual([0.5, 3]);
    expect(positiveExtent([undefined])).toBeUndefined();
  });
  it('pads by a factor each side, and widens a single value', () => {
    expect(padLog([1, 10], 2)).toEqual([0.5, 20]);
    const [lo, hi] = padLog([4, 4], 2);
    expect(lo).toBeCloseTo(2);
    expect(hi).toBeCloseTo(8);
  });
});
