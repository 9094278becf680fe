// A warm-up curve: one program, the time of each iteration against its index for every engine,
// on a log time axis (absolute milliseconds: engines tens of times apart still share the chart,
// and a JIT's fall from its first iterations shows as a drop). The warm-up iterations are shaded,
// and a ring marks where each engine's timings settled.

import { formatMs } from '../format.js';
import { linearScale, logScale, padLog, positiveExtent } from '../scale.js';
import { circle, group, polyline, rect, svgRoot, text, title } from '../svg.js';
import { bottomAxis, leftAxis, plotArea, type PlotBox } from './axis.js';

export interface WarmupSeries {
  readonly engine: string;
  readonly colour: string;
  /** Iteration times in ms, index 0 the cold iteration. */
  readonly times: readonly number[];
  readonly settledAt?: number;
}

export interface WarmupChartOptions {
  readonly program: string;
  /** Iterations [1, warmupEnd) are warm-up. */
  readonly warmupEnd: number;
}

const WIDTH = 300;
const HEIGHT = 178;
const BOX: PlotBox = { left: 50, top: 16, width: WIDTH - 50 - 10, height: HEIGHT - 16 - 34 };
/** Pixels between the plot area's edges and the data, so a ring on the first or an extreme point stays inside. */
const INSET = 6;

export function warmupChart(series: readonly WarmupSeries[], options: WarmupChartOptions): string {
  const drawn = series.filter((s) => s.times.length > 0);
  const count = Math.max(2, ...drawn.map((s) => s.times.length));
  const x = linearScale([0, count - 1], [BOX.left + INSET, BOX.left + BOX.width - INSET]);
  const extent = positiveExtent(drawn.flatMap((s) => s.times)) ?? [1, 10];
  const y = logScale(padLog(extent, 1.12), [BOX.top + BOX.height - INSET, BOX.top + INSET]);
  const xTicks = x.ticks().filter((t) => Number.isInteger(t));

  const body: string[] = [plotArea(BOX)];
  if (options.warmupEnd > 1) {
    const from = x(0.5);
    const to = Math.min(BOX.left + BOX.width, x(options.warmupEnd - 0.5));
    body.push(group({ class: 'warmup-band' }, [
      rect(from, BOX.top, to - from, BOX.height),
      text((from + to) / 2, BOX.top - 4, 'warm-up', { 'text-anchor': 'middle' }),
    ]));
  }
  body.push(leftAxis(y, BOX, (v) => formatMs(v)));
  body.push(bottomAxis(x, BOX, String, 'iteration', xTicks));
  for (const s of drawn) {
    const points = s.times.map((t, i) => [x(i), y(t)] as const);
    const parts = [title(`${s.engine} on ${options.program}: cold ${formatMs(s.times[0])}, last ${formatMs(s.times.at(-1))}`)];
    parts.push(points.length > 1
      ? polyline(points, { class: 'mark warmup-line' })
      : circle(points[0]![0], points[0]![1], 2.5, { class: 'mark warmup-point' }));
    if (s.settledAt !== undefined && s.settledAt < points.length) {
      const [px, py] = points[s.settledAt]!;
      parts.push(circle(px, py, 3.5, { class: 'mark settled' }, [title(`${s.engine} settled at iteration ${s.settledAt}`)]));
    }
    body.push(group({ class: `series ${s.colour}` }, parts));
  }
  return svgRoot(WIDTH, HEIGHT, {
    class: 'chart', 'data-chart': 'warmup', 'data-program': options.program, role: 'img',
    'aria-label': `iteration times of ${options.program} per engine`,
  }, body);
}
