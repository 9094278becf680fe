// pyperf's JSON document (format version "1.0", written by pyperf 1.0 and later), as types, with the
// rules its reader (pyperf/_bench.py, _metadata.py) applies, so what we write loads in pyperf's tools.
//
// A file is one BenchmarkSuite: {"version": "1.0", "metadata": {...}, "benchmarks": [...]}. A
// benchmark is {"metadata": {...}, "runs": [...]}; a run (one worker process) is {"metadata": {...},
// "warmups": [[loops, value], ...], "values": [...]}. Values are seconds (metadata "unit", default
// "second") per loop iteration — a raw timing divided by loops × inner_loops; warm-ups likewise.
// A run without values is a calibration run. Metadata is inherited: suite, then benchmark, then
// run, the later overriding; pyperf writes each key at the highest level where it is common. Every
// benchmark needs a "name". Values must be > 0, warm-up values >= 0, loops whole numbers >= 1;
// metadata values are str (non-empty, no newline, stripped on reading), int, float, or a list for
// "tags"; "date" is "YYYY-MM-DD HH:MM:SS[.ffffff]" (local time, space separator); durations seconds.

export const PYPERF_VERSION = '1.0';

export type PyperfMetadataValue = string | number | readonly string[];
export type PyperfMetadata = Readonly<Record<string, PyperfMetadataValue>>;

export interface PyperfRun {
  readonly metadata?: PyperfMetadata;
  /** [loops, seconds per loop] */
  readonly warmups?: readonly (readonly [number, number])[];
  readonly values?: readonly number[];
}

export interface PyperfBenchmark {
  readonly metadata?: PyperfMetadata;
  readonly runs: readonly PyperfRun[];
}

export interface PyperfSuite {
  readonly version: typeof PYPERF_VERSION;
  readonly metadata?: PyperfMetadata;
  readonly benchmarks: readonly PyperfBenchmark[];
}

/** The smallest value we write: pyperf refuses a value of 0 (a CPU clock can read 0 for a very short iteration). */
export const SMALLEST_VALUE = 1e-9;

/** The suite as pyperf dumps it: keys sorted at every level, compact, one line and a newline. */
export function formatPyperf(suite: PyperfSuite): string {
  return `${JSON.stringify(sortKeys(suite))}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** An ISO 8601 time as pyperf writes a date: "2025-03-14 09:26:53.000000" (UTC here: we know no better). */
export function pyperfDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.replace('T', ' ').replace(/Z$/, '');
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:`
    + `${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds() * 1000, 6)}`;
}

/** A metadata str as pyperf accepts it: stripped, one line; undefined when nothing is left. */
export function metadataString(text: string | undefined): string | undefined {
  const flat = text?.replace(/[\r\n]+/g, ' ').trim();
  return flat ? flat : undefined;
}
