// `pyw report` as a library: the conformance suite and the benchmarks on every engine into one HTML
// page and terminal tables (run.ts, terminal.ts), and writing results in any format (output.ts).

export { failedPairs, type Report, type ReportOptions, type ReportProgress, runReport } from './run.js';
export { formatReportForTerminal } from './terminal.js';
export { OUTPUT_FORMATS, type OutputFormat, renderResults, writeResults, type Written } from './output.js';

/** Where `pyw report` writes its page unless told otherwise (in the current folder). */
export const DEFAULT_REPORT_FILE = 'pyworkbench-report.html';
