// The conformance runner's public face: run the suite on engines, get data, format it.
// See conformance/README.md for the layout of cases and how expectations are made.

export { type ConformanceCase, type Expectation, findCases, globFilter, readExpectation } from './cases.js';
export { type Difference, firstDifference, normaliseOutput } from './compare.js';
export { ENGINE_MODULES, loadEngineModules } from './engine-modules.js';
export { formatReport, formatSummaryTable } from './format.js';
export {
  type CaseResult, type CaseStatus, type ConformanceOptions, type ConformanceReport, DEFAULT_JOBS, DEFAULT_TIMEOUT_MS,
  runConformance, summarise, type SummaryRow,
} from './run.js';
