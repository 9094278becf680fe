// The results as GitHub Markdown, for a pull request or an issue's closing note: short and valid.
//
// A header line (work size, clock, baseline, machine), then one table: a row per program, a column
// per engine or reference interpreter, each cell the steady-state median time by the results'
// metric and the ratios to the baseline (steady, then cold); then a geometric-mean row. A pair that
// did not run ok shows why ("unsupported: <reason>", "wrong checksum", ...), never an empty cell.
// Ratios are baseline time / engine time, so above 1 is faster than the baseline.

import { geometricMeanRatio, ratio } from '../results/ratios.js';
import type { BenchResults, RunRecord } from '../results/schema.js';

export function renderMarkdown(results: BenchResults): string {
  const engines = results.engines.map((e) => e.name);
  const lines = [header(results), ''];
  lines.push(row(['program', ...engines.map((e) => (e === results.baseline ? `${e} (baseline)` : e))]));
  lines.push(row(['---', ...engines.map(() => '---:')]));
  for (const program of results.programs) {
    lines.push(row([`\`${program.name}\``, ...engines.map((engine) => cell(results, program.name, engine))]));
  }
  if (results.baseline !== null && engines.some((e) => e !== results.baseline)) {
    lines.push(row(['**geometric mean**', ...engines.map((engine) => (engine === results.baseline
      ? ''
      : ratios(geometricMeanRatio(results, engine, 'steady'), geometricMeanRatio(results, engine, 'cold'), true)))]));
  }
  lines.push('', footnote(results));
  return `${lines.join('\n')}\n`;
}

function header(results: BenchResults): string {
  const m = results.machine;
  const clock = results.metric === 'cpu' ? 'CPU time' : 'wall time';
  const against = results.baseline === null ? 'no baseline' : `ratios to **${escape(results.baseline)}**`;
  // An imported pyperf file may not know the architecture or the Node version.
  const node = results.versions.node === 'unknown' ? '' : `Node ${results.versions.node}`;
  const machine = [`${m.cpuModel} (${m.cores} cores)`, `${m.platform} ${m.arch}`.trim(), node].filter(Boolean).join(', ');
  return `**pyworkbench benchmarks** · size \`${results.size}\` · ${clock} · ${against} · ${escape(machine)}`;
}

function footnote(results: BenchResults): string {
  const clock = results.metric === 'cpu' ? 'CPU' : 'wall';
  const parts = [`Each cell: median ${clock} time of the steady-state samples`];
  if (results.baseline !== null) parts.push(`ratio = ${escape(results.baseline)}'s time / the engine's (above 1 is faster), steady then cold (first iteration)`);
  return `<sub>${parts.join('; ')}. Run ${results.startedAt.slice(0, 10)} on ${escape(results.machine.hostname)}.</sub>`;
}

function cell(results: BenchResults, program: string, engine: string): string {
  const run = results.runs.find((r) => r.program === program && r.engine === engine);
  if (run === undefined) return '*not run*';
  if (run.status !== 'ok' || !run.phases) return status(run);
  const steady = results.metric === 'cpu' ? run.phases.steadyCpu : run.phases.steadyWall;
  const time = formatMs(steady.median);
  if (engine === results.baseline || results.baseline === null) return time;
  const r = ratios(ratio(results, program, engine, 'steady'), ratio(results, program, engine, 'cold'), false);
  return r ? `${time} · ${r}` : time;
}

/** "**0.31×** (cold 0.25×)": the steady ratio, bold when asked, then the cold one. */
function ratios(steady: number | undefined, cold: number | undefined, bold: boolean): string {
  if (steady === undefined && cold === undefined) return '';
  const s = steady === undefined ? '–' : `${formatRatio(steady)}`;
  return `${bold ? `**${s}**` : s} (cold ${cold === undefined ? '–' : formatRatio(cold)})`;
}

function status(run: RunRecord): string {
  const why = run.reason ? `: ${oneLine(run.reason)}` : '';
  switch (run.status) {
    case 'unsupported': return `unsupported${why}`;
    case 'wrong-checksum': return `**wrong checksum**${run.checksum === undefined ? '' : ` (\`${oneLine(run.checksum, 30).replaceAll('`', "'")}\`)`}`;
    case 'error': return `**error**${why}`;
    case 'timeout': return '**timeout**';
    default: return `${run.status}${why}`;
  }
}

/** A reason on one line, cut to a length a table cell can hold, with Markdown's specials escaped. */
function oneLine(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escape(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/** Escapes what would end a cell or start markup in GitHub Markdown (HTML too: GitHub renders tags). */
export function escape(text: string): string {
  return text.replace(/[\\|*_`[\]<>#~]/g, (c) => `\\${c}`);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Three significant figures, in ms, or s from 10 s on. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${significant(ms / 1000)} s`;
  if (ms >= 1) return `${significant(ms)} ms`;
  return `${significant(ms * 1000)} µs`;
}

export function formatRatio(r: number): string {
  return `${significant(r)}×`;
}

function significant(x: number, digits = 3): string {
  if (x === 0) return '0';
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return x.toFixed(decimals);
}
