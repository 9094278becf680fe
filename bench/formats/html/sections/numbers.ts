// The full table: every (program, engine) pair with its steady-state statistics by the results'
// metric, the other clock's median, start-up, the cold iteration, both ratios and memory. A pair
// that did not run ok has its status and reason in place of the figures.

import type { BenchResults, RunRecord } from '../../../results/schema.js';
import { html, type Markup, raw } from '../escape.js';
import { formatBytes, formatMs, formatRatio } from '../format.js';
import { engineClass } from '../palette.js';
import { findRun, ratio } from '../../../results/ratios.js';
import { statusWords } from './pairs.js';

/** The cells after program, engine and status. */
const FIGURE_COLUMNS = 13;

export function numbersSection(results: BenchResults): Markup {
  const cpu = results.metric === 'cpu';
  const clock = cpu ? 'CPU' : 'wall';
  const other = cpu ? 'wall' : 'CPU';
  const rows = results.programs.map((p) => results.engines.map((e, i) => {
    const run = findRun(results, p.name, e.name);
    const programCell = i === 0 ? html`<th scope="rowgroup" rowspan="${results.engines.length}">${p.name}</th>` : '';
    const engineCell = html`<td class="engine ${engineClass(results, e.name)}"><span class="swatch"></span>${e.name}</td>`;
    const first = i === 0 ? ' class="group-start"' : '';
    if (run?.status !== 'ok' || !run.phases) {
      return html`<tr${raw(first)}>${programCell}${engineCell}<td><span class="badge bad">${run?.status ?? 'not run'}</span></td><td colspan="${FIGURE_COLUMNS}" class="reason">${statusWords(run)}</td></tr>`;
    }
    return html`<tr${raw(first)}>${programCell}${engineCell}<td><span class="badge ok">ok</span></td>${figures(results, run, p.name, e.name)}</tr>`;
  }));
  return html`<section id="numbers"><h2>All the numbers</h2>
<p class="intro">Steady-state statistics are over the samples after warm-up, by ${clock} time; ±rme is the 95% confidence half-width of the mean as a percentage of it. Start-up is the time until the engine was ready and the program loaded. Ratios are ${results.baseline ?? 'the baseline'}'s time ÷ the engine's.</p>
<div class="table-scroll"><table class="numbers">
<thead><tr><th>program</th><th>engine</th><th>status</th><th class="num">median</th><th class="num">mean</th><th class="num">p75</th><th class="num">p99</th><th class="num">±rme</th><th class="num">samples</th><th class="num">${other} median</th><th class="num">start-up</th><th class="num">cold</th><th class="num">ratio steady</th><th class="num">ratio cold</th><th class="num">peak heap</th><th class="num">peak RSS</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
}

function figures(results: BenchResults, run: RunRecord, program: string, engine: string): Markup {
  const phases = run.phases!;
  const cpu = results.metric === 'cpu';
  const s = cpu ? phases.steadyCpu : phases.steadyWall;
  const o = cpu ? phases.steadyWall : phases.steadyCpu;
  const cells = [
    formatMs(s.median), formatMs(s.mean), formatMs(s.p75), formatMs(s.p99), `±${s.rme.toFixed(1)}%`, String(s.samples),
    formatMs(o.median), formatMs(run.startupMs), formatMs(cpu ? phases.cold.cpuMs : phases.cold.wallMs),
    formatRatio(ratio(results, program, engine, 'steady')), formatRatio(ratio(results, program, engine, 'cold')),
    formatBytes(run.memory?.peakHeapBytes), formatBytes(run.memory?.peakRssBytes),
  ];
  return html`${cells.map((c) => html`<td class="num">${c}</td>`)}`;
}

