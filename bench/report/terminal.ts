// `pyw report` on a terminal: the conformance table (category × engine), a line counting the runs
// that did not pass (listed one by one in the HTML page), the benchmark table (which names each
// failed pair), a line counting the failed pairs, and how long each half took.

import { formatSummaryTable } from '../../conformance/runner/format.js';
import { renderTable } from '../formats/table.js';
import { failedPairs, type Report } from './run.js';

export function formatReportForTerminal(report: Report): string {
  const { conformance, results } = report;
  const lines: string[] = ['Conformance', ''];
  if (conformance.cases === 0) lines.push('no conformance cases matched');
  else {
    lines.push(formatSummaryTable(conformance));
    const notPassed = conformance.results.filter((r) => r.status !== 'pass').length;
    lines.push(notPassed === 0
      ? `all ${conformance.results.length} runs passed`
      : `${notPassed} of ${conformance.results.length} runs did not pass (each is listed in the HTML report)`);
  }
  lines.push('', 'Benchmarks', '');
  if (results.programs.length === 0) lines.push('no benchmark program matched');
  else lines.push(renderTable(results).trimEnd());
  const failed = failedPairs(results).length;
  if (failed) lines.push('', `${failed} of ${results.runs.length} pairs failed (a wrong checksum, an error or a timeout)`);
  lines.push('', `conformance ${seconds(report.conformanceSeconds)}, benchmarks ${seconds(report.benchmarkSeconds)}`);
  return `${lines.join('\n')}\n`;
}

function seconds(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`;
}
