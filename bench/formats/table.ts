// The benchmark results for a terminal (`pyw bench`'s default format): a cli-table3 table of
// program × engine with a geometric-mean row, under a line saying what the numbers are.
//
// For each engine: its steady-state time (the median of the steady samples, in ms, by the results'
// metric), and, unless it is the baseline, its steady and cold ratios to the baseline (baseline
// time / engine time: above 1 is faster). A pair that did not run ok spans the engine's columns
// with its status ("unsupported: <reason>", "wrong checksum", "error: ...", "timeout"); reasons too
// long for a cell are shown whole below the table, and so are pairs that ran fewer samples than
// planned (a slow engine's pairs are cut to their time budget: see bench/harness/settings.ts). Plain style, as conformance/runner/format.ts: the
// output is also read in CI logs.

import Table from 'cli-table3';
import { findRun, geometricMeanRatio, phaseTime, ratio } from '../results/ratios.js';
import type { BenchResults, RunRecord } from '../results/schema.js';

const PLAIN_STYLE = { head: [] as string[], border: [] as string[], compact: true };

/** Longest reason shown in a cell. */
const CELL_REASON = 48;

export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function formatRatio(r: number | undefined): string {
  if (r === undefined) return '-';
  return `${r >= 10 ? r.toFixed(1) : r >= 1 ? r.toFixed(2) : r.toPrecision(2)}x`;
}

/** What a pair that did not run ok shows, and whether its reason was cut. */
function statusText(run: RunRecord | undefined): { text: string; cut: boolean } {
  if (!run) return { text: 'not run', cut: false };
  const label = run.status === 'wrong-checksum' ? 'wrong checksum' : run.status;
  if (run.status === 'wrong-checksum' || !run.reason) return { text: label, cut: run.status === 'wrong-checksum' && !!run.reason };
  const full = `${label}: ${run.reason}`;
  return full.length <= CELL_REASON ? { text: full, cut: false } : { text: `${full.slice(0, CELL_REASON - 3)}...`, cut: true };
}

export function headerLine(results: BenchResults): string {
  const clock = results.metric === 'cpu' ? 'CPU time (user + system)' : 'wall time';
  const s = results.settings;
  const what = `size ${results.size}, ${clock}; ms = median of >= ${s.minSamples} steady-state samples after 1 cold + ${s.warmupIterations} warm-up iterations`;
  const base = results.baseline === null ? 'no baseline' : `ratio = ${results.baseline} time / engine time (above 1: faster than ${results.baseline})`;
  return `${what}; ${base}`;
}

/** "2 samples: fib, nbody on cpython; ..." for the pairs whose sampling was cut short. */
function describeCut(runs: readonly RunRecord[]): string {
  const byEngine = new Map<string, string[]>();
  for (const r of runs) byEngine.set(r.engine, [...(byEngine.get(r.engine) ?? []), r.program]);
  return [...byEngine].map(([engine, programs]) => `${engine}: ${programs.length > 4 ? `${programs.length} programs` : programs.join(', ')}`).join('; ');
}

export function renderTable(results: BenchResults): string {
  const baseline = results.baseline;
  const engines = results.engines.map((e) => e.name);
  const columnsOf = (engine: string): number => (engine === baseline || baseline === null ? 1 : 3);
  const head = ['program', ...engines.flatMap((e) => (columnsOf(e) === 1 ? [`${e} ms`] : [`${e} ms`, 'ratio', 'cold ratio']))];
  const table = new Table({ head, style: PLAIN_STYLE, colAligns: head.map((_, i) => (i === 0 ? 'left' : 'right')) });
  const notes: string[] = [];
  for (const program of results.programs) {
    const row: Table.Cell[] = [program.name];
    for (const engine of engines) {
      const run = findRun(results, program.name, engine);
      const steady = phaseTime(results, run, 'steady');
      if (steady === undefined) {
        const { text, cut } = statusText(run);
        row.push({ content: text, colSpan: columnsOf(engine), hAlign: 'left' });
        if (cut) notes.push(`${program.name} on ${engine}: ${run!.status}: ${run!.reason}`);
        continue;
      }
      row.push(formatMs(steady));
      if (columnsOf(engine) === 3) row.push(formatRatio(ratio(results, program.name, engine, 'steady')), formatRatio(ratio(results, program.name, engine, 'cold')));
    }
    table.push(row);
  }
  if (baseline !== null && engines.some((e) => columnsOf(e) === 3)) {
    const row: Table.Cell[] = ['geometric mean'];
    for (const engine of engines) {
      if (columnsOf(engine) === 1) row.push('');
      else row.push('', formatRatio(geometricMeanRatio(results, engine, 'steady')), formatRatio(geometricMeanRatio(results, engine, 'cold')));
    }
    table.push(row);
  }
  const lines = [headerLine(results), table.toString()];
  const cut = results.runs.filter((r) => r.phases && r.phases.steady.end - r.phases.steady.start < results.settings.minSamples);
  if (cut.length) lines.push(`${cut.length} pair(s) ran fewer samples than planned to fit their time budget (${describeCut(cut)})`);
  if (notes.length) lines.push(...notes);
  return `${lines.join('\n')}\n`;
}
