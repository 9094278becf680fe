// Axes for the charts: gridlines across the plot area at each tick, and the tick labels outside
// it. The plot area itself is a <rect class="plot-area">, which the browser test uses as the box
// every mark must lie within.

import type { Scale } from '../scale.js';
import { group, line, rect, text } from '../svg.js';

export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export function plotArea(box: PlotBox): string {
  return rect(box.left, box.top, box.width, box.height, { class: 'plot-area' });
}

/** Vertical gridlines at the x ticks, labels under the plot area, and an optional caption below them. */
export function bottomAxis(x: Scale, box: PlotBox, label: (v: number) => string, caption?: string, ticks = x.ticks()): string {
  const bottom = box.top + box.height;
  const parts = ticks.map((t) => group({ class: 'tick' }, [
    line(x(t), box.top, x(t), bottom, { class: 'grid' }),
    text(x(t), bottom + 13, label(t), { 'text-anchor': 'middle' }),
  ]));
  if (caption) parts.push(text(box.left + box.width / 2, bottom + 28, caption, { 'text-anchor': 'middle', class: 'axis-caption' }));
  return group({ class: 'axis axis-x' }, parts);
}

/** Horizontal gridlines at the y ticks, labels left of the plot area. */
export function leftAxis(y: Scale, box: PlotBox, label: (v: number) => string, ticks = y.ticks()): string {
  return group({ class: 'axis axis-y' }, ticks.map((t) => group({ class: 'tick' }, [
    line(box.left, y(t), box.left + box.width, y(t), { class: 'grid' }),
    text(box.left - 5, y(t) + 3.5, label(t), { 'text-anchor': 'end' }),
  ])));
}
