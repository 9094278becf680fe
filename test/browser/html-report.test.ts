// The HTML report in a real browser: Debian's chromium, driven by playwright-core, opens a report
// rendered from the sample results (with a conformance run) and checks that the charts are drawn —
// every data-chart <svg> laid out with a size, every mark inside its chart's plot area, the
// stylesheet applied to the marks — and that the page logs no error and asks the network for
// nothing (every request is recorded; only the file itself may appear). Skipped, with the reason
// in its title, when /usr/bin/chromium is not installed (.ci/run installs it).

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../bench/formats/html/index.js';
import { sampleConformance, sampleResults } from '../../bench/formats/html/sample-results.js';

const CHROMIUM = '/usr/bin/chromium';
const skipReason = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (apt-get install chromium)`;
if (skipReason) console.warn(`browser test skipped: ${skipReason}`);

/** Flags for a quiet, offline, sandbox-free headless run (CI containers run as root). */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Pixels a mark may stick out of its plot area (anti-aliasing, rounded coordinates). */
const TOLERANCE = 1;

interface Box { x: number; y: number; width: number; height: number }

interface ChartLayout {
  kind: string;
  phase: string | null;
  program: string | null;
  box: Box;
  plot: Box | null;
  marks: { cls: string; box: Box; fill: string; stroke: string }[];
}

describe.skipIf(skipReason !== null)(skipReason === null ? 'the HTML report in headless Chromium' : `the HTML report in headless Chromium (skipped: ${skipReason})`, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pyw-html-report-'));
  const file = join(scratch, 'report.html');
  const fileUrl = pathToFileURL(file).href;
  const results = sampleResults({ programs: 5 });
  /** URLs the route handler saw, and URLs the context reported requesting (each should be the file alone). */
  const routed: string[] = [];
  const requested: string[] = [];
  const problems: string[] = [];
  let context: BrowserContext;
  let page: Page;
  let charts: ChartLayout[];

  beforeAll(async () => {
    writeFileSync(file, renderHtml(results, { conformance: sampleConformance() }));
    context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
      executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, offline: true,
    });
    // Every request the page makes passes here; anything but the file itself is refused and recorded.
    await context.route('**', (route) => {
      const url = route.request().url();
      routed.push(url);
      return url === fileUrl ? route.continue() : route.abort();
    });
    context.on('request', (request) => requested.push(request.url()));
    page = context.pages()[0] ?? await context.newPage();
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(fileUrl, { waitUntil: 'load' });
    charts = await page.evaluate(() => {
      const box = (e: Element): Box => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return [...document.querySelectorAll('svg[data-chart]')].map((svg) => {
        const plot = svg.querySelector('.plot-area');
        return {
          kind: svg.getAttribute('data-chart')!,
          phase: svg.getAttribute('data-phase'),
          program: svg.getAttribute('data-program'),
          box: box(svg),
          plot: plot ? box(plot) : null,
          marks: [...svg.querySelectorAll('.mark')].map((m) => {
            const style = getComputedStyle(m);
            return { cls: m.getAttribute('class')!, box: box(m), fill: style.fill, stroke: style.stroke };
          }),
        };
      });
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('lays out every chart: two ratio charts, a warm-up chart per program, the memory chart', () => {
    expect(charts.filter((c) => c.kind === 'ratios').map((c) => c.phase)).toEqual(['steady', 'cold']);
    expect(charts.filter((c) => c.kind === 'warmup').map((c) => c.program)).toEqual(results.programs.map((p) => p.name));
    expect(charts.filter((c) => c.kind === 'memory')).toHaveLength(1);
    for (const chart of charts) {
      expect(chart.box.width, `${chart.kind} ${chart.phase ?? chart.program ?? ''} width`).toBeGreaterThan(100);
      expect(chart.box.height).toBeGreaterThan(50);
      expect(chart.plot, `${chart.kind} has a plot area`).not.toBeNull();
      expect(chart.plot!.width).toBeGreaterThan(50);
      expect(chart.plot!.height).toBeGreaterThan(20);
    }
  });

  it('draws the marks, each inside its plot area', () => {
    const ok = results.runs.filter((r) => r.status === 'ok');
    const expected: Record<string, number> = {
      ratios: 2 * ok.filter((r) => r.engine !== results.baseline).length,
      warmup: 2 * ok.length, // a line and a settled ring per pair
      memory: ok.length + ok.filter((r) => r.memory?.peakHeapBytes !== undefined).length,
    };
    for (const kind of Object.keys(expected)) {
      expect(charts.filter((c) => c.kind === kind).reduce((n, c) => n + c.marks.length, 0), `${kind} marks`).toBe(expected[kind]);
    }
    for (const chart of charts) {
      const plot = chart.plot!;
      for (const mark of chart.marks) {
        const where = `${chart.kind} ${chart.phase ?? chart.program ?? ''}: ${mark.cls} at ${JSON.stringify(mark.box)} in ${JSON.stringify(plot)}`;
        expect(mark.box.width + mark.box.height, where).toBeGreaterThan(0);
        expect(mark.box.x, where).toBeGreaterThanOrEqual(plot.x - TOLERANCE);
        expect(mark.box.y, where).toBeGreaterThanOrEqual(plot.y - TOLERANCE);
        expect(mark.box.x + mark.box.width, where).toBeLessThanOrEqual(plot.x + plot.width + TOLERANCE);
        expect(mark.box.y + mark.box.height, where).toBeLessThanOrEqual(plot.y + plot.height + TOLERANCE);
      }
    }
  });

  it('colours the marks from the stylesheet (engine colours, not the default black)', () => {
    const bars = charts.filter((c) => c.kind === 'ratios').flatMap((c) => c.marks);
    const fills = new Set(bars.map((m) => m.fill));
    expect(fills.size).toBe(2); // cpython and pypy3
    expect(fills.has('rgb(0, 0, 0)')).toBe(false);
    const lines = charts.filter((c) => c.kind === 'warmup').flatMap((c) => c.marks).filter((m) => m.cls.includes('warmup-line'));
    expect(new Set(lines.map((m) => m.stroke)).size).toBe(3);
    expect(lines.every((m) => m.fill === 'none')).toBe(true);
  });

  it('logs no error or warning and asks the network for nothing', () => {
    expect(problems).toEqual([]);
    expect(routed).toEqual([fileUrl]);
    expect(requested).toEqual([fileUrl]);
  });

  it('has the sections and a readable dark mode', async () => {
    const ids = await page.$$eval('main > section', (sections) => sections.map((s) => s.id));
    expect(ids).toEqual(['conformance', 'summary', 'ratios', 'warmup', 'memory', 'numbers']);
    const background = async (): Promise<number> => page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    });
    expect(await background()).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBeLessThan(60);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
