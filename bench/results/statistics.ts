// Descriptive statistics of timing samples, defined as tinybench defines them, so an engine timed
// by tinybench and a reference interpreter timed by its own driver are summarised alike.
//
// Quantiles interpolate linearly between sorted samples; the variance is the sample variance
// (n - 1); the relative margin of error is the 95% confidence half-width of the mean (Student's t
// for n - 1 degrees of freedom) as a percentage of the mean.

import { tCritical } from './student-t.js';

export interface SampleSummary {
  /** How many samples. */
  readonly samples: number;
  readonly mean: number;
  readonly median: number;
  readonly p75: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
  /** Sample standard deviation. */
  readonly sd: number;
  /** Relative margin of error at 95% confidence, in percent of the mean (0 with one sample). */
  readonly rme: number;
}

/** The q-quantile (0..1) of sorted values, interpolating linearly. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below]!;
  if (position === below) return low;
  return low + (position - below) * (sorted[below + 1]! - low);
}

export function mean(values: readonly number[]): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m += (values[i]! - m) / (i + 1);
  return values.length ? m : Number.NaN;
}

/** Sample variance (divides by n - 1); 0 for fewer than two values. */
export function variance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return sum / (values.length - 1);
}

export function summarise(values: readonly number[]): SampleSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const m = mean(sorted);
  const sd = Math.sqrt(variance(sorted));
  const moe = n > 1 ? (sd / Math.sqrt(n)) * tCritical(n - 1) : 0;
  return {
    samples: n,
    mean: m,
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    p99: quantile(sorted, 0.99),
    min: n ? sorted[0]! : Number.NaN,
    max: n ? sorted[n - 1]! : Number.NaN,
    sd,
    rme: m === 0 ? 0 : (moe / Math.abs(m)) * 100,
  };
}

/** The geometric mean of positive values (NaN when there are none). */
export function geometricMean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let logs = 0;
  for (const v of values) logs += Math.log(v);
  return Math.exp(logs / values.length);
}
