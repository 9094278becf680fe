// A Comparison for people: a terminal table (cli-table3) and a Markdown table for pull requests.
//
// As pyperf compare_to prints it: each pair's baseline and current time, the change as a factor
// ("1.30x slower"), and the verdict; then a geometric-mean row per engine. Unlike pyperf, pairs that
// are not significant stay in the table (shown as such): the issue asks for a verdict per program,
// and an incomparable pair says why instead of disappearing.

import Table from 'cli-table3';
import type { Comparison, ProgramVerdict } from './compare.js';

/** No colours: the output is also read in CI logs and compared in tests. */
const PLAIN_STYLE = { head: [] as string[], border: [] as string[], compact: true };

const HEAD = ['program', 'engine', 'baseline', 'current', 'change', 'p', 'verdict'];

/** Milliseconds with three significant digits, or seconds from 10 s up. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '-';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** A relative change as pyperf words it: "1.30x slower", "1.25x faster", "no change". */
export function formatChange(change: number): string {
  if (!Number.isFinite(change)) return '-';
  const ratio = 1 + change;
  if (Math.abs(change) < 0.0005) return 'no change';
  return ratio > 1 ? `${ratio.toFixed(2)}x slower` : `${(1 / ratio).toFixed(2)}x faster`;
}

export function formatPValue(p: number | undefined): string {
  if (p === undefined) return '-';
  if (p < 0.001) return '<0.001';
  return p.toFixed(3);
}

function verdictText(v: ProgramVerdict): string {
  return v.reason === undefined ? v.verdict : `${v.verdict} (${v.reason})`;
}

/** The lines above a table: what was compared, how, and when. */
export function comparisonHeader(c: Comparison): string {
  const clock = c.metric === 'cpu' ? 'CPU time' : 'wall time';
  const size = c.size === c.baselineSize ? `size ${c.size}` : `sizes ${c.baselineSize} → ${c.size}`;
  return `Compared by ${clock} (steady-state medians), ${size}; baseline run ${c.baselineStartedAt}, current run ${c.currentStartedAt}.\n` +
    `Faster or slower: Student's t-test p < ${c.alpha} and a change of at least ${Number((c.threshold * 100).toPrecision(3))}%.`;
}

/** Per engine: how many pairs got each verdict, e.g. "cpython: 1 slower, 20 not significant". */
export function verdictCounts(c: Comparison): string[] {
  const order = ['slower', 'faster', 'not significant', 'incomparable'] as const;
  return c.engines.flatMap((engine) => {
    const mine = c.verdicts.filter((v) => v.engine === engine);
    if (mine.length === 0) return [];
    const parts = order.map((verdict) => [verdict, mine.filter((v) => v.verdict === verdict).length] as const)
      .filter(([, n]) => n > 0).map(([verdict, n]) => `${n} ${verdict}`);
    return [`${engine}: ${parts.join(', ')}`];
  });
}

/** Table rows: one per pair, then, as pyperf does, a geometric-mean row per engine with two comparable pairs or more. */
function rows(c: Comparison): string[][] {
  const out = c.verdicts.map((v) => [
    v.program, v.engine, formatMs(v.baselineMedian), formatMs(v.currentMedian), formatChange(v.change), formatPValue(v.pValue), verdictText(v),
  ]);
  for (const engine of c.engines) {
    const g = c.geometricMeanChange[engine];
    const pairs = c.verdicts.filter((v) => v.engine === engine && v.verdict !== 'incomparable').length;
    if (g !== undefined && pairs >= 2) out.push(['geometric mean', engine, '', '', formatChange(g), '', '']);
  }
  return out;
}

/** The comparison for a terminal: header line, warnings, the table, and counts per engine. */
export function formatComparison(c: Comparison): string {
  const lines = [comparisonHeader(c), ...c.warnings.map((w) => `warning: ${w}`)];
  if (c.verdicts.length === 0) {
    lines.push('the two runs have no (program, engine) pair in common');
  } else {
    const table = new Table({ head: HEAD, style: PLAIN_STYLE, colAligns: ['left', 'left', 'right', 'right', 'right', 'right', 'left'] });
    for (const row of rows(c)) table.push(row);
    lines.push(table.toString(), ...verdictCounts(c));
  }
  return `${lines.join('\n')}\n`;
}

/** A Markdown table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The comparison as Markdown, for a pull request. */
export function formatComparisonMarkdown(c: Comparison): string {
  const lines = [comparisonHeader(c), ''];
  for (const w of c.warnings) lines.push(`> **Warning:** ${cell(w)}`, '');
  if (c.verdicts.length === 0) {
    lines.push('The two runs have no (program, engine) pair in common.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`| ${HEAD.join(' | ')} |`, '|:--|:--|--:|--:|--:|--:|:--|');
  for (const row of rows(c)) {
    const [first, ...rest] = row;
    const label = first === 'geometric mean' ? '**geometric mean**' : cell(first!);
    lines.push(`| ${[label, ...rest.map(cell)].join(' | ')} |`);
  }
  lines.push('', ...verdictCounts(c).map((line) => `- ${cell(line)}`));
  return `${lines.join('\n')}\n`;
}
