// The page's header: what was run (title, date, size and work per program), how it was measured
// (the metric and why, the baseline, the settings) and where (the machine, the versions).

import type { BenchResults } from '../../../results/schema.js';
import { html, type Markup } from '../escape.js';
import { formatBytes, formatMs } from '../format.js';

export function headerSection(results: BenchResults, title: string): Markup {
  const { machine, versions, settings } = results;
  const baselineInfo = results.engines.find((e) => e.name === results.baseline);
  return html`<header class="page-header">
  <p class="eyebrow">pyworkbench ${versions.pyworkbench} · benchmark report</p>
  <h1>${title}</h1>
  <p class="lede">${formatDate(results.startedAt)} · ${results.programs.length} programs × ${results.engines.length} engines at size <strong>${results.size}</strong> · took ${formatDuration(results.durationSeconds)}</p>
  <dl class="facts">
    <div><dt>Metric</dt><dd>${metricText(results)}</dd></div>
    <div><dt>Baseline</dt><dd>${results.baseline === null
    ? 'none: no baseline ran, so there are no ratios'
    : html`<strong>${results.baseline}</strong>${baselineInfo ? ` (${baselineInfo.description})` : ''}: every ratio is ${results.baseline}'s time ÷ the engine's time, so above 1 is faster`}</dd></div>
    <div><dt>Machine</dt><dd>${machine.cpuModel}, ${machine.cores} ${machine.cores === 1 ? 'core' : 'cores'}, ${formatBytes(machine.memoryBytes)} memory<br>
      load average ${machine.loadAverage.map((l) => l.toFixed(2)).join(' / ')} at the start · host <code>${machine.hostname}</code> · ${machine.platform} ${machine.arch}</dd></div>
    <div><dt>Versions</dt><dd>Node ${versions.node} · V8 ${versions.v8} · pyworkbench ${versions.pyworkbench}<br>
      ${Object.entries(versions.engines).map(([name, v], i) => html`${i ? html`<br>` : ''}${name}: ${v}`)}</dd></div>
    <div><dt>Iterations</dt><dd>1 cold, ${settings.warmupIterations} warm-up, then at least ${settings.minSamples} steady-state samples and ${formatMs(settings.minSampleTimeMs)} of sampling per pair; timeout ${formatMs(settings.timeoutMs)}${
    Object.keys(settings.environment).length ? html`; environment ${Object.entries(settings.environment).map(([k, v]) => html`<code>${k}=${v}</code> `)}` : ''}</dd></div>
  </dl>
  <details class="programs">
    <summary>The ${results.programs.length} programs and the work each did at size ${results.size}</summary>
    <table class="compact">
      <thead><tr><th>program</th><th class="num">work n</th><th>exercises</th><th>checksum</th></tr></thead>
      <tbody>${results.programs.map((p) => html`<tr><td>${p.name}</td><td class="num">${p.work.toLocaleString('en-US')}</td><td>${p.description}</td><td><code class="clip">${p.expectedChecksum}</code></td></tr>`)}</tbody>
    </table>
  </details>
</header>`;
}

function metricText(results: BenchResults): Markup {
  return results.metric === 'cpu'
    ? html`<strong>CPU time</strong>: the machines are shared, and a run's wall time can be several times its CPU time, so ratios come from the CPU time each iteration used (wall times are in the table)`
    : html`<strong>wall time</strong> (chosen for this run; on a shared machine it includes time spent waiting for the CPU)`;
}

/** "2025-03-14 09:26 UTC" from an ISO time. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
