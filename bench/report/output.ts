// A results document in any output format, to stdout or a file: shared by `pyw bench` and
// `pyw bench import`. The renderers are imported only when their format is asked for (the HTML one
// is the largest). pyperf is the odd one: one file per engine (bench/formats/pyperf-files.ts).

import { writeFileSync } from 'node:fs';
import { renderTable } from '../formats/table.js';
import type { BenchResults } from '../results/schema.js';

export const OUTPUT_FORMATS = ['table', 'json', 'md', 'html', 'pyperf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The text of a single-document format. */
export async function renderResults(results: BenchResults, format: Exclude<OutputFormat, 'pyperf'>): Promise<string> {
  switch (format) {
    case 'table': return renderTable(results);
    case 'json': return `${JSON.stringify(results, null, 2)}\n`;
    case 'md': return (await import('../formats/markdown.js')).renderMarkdown(results);
    case 'html': return (await import('../formats/html/index.js')).renderHtml(results);
  }
}

export interface Written {
  /** Text for stdout (when no file was asked for). */
  readonly stdout?: string;
  /** Files written. */
  readonly files: readonly string[];
}

/** Renders and writes: to `out` when given (pyperf: see pyperf-files.ts), else returns the text for stdout. */
export async function writeResults(results: BenchResults, format: OutputFormat, out: string | undefined,
  onNote?: (note: string) => void): Promise<Written> {
  if (format === 'pyperf') return (await import('../formats/pyperf-files.js')).writePyperf(results, out, onNote);
  const text = await renderResults(results, format);
  if (out === undefined) return { stdout: text, files: [] };
  writeFileSync(out, text);
  return { files: [out] };
}
