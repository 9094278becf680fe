// Scales and tick positions for the charts: a value in the data's domain to a coordinate in the
// chart's range, linear or logarithmic, and "nice" ticks for either (1-2-5 steps).
//
// Ratios and times go on log axes: a ratio of 2 and one of 0.5 are equally far from 1, and
// iteration times of an engine 50× slower than another still share one readable axis.

export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  ticks(): number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as Scale;
  return Object.assign(scale, { domain, range, ticks: () => linearTicks(d0, d1) });
}

/** A log scale; the domain must be positive (values at or below zero are clamped to the domain's low end). */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  if (!(d0 > 0 && d1 > 0)) throw new RangeError(`a log scale needs a positive domain, got [${d0}, ${d1}]`);
  const [r0, r1] = range;
  const l0 = Math.log(d0);
  const span = Math.log(d1) - l0 || 1;
  const scale = ((v: number) => r0 + ((Math.log(v > 0 ? v : d0) - l0) / span) * (r1 - r0)) as Scale;
  return Object.assign(scale, { domain, range, ticks: () => logTicks(d0, d1) });
}

/** Ticks at 1, 2 or 5 × 10^k apart, about `count` of them, within [lo, hi]. */
export function linearTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const rough = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(roundTick(t, step));
  return ticks;
}

/**
 * Ticks for a log axis: powers of ten when the domain spans several decades, else 1-2-5 steps,
 * else 1-2-3-5-7, else every integer mantissa, choosing the first set that gives at least three ticks (and at most
 * ten). A very narrow domain gets its two ends.
 */
export function logTicks(lo: number, hi: number): number[] {
  if (!(hi > lo && lo > 0)) return [lo];
  for (const mantissas of [[1], [1, 2, 5], [1, 2, 3, 5, 7], [1, 2, 3, 4, 5, 6, 7, 8, 9]]) {
    const ticks: number[] = [];
    for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
      for (const m of mantissas) {
        const t = roundTick(m * 10 ** k, 10 ** k);
        if (t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9)) ticks.push(t);
      }
    }
    if (ticks.length >= 3 && ticks.length <= 10) return ticks;
    if (ticks.length > 10) return ticks.filter((_, i) => i % Math.ceil(ticks.length / 8) === 0);
  }
  return [lo, hi];
}

/** Removes floating-point noise (0.30000000000000004) from a tick that is a multiple of `step`. */
function roundTick(t: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(t.toFixed(Math.min(decimals, 20)));
}

/** The smallest and largest of the finite positive values, or undefined when there are none. */
export function positiveExtent(values: Iterable<number | undefined>): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === undefined || !(v > 0) || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** Widens [lo, hi] by `factor` on each side in log space (and to a least span, for a single value). */
export function padLog([lo, hi]: readonly [number, number], factor: number): [number, number] {
  if (hi / lo < factor) {
    const mid = Math.sqrt(lo * hi);
    return [mid / factor, mid * factor];
  }
  return [lo / factor, hi * factor];
}
