// The ratio charts: each engine's ratio to the baseline per program, steady and cold, on a log axis.

import type { BenchResults } from '../../../results/schema.js';
import { html, type Markup, raw } from '../escape.js';
import { describeRatio, formatMs, formatRatio } from '../format.js';
import { engineClass, legend } from '../palette.js';
import { findRun, type Phase, phaseTime, ratio } from '../../../results/ratios.js';
import { type RatioRow, ratioChart } from '../charts/ratio-chart.js';
import { whyNoRatio } from './pairs.js';

/** The rows of one phase's chart: every program, a lane for every engine but the baseline. */
export function ratioRows(results: BenchResults, phase: Phase): RatioRow[] {
  const baseline = results.baseline!;
  const engines = results.engines.filter((e) => e.name !== baseline);
  return results.programs.map((p) => ({
    program: p.name,
    lanes: engines.map((e) => {
      const r = ratio(results, p.name, e.name, phase);
      const colour = engineClass(results, e.name);
      if (r === undefined) {
        const why = whyNoRatio(results, p.name, e.name);
        return { engine: e.name, colour, missing: why, detail: `${e.name} on ${p.name}: ${why}` };
      }
      const mine = phaseTime(results, findRun(results, p.name, e.name), phase);
      const base = phaseTime(results, findRun(results, p.name, baseline), phase);
      return {
        engine: e.name, colour, ratio: r,
        detail: `${e.name} on ${p.name} (${phase}): ${formatRatio(r)}, ${describeRatio(r)} — ${formatMs(mine)} vs ${baseline} ${formatMs(base)}`,
      };
    }),
  }));
}

export function ratiosSection(results: BenchResults): Markup {
  const baseline = results.baseline;
  if (baseline === null) {
    return html`<section id="ratios"><h2>Ratios per program</h2><p class="intro">No baseline ran, so there are no ratios.</p></section>`;
  }
  const engines = results.engines.filter((e) => e.name !== baseline).map((e) => e.name);
  if (engines.length === 0) {
    return html`<section id="ratios"><h2>Ratios per program</h2><p class="intro">Only ${baseline} ran, so there is nothing to compare it with.</p></section>`;
  }
  const figure = (phase: Phase, caption: string): Markup => html`<figure class="chart-figure">
  <figcaption><strong>${phase === 'steady' ? 'Steady state' : 'Cold'}</strong> — ${caption}</figcaption>
  ${raw(ratioChart(ratioRows(results, phase), { phase, baseline }))}</figure>`;
  return html`<section id="ratios"><h2>Ratios per program</h2>
<p class="intro">Each bar runs from the 1× line (${baseline}) to the engine's ratio, on a log axis: right of the line is faster, left is slower, and 2× faster sits as far from the line as 2× slower. A lane without a bar says why (unsupported, failed, or no ${baseline} time). Hover a bar for the times.</p>
${legend(results, engines)}
<div class="chart-pair">${figure('steady', 'median of the steady-state samples')}${figure('cold', 'the first iteration of each process')}</div>
</section>`;
}
