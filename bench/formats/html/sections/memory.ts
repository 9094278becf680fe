// Peak memory per program and engine: the chart, rows and lanes as in the ratio chart.

import type { BenchResults } from '../../../results/schema.js';
import { html, type Markup, raw } from '../escape.js';
import { engineClass, legend } from '../palette.js';
import { findRun } from '../../../results/ratios.js';
import { type MemoryRow, memoryChart } from '../charts/memory-chart.js';
import { statusWords } from './pairs.js';

export function memoryRows(results: BenchResults): MemoryRow[] {
  return results.programs.map((p) => ({
    program: p.name,
    lanes: results.engines.map((e) => {
      const run = findRun(results, p.name, e.name);
      const memory = run?.memory;
      return {
        engine: e.name, colour: engineClass(results, e.name),
        ...(memory?.peakRssBytes === undefined ? {} : { peakRssBytes: memory.peakRssBytes }),
        ...(memory?.peakHeapBytes === undefined ? {} : { peakHeapBytes: memory.peakHeapBytes }),
        ...(run?.status === 'ok' ? {} : { missing: statusWords(run) }),
      };
    }),
  }));
}

export function memorySection(results: BenchResults): Markup {
  return html`<section id="memory"><h2>Memory</h2>
<p class="intro">Peak resident set size of the process that ran the pair (pale) and, for workbench engines, the peak of V8's used heap (solid) — the Python objects live there. An engine's process also holds Node and V8 themselves, so its resident set starts tens of MiB above a C interpreter's.</p>
${legend(results, results.engines.map((e) => e.name))}
<figure class="chart-figure wide">${raw(memoryChart(memoryRows(results)))}</figure></section>`;
}
