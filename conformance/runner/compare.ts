// Comparing what an engine printed with what python3 printed: exact, stream by stream.
//
// Before comparing, the case's absolute folder is taken out of both streams (python3 reports
// `File "/abs/dir/name.py"` in tracebacks and an absolute `__file__`); the regeneration script
// does the same to python3's output, so expectations name no machine and an engine may report
// either the absolute or the relative path. Then stdout, stderr and the exit code are compared in
// that order, and the first difference is described by stream, line number and the two lines.

/** `dir/` becomes nothing and a bare `dir` becomes `.`, as scripts/regenerate-conformance.py does. */
export function normaliseOutput(text: string, caseDir: string): string {
  return text.split(`${caseDir}/`).join('').split(caseDir).join('.');
}

export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Where an engine's outcome first departs from the expectation. */
export interface Difference {
  readonly stream: 'stdout' | 'stderr' | 'exitCode';
  /** 1-based line of the stream (absent for the exit code). */
  readonly line?: number;
  /** The expected line (or exit code); null past the end of the stream. */
  readonly expected: string | null;
  readonly actual: string | null;
}

/** The first difference, or null when the two agree exactly. */
export function firstDifference(expected: Outcome, actual: Outcome): Difference | null {
  for (const stream of ['stdout', 'stderr'] as const) {
    if (expected[stream] === actual[stream]) continue;
    // Lines keep their '\n', so a missing final newline shows up as a difference on that line.
    const want = splitLines(expected[stream]);
    const got = splitLines(actual[stream]);
    let i = 0;
    while (i < want.length && i < got.length && want[i] === got[i]) i++;
    return { stream, line: i + 1, expected: want[i] ?? null, actual: got[i] ?? null };
  }
  if (expected.exitCode !== actual.exitCode) {
    return { stream: 'exitCode', expected: String(expected.exitCode), actual: String(actual.exitCode) };
  }
  return null;
}

/** Lines with their terminators. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
