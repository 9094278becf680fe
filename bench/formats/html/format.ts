// How numbers read in the report: times with three significant figures in the unit that suits
// them, ratios as "2.31×" and in words ("3.4× slower"), bytes in binary units, percentages.

export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms >= 1000) return `${significant(ms / 1000)} s`;
  if (ms >= 1) return `${significant(ms)} ms`;
  return `${significant(ms * 1000)} µs`;
}

/** Three significant figures, without trailing zeros past the point and without exponents. */
export function significant(x: number, digits = 3): string {
  if (x === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return x.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** A ratio to the baseline (baseline time / engine time). */
export function formatRatio(r: number | undefined): string {
  if (r === undefined || !Number.isFinite(r)) return '–';
  return `${significant(r)}×`;
}

/** The same ratio in words: "3.4× slower", "1.8× faster", "same speed". */
export function describeRatio(r: number | undefined): string {
  if (r === undefined || !Number.isFinite(r)) return 'no ratio';
  if (Math.abs(Math.log(r)) < Math.log(1.005)) return 'same speed';
  return r > 1 ? `${significant(r, 2)}× faster` : `${significant(1 / r, 2)}× slower`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${significant(value)} ${units[unit]}`;
}

export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction === 1 || fraction === 0 ? 0 : 1)}%`;
}
