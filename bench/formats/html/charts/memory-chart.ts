// The memory chart: for each program a row, a lane per engine, a pale bar for the process's peak
// resident set and, for workbench engines, a solid bar inside it for the V8 heap's peak. Linear
// axis from zero (sizes add up, unlike ratios). Lanes without figures say why.

import { formatBytes, significant } from '../format.js';
import { linearScale } from '../scale.js';
import { fitText, group, rect, svgRoot, text, title } from '../svg.js';
import { bottomAxis, plotArea, type PlotBox } from './axis.js';

export interface MemoryLane {
  readonly engine: string;
  readonly colour: string;
  readonly peakRssBytes?: number;
  readonly peakHeapBytes?: number;
  /** When there are no figures: why. */
  readonly missing?: string;
}

export interface MemoryRow {
  readonly program: string;
  readonly lanes: readonly MemoryLane[];
}

const WIDTH = 640;
const LEFT = 128;
const RIGHT = 150;
const TOP = 8;
const LANE = 15;
const ROW_GAP = 10;
const BOTTOM = 38;
const MIB = 2 ** 20;

export function memoryChart(rows: readonly MemoryRow[]): string {
  const lanes = Math.max(1, ...rows.map((r) => r.lanes.length));
  const rowHeight = lanes * LANE + ROW_GAP;
  const box: PlotBox = { left: LEFT, top: TOP, width: WIDTH - LEFT - RIGHT, height: Math.max(1, rows.length) * rowHeight };
  let most = 1;
  for (const row of rows) for (const l of row.lanes) most = Math.max(most, l.peakRssBytes ?? 0, l.peakHeapBytes ?? 0);
  const x = linearScale([0, (most / MIB) * 1.04], [box.left, box.left + box.width]);

  const body: string[] = [plotArea(box)];
  rows.forEach((row, r) => {
    const top = box.top + r * rowHeight;
    if (r % 2 === 1) body.push(rect(0, top, WIDTH, rowHeight, { class: 'row-stripe' }));
    body.push(text(LEFT - 8, top + rowHeight / 2 + 4, row.program, { 'text-anchor': 'end', class: 'row-label' }));
  });
  body.push(bottomAxis(x, box, (v) => significant(v), 'peak memory, MiB (pale: resident set; solid: V8 heap)'));
  rows.forEach((row, r) => {
    row.lanes.forEach((lane, l) => {
      const mid = box.top + r * rowHeight + ROW_GAP / 2 + l * LANE + LANE / 2;
      body.push(memoryLane(lane, mid, (bytes) => x(bytes / MIB), box.left));
    });
  });
  return svgRoot(WIDTH, box.top + box.height + BOTTOM, {
    class: 'chart', 'data-chart': 'memory', role: 'img', 'aria-label': 'peak memory per program and engine',
  }, body);
}

function memoryLane(lane: MemoryLane, mid: number, x: (bytes: number) => number, zero: number): string {
  const { peakRssBytes: rss, peakHeapBytes: heap } = lane;
  if (rss === undefined && heap === undefined) {
    return group({ class: `lane missing ${lane.colour}` }, [
      title(`${lane.engine}: ${lane.missing ?? 'no memory figures'}`),
      text(zero + 6, mid + 3.5, fitText(lane.missing ?? 'no memory figures', WIDTH - zero - 12), { class: 'missing-text' }),
    ]);
  }
  const words = [rss === undefined ? '' : `RSS ${formatBytes(rss)}`, heap === undefined ? '' : `heap ${formatBytes(heap)}`].filter(Boolean).join(', ');
  const parts = [title(`${lane.engine}: peak ${words}`)];
  if (rss !== undefined) parts.push(rect(zero, mid - 6, x(rss) - zero, 12, { class: 'mark rss', rx: 1.5 }));
  if (heap !== undefined) parts.push(rect(zero, mid - 3, x(heap) - zero, 6, { class: 'mark heap', rx: 1 }));
  const end = Math.max(rss === undefined ? zero : x(rss), heap === undefined ? zero : x(heap));
  parts.push(text(end + 4, mid + 3.5, words, { class: 'value-label' }));
  return group({ class: `lane ${lane.colour}` }, parts);
}
