// The page's stylesheet, inlined. Colours are variables with a light set, a dark set (for
// prefers-color-scheme: dark) and the light set again for print; engine colours come from the
// `eng-N` classes (palette.ts), which set `--c` for whatever they contain: chart marks, swatches.

const LIGHT = `
  --bg: #fbfbfa; --fg: #1d2127; --muted: #5f6670; --faint: #8b929b; --line: #dfe2e6; --card: #ffffff;
  --plot-bg: #f4f5f7; --grid: #e1e4e8; --stripe: rgba(30, 40, 60, 0.035); --band: rgba(232, 170, 40, 0.13);
  --accent: #2f5fa7; --ok: #23794f; --bad: #b3403a; --code: #f0f1f3;
  --c0: #3b6fb6; --c1: #d9822b; --c2: #2f9461; --c3: #c8475a; --c4: #8459bd; --c5: #1a93a8; --c6: #a9811a; --c7: #8c6d5a;`;

const DARK = `
  --bg: #15181c; --fg: #e5e8ec; --muted: #a1a8b2; --faint: #7b838d; --line: #2e343b; --card: #1c2025;
  --plot-bg: #1f2429; --grid: #2f353c; --stripe: rgba(255, 255, 255, 0.035); --band: rgba(232, 170, 40, 0.12);
  --accent: #7fa7e6; --ok: #5fc48f; --bad: #ec7a72; --code: #262b31;
  --c0: #6d9eea; --c1: #f0a35c; --c2: #56c48b; --c3: #ec7487; --c4: #b28de6; --c5: #4fc3d8; --c6: #dbb448; --c7: #bf9c86;`;

