// The warm-up curves: a small chart per program with every iteration's time per engine.

import type { BenchResults } from '../../../results/schema.js';
import { html, type Markup, raw } from '../escape.js';
import { engineClass, legend } from '../palette.js';
import { clockTime, findRun } from '../../../results/ratios.js';
import { type WarmupSeries, warmupChart } from '../charts/warmup-chart.js';
import { statusWords } from './pairs.js';

export function warmupSection(results: BenchResults): Markup {
  const clock = results.metric === 'cpu' ? 'CPU' : 'wall';
  const cards = results.programs.map((p) => {
    const series: WarmupSeries[] = [];
    const absent: string[] = [];
    for (const e of results.engines) {
      const run = findRun(results, p.name, e.name);
      if (!run || run.iterations.length === 0) {
        absent.push(`${e.name}: ${statusWords(run)}`);
        continue;
      }
      series.push({
        engine: e.name, colour: engineClass(results, e.name),
        times: run.iterations.map((t) => clockTime(results, t)),
        ...(run.phases ? { settledAt: run.phases.settledAt } : {}),
      });
      if (run.status !== 'ok') absent.push(`${e.name}: ${statusWords(run)} (curve up to the failure)`);
    }
    return html`<figure class="warmup-card"><figcaption>${p.name}</figcaption>
  ${raw(warmupChart(series, { program: p.name, warmupEnd: 1 + results.settings.warmupIterations }))}
  ${absent.length ? html`<ul class="absent">${absent.map((a) => html`<li>${a}</li>`)}</ul>` : ''}</figure>`;
  });
  return html`<section id="warmup"><h2>Warm-up</h2>
<p class="intro">Every iteration's ${clock} time, in order, in milliseconds on a log axis (absolute times, not ratios: engines far apart still share a chart, and equal steps mean equal factors). Iteration 0 is the cold one; the shaded band is warm-up; the ring marks where each engine's timings settled (from there on every iteration stays within the steady state's spread). A JIT shows as a curve falling over the first iterations.</p>
${legend(results, results.engines.map((e) => e.name))}
<div class="warmup-grid">${cards}</div></section>`;
}
