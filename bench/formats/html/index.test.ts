// The report's structure, read from the markup: every section there, one mark per pair that has
// a figure, every pair without one named with its reason, data escaped, bars placed monotonically
// on the log axis, and nothing that could reach the network.

import { describe, expect, it } from 'vitest';
import type { BenchResults } from '../../results/schema.js';
import { renderHtml } from './index.js';
import { sampleConformance, sampleResults } from './sample-results.js';

const results = sampleResults();
const page = renderHtml(results, { conformance: sampleConformance(), title: 'A <test> report' });

/** The root <svg> elements with the given data-chart (charts never nest). */
function charts(markup: string, kind: string): string[] {
  return [...markup.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]).filter((s) => s.includes(`data-chart="${kind}"`));
}

const count = (markup: string, pattern: RegExp): number => [...markup.matchAll(pattern)].length;
const okPairs = (r: BenchResults, engines: readonly string[]): number =>
  r.runs.filter((run) => run.status === 'ok' && engines.includes(run.engine)).length;

describe('renderHtml', () => {
  it('has every section, in a complete document', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    for (const id of ['conformance', 'summary', 'ratios', 'warmup', 'memory', 'numbers']) {
      expect(page).toContain(`<section id="${id}">`);
      expect(page).toContain(`href="#${id}"`);
    }
    expect(page).toContain('<title>A &lt;test&gt; report</title>');
    expect(page).toContain('AMD EPYC 7B13');
    expect(page).toContain('Python 3.9.16 (PyPy 7.3.11)');
    expect(page).toContain('<strong>CPU time</strong>');
  });

  it('leaves out the conformance section without a conformance run', () => {
    const plain = renderHtml(results);
    expect(plain).not.toContain('id="conformance"');
    expect(plain).toContain('<title>pyworkbench benchmarks</title>');
  });

  it('fetches nothing: no scripts, no external URLs, a CSP forbidding connections', () => {
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(/i);
    const urls = [...page.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(page).toContain('content="default-src &#39;none&#39;;'); // the parser decodes &#39;
  });

  it('escapes every string from the data', () => {
    // The unsupported pair's reason and the host name carry markup characters.
    expect(page).not.toContain('<frozen');
    expect(page).toContain('&lt;frozen importlib._bootstrap&gt; &amp; &quot;_sre&quot;');
    expect(page).not.toContain('bench-<host>');
    expect(page).toContain('bench-&lt;host&gt;&amp;1');
    // A conformance failure whose expected line holds markup.
    expect(page).not.toContain('<bad>');
    expect(page).toContain('&lt;bad&gt;');
  });

  it('draws a ratio bar per pair with a ratio, steady and cold, and names the rest', () => {
    const ratioCharts = charts(page, 'ratios');
    expect(ratioCharts.map((c) => /data-phase="(\w+)"/.exec(c)![1])).toEqual(['steady', 'cold']);
    // Every non-baseline pair that ran ok has a ratio in the sample (python3 ran everything).
    const expected = okPairs(results, ['cpython', 'pypy3']);
    for (const chart of ratioCharts) {
      expect(count(chart, /class="mark bar"/g)).toBe(expected);
      expect(count(chart, /class="lane missing eng-0"/g)).toBe(1);
      expect(chart).toContain('unsupported: ModuleNotFoundError');
      expect(chart).toContain('class="plot-area"');
      expect(chart).toContain('class="one-line"');
    }
  });

  it('places bars monotonically on the log axis', () => {
    for (const chart of charts(page, 'ratios')) {
      const bars = [...chart.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" class="mark bar" rx="[\d.]+" data-ratio="([\d.]+)"/g)]
        .map((m) => ({ x: Number(m[1]), width: Number(m[2]), ratio: Number(m[3]) }));
      expect(bars.length).toBeGreaterThan(3);
      // The bar's far end (right for faster, left for slower) is where the ratio sits on the axis.
      const ends = bars.map((b) => ({ ratio: b.ratio, at: b.ratio >= 1 ? b.x + b.width : b.x })).sort((a, b) => a.ratio - b.ratio);
      for (let i = 1; i < ends.length; i++) expect(ends[i]!.at).toBeGreaterThanOrEqual(ends[i - 1]!.at);
      // Faster bars start at the 1× line and slower ones end there.
      const one = Number(/class="one-line"/.test(chart) && /<line x1="([\d.]+)"[^>]*class="one-line"/.exec(chart)![1]);
      for (const b of bars) expect(b.ratio >= 1 ? b.x : b.x + b.width).toBeCloseTo(one, 0);
    }
  });

  it('draws a warm-up chart per program with a curve and a settled mark per pair that ran', () => {
    const warmups = charts(page, 'warmup');
    expect(warmups.map((c) => /data-program="(\w+)"/.exec(c)![1])).toEqual(results.programs.map((p) => p.name));
    const all = warmups.join('');
    const ran = okPairs(results, results.engines.map((e) => e.name));
    expect(count(all, /class="mark warmup-line"/g)).toBe(ran);
    expect(count(all, /class="mark settled"/g)).toBe(ran);
    expect(page).toContain('cpython: unsupported: ModuleNotFoundError');
  });

  it('draws memory bars: RSS per pair that ran, heap for the engine', () => {
    const [memory, ...more] = charts(page, 'memory');
    expect(more).toEqual([]);
    expect(count(memory!, /class="mark rss"/g)).toBe(okPairs(results, results.engines.map((e) => e.name)));
    expect(count(memory!, /class="mark heap"/g)).toBe(okPairs(results, ['cpython']));
  });

  it('tabulates every pair, with figures or status and reason', () => {
    const table = /<table class="numbers">[\s\S]*?<\/table>/.exec(page)![0];
    expect(count(table, /<tr/g)).toBe(1 + results.runs.length);
    expect(count(table, /<span class="badge ok">ok<\/span>/g)).toBe(okPairs(results, results.engines.map((e) => e.name)));
    expect(table).toContain('<span class="badge bad">unsupported</span>');
  });

  it('summarises the geometric-mean ratios', () => {
    const summary = /<section id="summary">[\s\S]*?<\/section>/.exec(page)![0];
    const card = /<article class="card eng-2" data-engine="pypy3">[\s\S]*?<\/article>/.exec(summary)![0];
    const steady = Number(/data-geomean="steady">([\d.]+)×/.exec(card)![1]);
    expect(steady).toBeGreaterThan(1); // pypy3 is faster than python3 in the sample
    // It is the geometric mean of the ratios the steady chart draws for pypy3.
    const chart = charts(page, 'ratios')[0]!;
    const drawn = [...chart.matchAll(/<g class="lane eng-2">[\s\S]*?data-ratio="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(drawn).toHaveLength(3);
    expect(steady).toBeCloseTo(Math.exp(drawn.reduce((a, r) => a + Math.log(r), 0) / drawn.length), 2);
    expect(card).toContain('over 3 of 3 programs');
    const cpython = /<article class="card eng-0" data-engine="cpython">[\s\S]*?<\/article>/.exec(summary)![0];
    expect(cpython).toContain('over 2 of 3 programs');
    expect(cpython).toContain('slower than python3');
  });

  it('shows conformance pass rates and each failing case with its first differing line', () => {
    const section = /<section id="conformance">[\s\S]*?<\/section>/.exec(page)![0];
    expect(section).toContain('data-pass-rate="1.0000"');
    expect(count(section, /<details class="failures/g)).toBe(2); // cpython and pypy3; python3 passes everything
    expect(count(section, /<code class="case-id">/g)).toBe(6);
    expect(section).toContain('stderr line 3:');
    expect(section).toContain('exit code: expected <code>0</code>, got <code>1</code>');
    expect(section).toContain('&lt;end of output&gt;');
  });

  it('renders without a baseline, saying there are no ratios', () => {
    const alone: BenchResults = { ...results, baseline: null };
    const markup = renderHtml(alone);
    expect(charts(markup, 'ratios')).toEqual([]);
    expect(markup).toContain('No baseline ran, so there are no ratios');
    expect(markup).toContain('no ratio: no baseline ran');
    expect(charts(markup, 'warmup')).toHaveLength(results.programs.length);
  });

  it('renders a single engine, its own baseline, without empty charts', () => {
    const only: BenchResults = { ...results, baseline: 'python3', engines: results.engines.filter((e) => e.name === 'python3'),
      runs: results.runs.filter((r) => r.engine === 'python3') };
    const markup = renderHtml(only);
    expect(charts(markup, 'ratios')).toEqual([]);
    expect(markup).toContain('Only python3 ran, so there is nothing to compare it with.');
    expect(count(charts(markup, 'memory')[0]!, /class="mark rss"/g)).toBe(3);
  });

  it('says why a pair has no ratio when the baseline failed', () => {
    const runs = results.runs.map((r) => (r.program === 'nbody' && r.engine === 'python3'
      ? { program: r.program, engine: r.engine, status: 'timeout' as const, reason: 'killed after 300 s', iterations: [] }
      : r));
    const markup = renderHtml({ ...results, runs });
    expect(markup).toContain('no baseline time (python3: timeout: killed after 300 s)');
  });
});
