// Splitting iterations into phases and finding where timings settled, on synthetic timings.

import { describe, expect, it } from 'vitest';
import type { IterationTiming } from '../results/schema.js';
import { computePhases, settledAt } from './phases.js';

/** Iterations whose CPU times are `cpu` and whose wall times are twice that. */
const timings = (...cpu: number[]): IterationTiming[] => cpu.map((c) => ({ cpuMs: c, wallMs: 2 * c }));

describe('computePhases', () => {
  it('takes iteration 0 as cold, the next W as warm-up and the rest as the steady sample', () => {
    const p = computePhases(timings(50, 30, 20, 10, 11, 9, 10), 2, 'cpu');
    expect(p.cold).toEqual({ cpuMs: 50, wallMs: 100 });
    expect(p.warmup).toEqual({ start: 1, end: 3 });
    expect(p.steady).toEqual({ start: 3, end: 7 });
    expect(p.steadyCpu.samples).toBe(4);
    expect(p.steadyCpu.median).toBe(10);
    expect(p.steadyWall.median).toBe(20);
    expect(p.steadyCpu.min).toBe(9);
  });

  it('gives up warm-up before the steady sample when there are fewer iterations than planned', () => {
    expect(computePhases(timings(5, 4, 3), 5, 'cpu')).toMatchObject({ warmup: { start: 1, end: 2 }, steady: { start: 2, end: 3 } });
    expect(computePhases(timings(5, 4), 5, 'cpu')).toMatchObject({ warmup: { start: 1, end: 1 }, steady: { start: 1, end: 2 } });
    const one = computePhases(timings(5), 2, 'cpu');
    expect(one.steady).toEqual({ start: 0, end: 1 });
    expect(one.steadyCpu.median).toBe(5);
    expect(() => computePhases([], 2, 'cpu')).toThrow(/no iterations/);
  });

  it('finds the settling point by the chosen clock', () => {
    // CPU settles at iteration 3; wall has a late outlier that never settles.
    const iterations = [...timings(40, 25, 15, 10, 10, 10, 10, 10)];
    iterations[7] = { cpuMs: 10, wallMs: 90 };
    expect(computePhases(iterations, 2, 'cpu').settledAt).toBe(3);
    expect(computePhases(iterations, 2, 'wall').settledAt).toBe(8);
  });
});

describe('settledAt', () => {
  it('is the first iteration from which all stay within 5% of the median', () => {
    expect(settledAt([30, 12, 10.4, 9.6, 10, 10.2], 10, 0)).toBe(2);
    expect(settledAt([10, 10, 10], 10, 0)).toBe(0);
    // A JIT still warming during the sample: settled only at its end.
    expect(settledAt([30, 20, 15, 12, 10.5, 10], 10, 0)).toBe(4);
  });

  it('widens the band to twice the relative margin of error of a noisy sample', () => {
    expect(settledAt([30, 12, 10], 10, 0)).toBe(2);
    expect(settledAt([30, 12, 10], 10, 10)).toBe(1);
  });

  it('is the number of iterations when the last one is outside the band', () => {
    expect(settledAt([10, 10, 20], 10, 0)).toBe(3);
  });
});
