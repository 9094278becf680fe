// The ratio chart: for each program a row, in it a lane per engine, and in each lane a bar from
// the 1.0 line (the baseline) to the engine's ratio on a log axis, right for faster, left for
// slower. A lane whose engine did not run the program ok says so in words (never left blank or
// dropped). One chart per phase (steady, cold); the sections module builds the rows.

import { formatRatio, significant } from '../format.js';
import { logScale } from '../scale.js';
import { fitText, group, line, rect, svgRoot, text, title } from '../svg.js';
import { bottomAxis, plotArea, type PlotBox } from './axis.js';

export interface RatioLane {
  readonly engine: string;
  /** The engine's colour class (palette.ts). */
  readonly colour: string;
  /** The ratio to the baseline (> 1 faster), when there is one. */
  readonly ratio?: number;
  /** Otherwise why not, e.g. "unsupported: No module named 're'". */
  readonly missing?: string;
  /** The tooltip. */
  readonly detail: string;
}

export interface RatioRow {
  readonly program: string;
  readonly lanes: readonly RatioLane[];
}

export interface RatioChartOptions {
  readonly phase: 'steady' | 'cold';
  readonly baseline: string;
}

const WIDTH = 640;
const LEFT = 128;
const RIGHT = 18;
const TOP = 8;
const LANE = 15;
const ROW_GAP = 10;
const BOTTOM = 38;
/** Room beyond the most extreme ratio for its value label, as a factor on the log axis. */
const LABEL_ROOM = 1.45;

export function ratioChart(rows: readonly RatioRow[], options: RatioChartOptions): string {
  const lanes = Math.max(1, ...rows.map((r) => r.lanes.length));
  const rowHeight = lanes * LANE + ROW_GAP;
  const box: PlotBox = { left: LEFT, top: TOP, width: WIDTH - LEFT - RIGHT, height: Math.max(1, rows.length) * rowHeight };
  // Symmetric around 1 so that "2× faster" and "2× slower" sit equally far from the line.
  let extreme = Math.log(2);
  for (const row of rows) for (const l of row.lanes) if (l.ratio !== undefined && l.ratio > 0) extreme = Math.max(extreme, Math.abs(Math.log(l.ratio)));
  const reach = Math.exp(extreme) * LABEL_ROOM;
  const x = logScale([1 / reach, reach], [box.left, box.left + box.width]);
  const one = x(1);

  const body: string[] = [];
  rows.forEach((row, r) => {
    const top = box.top + r * rowHeight;
    if (r % 2 === 1) body.push(rect(0, top, WIDTH, rowHeight, { class: 'row-stripe' }));
    body.push(text(LEFT - 8, top + rowHeight / 2 + 4, row.program, { 'text-anchor': 'end', class: 'row-label' }));
  });
  body.push(bottomAxis(x, box, tickLabel, `← slower than ${options.baseline} · ratio, log scale · faster than ${options.baseline} →`));
  body.push(line(one, box.top, one, box.top + box.height, { class: 'one-line' }));
  rows.forEach((row, r) => {
    row.lanes.forEach((lane, l) => {
      const mid = box.top + r * rowHeight + ROW_GAP / 2 + l * LANE + LANE / 2;
      body.push(ratioLane(lane, mid, x(lane.ratio ?? 1), one, box.left + box.width));
    });
  });
  return svgRoot(WIDTH, box.top + box.height + BOTTOM, {
    class: 'chart', 'data-chart': 'ratios', 'data-phase': options.phase, role: 'img',
    'aria-label': `${options.phase} ratios to ${options.baseline} per program`,
  }, [plotArea(box), ...body]);
}

function ratioLane(lane: RatioLane, mid: number, end: number, one: number, right: number): string {
  if (lane.ratio === undefined) {
    // The reason as far as the plot's right edge; the tooltip has all of it.
    const shown = fitText(lane.missing ?? 'no ratio', right - one - 12);
    return group({ class: `lane missing ${lane.colour}` }, [
      title(lane.detail),
      rect(one - 3, mid - 3, 6, 6, { class: 'missing-mark', transform: `rotate(45 ${one} ${mid})` }),
      text(one + 9, mid + 3.5, shown, { class: 'missing-text' }),
    ]);
  }
  const faster = lane.ratio >= 1;
  const left = Math.min(one, end);
  return group({ class: `lane ${lane.colour}` }, [
    title(lane.detail),
    rect(left, mid - 5, Math.max(1.5, Math.abs(end - one)), 10, { class: 'mark bar', rx: 1.5, 'data-ratio': significant(lane.ratio, 4) }),
    text(faster ? end + 4 : end - 4, mid + 3.5, formatRatio(lane.ratio), { class: 'value-label', 'text-anchor': faster ? 'start' : 'end' }),
  ]);
}

function tickLabel(t: number): string {
  return t === 1 ? '1' : `${significant(t)}×`;
}
