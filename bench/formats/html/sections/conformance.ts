// The conformance section (when the report includes a conformance run): passed/total per category
// and engine with a bar, each engine's overall pass rate, and the cases that did not pass, per
// engine, collapsed, each with its first differing line or what happened to it.

import type { Difference } from '../../../../conformance/runner/compare.js';
import { type CaseResult, type ConformanceReport, summarise } from '../../../../conformance/runner/run.js';
import type { BenchResults } from '../../../results/schema.js';
import { html, type Markup } from '../escape.js';
import { formatPercent } from '../format.js';
import { engineClass } from '../palette.js';

export function conformanceSection(report: ConformanceReport, results: BenchResults): Markup {
  const colour = (engine: string): string => (results.engines.some((e) => e.name === engine) ? engineClass(results, engine) : 'eng-none');
  const summary = summarise(report);
  const all = summary.at(-1)!;
  const rates = report.engines.map((e) => {
    const cell = all.perEngine[e]!;
    const rate = cell.total ? cell.passed / cell.total : 0;
    return html`<article class="card ${colour(e)}" data-engine="${e}"><h3><span class="swatch"></span>${e}</h3>
  <p class="big" data-pass-rate="${rate.toFixed(4)}">${formatPercent(rate)}</p><p>${cell.passed} of ${cell.total} cases pass</p></article>`;
  });
  const rows = summary.map((row) => html`<tr${row.category === 'all' ? html` class="total"` : ''}><th scope="row">${row.category}</th>${report.engines.map((e) => {
    const cell = row.perEngine[e]!;
    const rate = cell.total ? cell.passed / cell.total : 0;
    return html`<td class="${colour(e)}"><span class="meter"><span style="width:${(rate * 100).toFixed(1)}%"></span></span> <span class="num">${cell.passed}/${cell.total}</span>${cell.failed ? html` <span class="warn">−${cell.failed}</span>` : ''}</td>`;
  })}</tr>`);
  const failures = report.engines.map((e) => {
    const failed = report.results.filter((r) => r.engine === e && r.status !== 'pass');
    if (failed.length === 0) return html`<p class="all-pass ${colour(e)}"><span class="swatch"></span>${e}: every case passes</p>`;
    return html`<details class="failures ${colour(e)}"><summary><span class="swatch"></span>${e}: ${failed.length} ${failed.length === 1 ? 'case does' : 'cases do'} not pass</summary>
  <ul>${failed.map(failureItem)}</ul></details>`;
  });
  return html`<section id="conformance"><h2>Conformance</h2>
<p class="intro">${report.cases} cases from the conformance suite, each run on every engine and compared exactly (stdout, stderr, exit code) with python3 3.11's output; timeout ${report.timeoutMs / 1000} s per case.</p>
<div class="cards">${rates}</div>
<div class="table-scroll"><table class="conformance"><thead><tr><th>category</th>${report.engines.map((e) => html`<th class="${colour(e)}"><span class="swatch"></span>${e}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></div>
<h3>Cases that do not pass</h3>
${failures}</section>`;
}

function failureItem(r: CaseResult): Markup {
  return html`<li><code class="case-id">${r.id}</code> <span class="badge bad">${r.status}</span> ${
    r.difference ? differenceText(r.difference) : html`<pre>${r.detail ?? ''}</pre>`}</li>`;
}

function differenceText(d: Difference): Markup {
  const show = (s: string | null): string => (s === null ? '<end of output>' : JSON.stringify(s));
  if (d.stream === 'exitCode') return html`exit code: expected <code>${d.expected}</code>, got <code>${d.actual}</code>`;
  return html`${d.stream} line ${d.line ?? '?'}:<pre>expected ${show(d.expected)}\nactual   ${show(d.actual)}</pre>`;
}
