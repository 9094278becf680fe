// CPython 3.11's printer for uncaught exceptions, as a kernel over plain data:
// an engine describes the exception (report.ts) and gets back the exact text
// `python3` writes to stderr.

export { formatException, formatUnraisable } from './format-exception.js';
export {
  exceptionTypeName,
  type ExceptionReport, type FormatOptions, type FrameSummary, type SourceLineReader,
} from './report.js';
