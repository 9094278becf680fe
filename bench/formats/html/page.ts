// The page shell: doctype, a Content-Security-Policy that forbids every fetch (the report is one
// self-contained file; the policy makes sure nothing in it can reach the network), the inline
// stylesheet, a table of contents and the sections in order.

import { html, type Markup, raw } from './escape.js';
import { STYLE } from './style.js';

export interface PageSection {
  readonly id: string;
  readonly label: string;
  readonly body: Markup;
}

/** Inline styles only; no scripts, fonts, images or connections of any kind. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function page(title: string, header: Markup, sections: readonly PageSection[], footer: Markup): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pyworkbench">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<main>
${header}
<nav class="toc">${sections.map((s) => html`<a href="#${s.id}">${s.label}</a>`)}</nav>
${sections.map((s) => s.body)}
<footer>${footer}</footer>
</main>
</body>
</html>
`.text;
}
