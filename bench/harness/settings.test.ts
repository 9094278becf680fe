// Cutting a slow pair's iterations to its time budget.

import { describe, expect, it } from 'vitest';
import { planIterations, SIZE_DEFAULTS } from './settings.js';

describe('planIterations', () => {
  const planned = { warmupIterations: 2, minSamples: 5 };

  it('keeps the plan when the iterations fit the budget', () => {
    expect(planIterations(planned, 100, 1000)).toEqual(planned);
    expect(planIterations(planned, 0, 1000)).toEqual(planned);
  });

  it('runs as many as fit, warm-up given up first', () => {
    expect(planIterations(planned, 200, 1000)).toEqual({ warmupIterations: 1, minSamples: 4 });
    expect(planIterations(planned, 300, 1000)).toEqual({ warmupIterations: 1, minSamples: 2 });
  });

  it('never goes below two steady samples (or the samples asked for, when fewer)', () => {
    expect(planIterations(planned, 5000, 1000)).toEqual({ warmupIterations: 0, minSamples: 2 });
    expect(planIterations({ warmupIterations: 0, minSamples: 1 }, 5000, 1000)).toEqual({ warmupIterations: 0, minSamples: 1 });
  });

  it('has defaults for every size, growing with it', () => {
    expect(SIZE_DEFAULTS.quick.pairBudgetMs).toBeLessThan(SIZE_DEFAULTS.default.pairBudgetMs);
    expect(SIZE_DEFAULTS.default.pairBudgetMs).toBeLessThan(SIZE_DEFAULTS.full.pairBudgetMs);
  });
});
