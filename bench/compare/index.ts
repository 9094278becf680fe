// Comparing two benchmark runs (`pyw bench --compare BASELINE.json`): per (program, engine) pair
// faster, slower, not significant or incomparable, judged as pyperf's compare_to judges them
// (significance.ts), with a minimum change below which a difference does not count (compare.ts),
// formatted for a terminal and for Markdown (format.ts). `regressions` is the CI gate of
// `--fail-on-regression PCT`.

export {
  type CompareOptions,
  type Comparison,
  compareResults,
  DEFAULT_THRESHOLD,
  type ProgramVerdict,
  regressions,
  type Verdict,
} from './compare.js';
export { formatComparison, formatComparisonMarkdown } from './format.js';
export { DEFAULT_ALPHA, type SignificanceTest, studentTTest } from './significance.js';
