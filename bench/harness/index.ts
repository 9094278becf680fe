// The benchmark harness (`pyw bench`): runs the benchmark programs on engines, each (program, engine)
// pair in a process of its own timed by tinybench, and on the reference interpreters timed by the
// programs' driver, and returns one BenchResults document. See bench/README.md.

export { type BenchOptions, type BenchProgress, runBenchmarks } from './run.js';
export { DEFAULT_JOBS, isSizeName, planIterations, SIZE_DEFAULTS, SIZE_NAMES, type SizeSettings } from './settings.js';
export { computePhases, settledAt } from './phases.js';
export { type BenchProgram, findPrograms } from './programs.js';
export { DEFAULT_CHECKSUMS_FILE, DEFAULT_PROGRAMS_DIR } from './paths.js';
export { findRun, geometricMeanRatio, phaseTime, ratio, type Phase } from '../results/ratios.js';