export const STYLE = `
:root { color-scheme: light dark; ${LIGHT} }
@media (prefers-color-scheme: dark) { :root { ${DARK} } }
@media print { :root { color-scheme: light; ${LIGHT} --bg: #fff; --plot-bg: #f7f7f7; } }
${Array.from({ length: 8 }, (_, i) => `.eng-${i} { --c: var(--c${i}); }`).join('\n')}
.eng-none { --c: var(--faint); }
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 28px 28px 60px; }
h1 { font-size: 30px; line-height: 1.2; margin: 4px 0 6px; letter-spacing: -0.01em; }
h2 { font-size: 21px; margin: 0 0 6px; padding-top: 8px; }
h3 { font-size: 15px; margin: 0; }
a { color: var(--accent); }
code, pre { font: 12.5px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
code { background: var(--code); padding: 1px 4px; border-radius: 4px; }
pre { background: var(--code); padding: 6px 8px; border-radius: 6px; margin: 4px 0 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.warn { color: var(--bad); }
.nowrap { white-space: nowrap; }
.eyebrow { margin: 0; color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; }
.lede { margin: 0 0 18px; color: var(--muted); font-size: 16px; }
.page-header { border-bottom: 1px solid var(--line); padding-bottom: 14px; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 10px 28px; margin: 0 0 12px; }
.facts div { border-left: 3px solid var(--line); padding-left: 10px; }
.facts dt { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.facts dd { margin: 0; font-size: 14px; }
nav.toc { position: sticky; top: 0; z-index: 1; background: var(--bg); border-bottom: 1px solid var(--line); padding: 8px 0; margin-bottom: 8px; font-size: 14px; }
nav.toc a { margin-right: 18px; text-decoration: none; }
section { padding: 18px 0 14px; border-bottom: 1px solid var(--line); }
.intro { max-width: 900px; color: var(--muted); margin: 0 0 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 14px; margin-bottom: 14px; }
section > h3 { margin: 16px 0 4px; }
.card { background: var(--card); border: 1px solid var(--line); border-top: 4px solid var(--c, var(--line)); border-radius: 8px; padding: 12px 16px; }
.card p { margin: 2px 0; }
.card .big { font-size: 34px; font-weight: 650; line-height: 1.15; margin-top: 6px; font-variant-numeric: tabular-nums; }
.card .cold { margin-top: 6px; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 3px; background: var(--c, var(--faint)); margin-right: 6px; vertical-align: -1px; }
.legend { list-style: none; padding: 0; margin: 4px 0 10px; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 14px; }
.legend-note { color: var(--muted); }
.chart-pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 18px; }
figure { margin: 0; }
.chart-figure { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px 6px; }
.chart-figure.wide { max-width: 720px; }
figcaption { font-size: 14px; margin-bottom: 6px; color: var(--muted); }
figcaption strong { color: var(--fg); }
.chart { display: block; width: 100%; height: auto; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.chart .plot-area { fill: var(--plot-bg); }
.chart .grid { stroke: var(--grid); stroke-width: 1; }
.chart .axis text { fill: var(--muted); font-size: 10px; font-variant-numeric: tabular-nums; }
.chart .axis .axis-caption { font-size: 11px; fill: var(--muted); }
.chart .row-stripe { fill: var(--stripe); }
.chart .row-label { fill: var(--fg); font-size: 12px; }
.chart .one-line { stroke: var(--fg); stroke-width: 1.5; }
.chart .bar { fill: var(--c); }
.chart .lane:hover .bar { filter: brightness(1.15); }
.chart .value-label { fill: var(--muted); font-size: 10px; font-variant-numeric: tabular-nums; }
.chart .missing-text { fill: var(--muted); font-size: 10px; font-style: italic; }
.chart .missing-mark { fill: none; stroke: var(--c); stroke-width: 1.5; }
.chart .rss { fill: var(--c); fill-opacity: 0.4; }
.chart .heap { fill: var(--c); }
.chart .warmup-line { fill: none; stroke: var(--c); stroke-width: 1.8; stroke-linejoin: round; }
.chart .warmup-point { fill: var(--c); }
.chart .settled { fill: var(--card); stroke: var(--c); stroke-width: 2; }
.chart .warmup-band rect { fill: var(--band); }
.chart .warmup-band text { fill: var(--muted); font-size: 9px; }
.warmup-grid { align-items: start; display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; }
.warmup-card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 8px 4px; }
.warmup-card figcaption { color: var(--fg); font-weight: 600; margin: 0 0 2px 4px; }
.absent { margin: 0 4px 4px; padding: 0; list-style: none; font-size: 12px; color: var(--muted); font-style: italic; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: 4px 7px; text-align: left; vertical-align: top; }
thead th { font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); vertical-align: bottom; }
td.engine { white-space: nowrap; }
tbody tr.group-start > * { border-top: 1px solid var(--line); }
tbody th { font-weight: 600; }
td.num, th.num, .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; }
td.reason { color: var(--muted); font-style: italic; overflow-wrap: anywhere; }
table.compact td, table.compact th { padding: 2px 10px 2px 0; }
.clip { display: inline-block; max-width: 340px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }
.badge { display: inline-block; font-size: 11.5px; padding: 0 7px; border-radius: 9px; border: 1px solid currentColor; white-space: nowrap; }
.badge.ok { color: var(--ok); }
.badge.bad { color: var(--bad); }
details { margin: 8px 0; }
summary { cursor: pointer; }
.programs summary { color: var(--muted); }
table.conformance td { white-space: nowrap; }
table.conformance tr.total > * { border-top: 2px solid var(--line); font-weight: 600; }
.meter { display: inline-block; width: 90px; height: 8px; border-radius: 4px; background: var(--plot-bg); overflow: hidden; vertical-align: 0; border: 1px solid var(--line); }
.meter span { display: block; height: 100%; background: var(--c); }
.failures ul { list-style: none; padding-left: 8px; }
.failures li { margin: 6px 0; }
.all-pass { color: var(--muted); }
footer { color: var(--faint); font-size: 13px; padding-top: 16px; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  section { break-inside: auto; border-bottom: none; }
  figure, .card, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  .table-scroll { overflow: visible; }
  /* Print the collapsed lists too (browsers with ::details-content; others print them closed). */
  details::details-content { content-visibility: visible; display: block; height: auto; }
  details > summary::marker { content: ""; }
}
`;
