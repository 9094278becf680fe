// The conformance results for a terminal: a table per category × engine, then each failure.
//
// The table has one row per category (and an 'all' row), and for each engine the cases passed
// out of those run, plus how many failed. Below it, every case that did not pass, with its first
// differing line (stream, line number, expected and actual, shown as JSON strings so that
// whitespace and a missing newline are visible) or what happened to it (crash, timeout).

import Table from 'cli-table3';
import type { Difference } from './compare.js';
import { type CaseResult, type ConformanceReport, summarise } from './run.js';

/** No colours: the output is also read in CI logs and compared in tests. */
const PLAIN_STYLE = { head: [] as string[], border: [] as string[], compact: true };

export function formatSummaryTable(report: ConformanceReport): string {
  const head = ['category', ...report.engines.flatMap((e) => [`${e} passed`, 'failed'])];
  const table = new Table({ head, style: PLAIN_STYLE, colAligns: ['left', ...report.engines.flatMap(() => ['right', 'right'] as const)] });
  for (const row of summarise(report)) {
    table.push([row.category, ...report.engines.flatMap((e) => {
      const cell = row.perEngine[e]!;
      return [`${cell.passed}/${cell.total}`, String(cell.failed)];
    })]);
  }
  return table.toString();
}

export function formatDifference(d: Difference): string {
  const show = (s: string | null): string => (s === null ? '<end of output>' : JSON.stringify(s));
  if (d.stream === 'exitCode') return `exit code: expected ${d.expected}, got ${d.actual}`;
  return `${d.stream} line ${d.line}:\n    expected ${show(d.expected)}\n    actual   ${show(d.actual)}`;
}

export function formatFailure(r: CaseResult): string {
  const what = r.difference ? formatDifference(r.difference) : (r.detail ?? '');
  return `${r.status.toUpperCase()} ${r.id} [${r.engine}]: ${what.split('\n').join('\n  ')}`;
}

/** The whole report: the table, then the failures (or a line saying there were none). */
export function formatReport(report: ConformanceReport): string {
  if (report.cases === 0) return 'no conformance cases matched\n';
  const failures = report.results.filter((r) => r.status !== 'pass');
  const lines = [formatSummaryTable(report), ''];
  if (failures.length === 0) lines.push(`all ${report.results.length} runs passed`);
  else lines.push(`${failures.length} of ${report.results.length} runs did not pass:`, ...failures.map(formatFailure));
  return `${lines.join('\n')}\n`;
}
