// The summary: for each engine but the baseline, the geometric mean of its ratios to the baseline
// over the programs it ran, steady state and cold, and how many programs it could not run.

import type { BenchResults } from '../../../results/schema.js';
import { html, type Markup } from '../escape.js';
import { describeRatio, formatRatio } from '../format.js';
import { engineClass } from '../palette.js';
import { findRun, geometricMeanRatio, ratio } from '../../../results/ratios.js';

export function summarySection(results: BenchResults): Markup {
  const baseline = results.baseline;
  const cards = results.engines.map((engine) => {
    const runs = results.programs.map((p) => findRun(results, p.name, engine.name));
    const ok = runs.filter((r) => r?.status === 'ok').length;
    const notOk = results.programs.length - ok;
    const counted = results.programs.filter((p) => ratio(results, p.name, engine.name, 'steady') !== undefined).length;
    const head = html`<h3><span class="swatch"></span>${engine.name}</h3><p class="muted">${engine.description} · ${engine.kind === 'engine' ? 'workbench engine' : 'reference interpreter'}</p>`;
    const status = html`<p class="muted">${ok} of ${results.programs.length} programs ran${notOk ? html` · <span class="warn">${notOk} did not</span> (see the table)` : ''}</p>`;
    if (engine.name === baseline) {
      return html`<article class="card ${engineClass(results, engine.name)}">${head}<p class="big">1×</p><p>the baseline</p>${status}</article>`;
    }
    const steady = geometricMeanRatio(results, engine.name, 'steady');
    const cold = geometricMeanRatio(results, engine.name, 'cold');
    if (steady === undefined) {
      const why = baseline === null ? 'no baseline ran' : `no program ran ok on both ${engine.name} and ${baseline}`;
      return html`<article class="card ${engineClass(results, engine.name)}" data-engine="${engine.name}">${head}<p class="big">–</p><p>no ratio: ${why}</p>${status}</article>`;
    }
    return html`<article class="card ${engineClass(results, engine.name)}" data-engine="${engine.name}">${head}
  <p class="big" data-geomean="steady">${formatRatio(steady)}</p><p>${describeRatio(steady)} than ${baseline ?? 'the baseline'} once warm</p>
  <p class="cold" data-geomean="cold">cold: <strong>${formatRatio(cold)}</strong> · ${describeRatio(cold)}</p>
  <p class="muted">geometric mean over ${counted} of ${results.programs.length} programs</p>${status}</article>`;
  });
  return html`<section id="summary"><h2>Summary</h2>
<p class="intro">${baseline === null
    ? 'No baseline ran, so there are no ratios; the times are in the table below.'
    : html`Geometric mean of each engine's ratio to <strong>${baseline}</strong> (baseline time ÷ engine time: above 1× is faster). <em>Steady</em> is the median of the steady-state samples, after warm-up; <em>cold</em> is the first iteration, where a JIT has not compiled anything yet.`}</p>
<div class="cards">${cards}</div></section>`;
}
