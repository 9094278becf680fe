// Is the difference between two sets of timing samples real? The test pyperf's compare_to uses:
// Student's two-sample, two-tailed t-test with pooled variance, significant at alpha = 0.05.
//
// pyperf (pyperf/_utils.py, is_significant) computes t = (mean1 − mean2) / sqrt(2 · s²/n) with the
// pooled variance s² = (SS1 + SS2) / (n1 + n2 − 2), and calls it significant when |t| reaches the
// 95% critical value of a table for n1 + n2 − 2 degrees of freedom. Where we differ, on purpose:
// - samples of different sizes are allowed (pyperf raises and then counts the pair as significant):
//   the general pooled form, s²·(1/n1 + 1/n2), which is pyperf's formula when n1 = n2;
// - the p-value is exact (bench/results/student-t.ts), not a table lookup, so `alpha` can change;
// - one sample on each side gives no test at all (pyperf calls that significant): with no spread
//   to judge by, a regression gate must not fail on it;
// - zero spread on both sides (pyperf divides by zero and calls it significant): equal means are
//   not significant, different means are (t is infinite), which is what exact data says.

import { mean } from '../results/statistics.js';
import { twoSidedPValue } from '../results/student-t.js';

export interface SignificanceTest {
  /** The t statistic, positive when `current`'s mean is larger (slower, for timings). */
  readonly t: number;
  /** Degrees of freedom: n1 + n2 − 2. */
  readonly df: number;
  /** Two-sided p-value: the chance of a difference at least this large if both came from one distribution. */
  readonly pValue: number;
  /** pValue < alpha. */
  readonly significant: boolean;
}

/** The default significance level: pyperf's 95% confidence. */
export const DEFAULT_ALPHA = 0.05;

function sumOfSquares(values: readonly number[], m: number): number {
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return sum;
}

/**
 * Student's pooled two-sample t-test of `current` against `baseline`. Undefined when it cannot be
 * computed: a side without samples, or fewer than three samples in all (no degree of freedom).
 */
export function studentTTest(baseline: readonly number[], current: readonly number[], alpha = DEFAULT_ALPHA): SignificanceTest | undefined {
  const n1 = baseline.length;
  const n2 = current.length;
  const df = n1 + n2 - 2;
  if (n1 === 0 || n2 === 0 || df < 1) return undefined;
  const m1 = mean(baseline);
  const m2 = mean(current);
  const pooledVariance = (sumOfSquares(baseline, m1) + sumOfSquares(current, m2)) / df;
  const standardError = Math.sqrt(pooledVariance * (1 / n1 + 1 / n2));
  const diff = m2 - m1;
  // Rounding leaves a trace of spread or difference in samples that are all equal: below this
  // fraction of the values' size, a spread or a difference counts as none.
  const scale = 1e-12 * Math.max(Math.abs(m1), Math.abs(m2), Number.MIN_VALUE);
  let t: number;
  if (standardError > scale) t = diff / standardError;
  else if (Math.abs(diff) > scale) t = diff > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  else t = 0;
  const pValue = t === 0 ? 1 : twoSidedPValue(t, df);
  return { t, df, pValue, significant: pValue < alpha };
}
