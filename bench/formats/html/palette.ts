// One colour per engine, the same in every chart, legend and table of the page: engine i (in the
// results' column order) gets the class `eng-<i mod N>`, and the stylesheet maps that class to a
// colour variable with a light and a dark variant (see style.ts).

import type { BenchResults } from '../../results/schema.js';
import { html, type Markup } from './escape.js';

/** How many distinct colours the stylesheet defines. */
export const PALETTE_SIZE = 8;

export function engineClass(results: BenchResults, engine: string): string {
  const index = results.engines.findIndex((e) => e.name === engine);
  return `eng-${(index < 0 ? 0 : index) % PALETTE_SIZE}`;
}

/** A legend: a swatch and the name of each engine given. */
export function legend(results: BenchResults, engines: readonly string[], note?: string): Markup {
  return html`<ul class="legend">${engines.map((e) => html`<li class="${engineClass(results, e)}"><span class="swatch"></span>${e}</li>`)}${
    note ? html`<li class="legend-note">${note}</li>` : ''}</ul>`;
}
