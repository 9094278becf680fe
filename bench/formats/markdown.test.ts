import { describe, expect, it } from 'vitest';
import type { BenchResults, RunRecord } from '../results/schema.js';
import { sampleResults } from './html/sample-results.js';
import { escape, formatMs, formatRatio, renderMarkdown } from './markdown.js';

/** The table's rows (lines starting with "|"), split into trimmed cells. */
function rows(markdown: string): string[][] {
  return markdown.split('\n').filter((l) => l.startsWith('|')).map((l) => l.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
}

describe('renderMarkdown', () => {
  const results = sampleResults();
  const md = renderMarkdown(results);

  it('states size, clock, baseline and machine in the header line', () => {
    const first = md.split('\n')[0]!;
    expect(first).toContain('size `default`');
    expect(first).toContain('CPU time');
    expect(first).toContain('ratios to **python3**');
    expect(first).toContain('AMD EPYC 7B13 (2 cores)');
  });

  it('is one table: a header, the alignment row, a row per program and a geometric-mean row, all as wide', () => {
    const table = rows(md);
    expect(table[0]).toEqual(['program', 'cpython', 'python3 (baseline)', 'pypy3']);
    expect(table[1]).toEqual(['---', '---:', '---:', '---:']);
    expect(table.slice(2, -1).map((r) => r[0])).toEqual(results.programs.map((p) => `\`${p.name}\``));
    expect(table.at(-1)![0]).toBe('**geometric mean**');
    for (const r of table) expect(r).toHaveLength(4);
  });

  it('gives each pair its steady median time and its steady and cold ratios', () => {
    const run = results.runs.find((r) => r.program === 'nbody' && r.engine === 'pypy3')!;
    const base = results.runs.find((r) => r.program === 'nbody' && r.engine === 'python3')!;
    const steady = base.phases!.steadyCpu.median / run.phases!.steadyCpu.median;
    const cold = base.phases!.cold.cpuMs / run.phases!.cold.cpuMs;
    const nbody = rows(md).find((r) => r[0] === '`nbody`')!;
    expect(nbody[3]).toBe(`${formatMs(run.phases!.steadyCpu.median)} · ${formatRatio(steady)} (cold ${formatRatio(cold)})`);
    expect(nbody[2]).toBe(formatMs(base.phases!.steadyCpu.median));
  });

  it('shows an unsupported pair with its reason, escaped, and keeps it out of the geometric mean', () => {
    const regex = rows(md).find((r) => r[0] === '`regex`')!;
    expect(regex[1]).toMatch(/^unsupported: ModuleNotFoundError: No module named 're' \(in \\<frozen importlib\.\\_bootstrap\\> & "\\_sre"\)$/);
    const ratios = results.programs.filter((p) => p.name !== 'regex').map((p) => {
      const b = results.runs.find((r) => r.program === p.name && r.engine === 'python3')!.phases!.steadyCpu.median;
      const e = results.runs.find((r) => r.program === p.name && r.engine === 'cpython')!.phases!.steadyCpu.median;
      return b / e;
    });
    const geo = Math.sqrt(ratios[0]! * ratios[1]!);
    expect(rows(md).at(-1)![1]).toMatch(new RegExp(`^\\*\\*${formatRatio(geo).replace('.', '\\.')}\\*\\* \\(cold `));
  });

  it('names the other failures and escapes a pipe in a reason so the row keeps its cells', () => {
    const broken: BenchResults = {
      ...results,
      runs: results.runs.map((r): RunRecord => {
        if (r.program === 'nbody' && r.engine === 'cpython') return { ...r, status: 'error', reason: 'ValueError: a | b\nsecond line', phases: undefined };
        if (r.program === 'richards' && r.engine === 'cpython') return { ...r, status: 'wrong-checksum', checksum: '42', phases: undefined };
        if (r.program === 'richards' && r.engine === 'pypy3') return { ...r, status: 'timeout', phases: undefined };
        return r;
      }),
    };
    const table = rows(renderMarkdown(broken));
    for (const r of table) expect(r).toHaveLength(4);
    expect(table.find((r) => r[0] === '`nbody`')![1]).toBe('**error**: ValueError: a \\| b second line');
    expect(table.find((r) => r[0] === '`richards`')![1]).toBe('**wrong checksum** (`42`)');
    expect(table.find((r) => r[0] === '`richards`')![3]).toBe('**timeout**');
  });

  it('without a baseline shows times only and no geometric-mean row', () => {
    const table = rows(renderMarkdown({ ...results, baseline: null }));
    expect(table.at(-1)![0]).toBe('`regex`');
    expect(table.find((r) => r[0] === '`nbody`')![3]).not.toContain('×');
  });

  it('with the baseline alone has no geometric-mean row', () => {
    const alone: BenchResults = { ...results, engines: [results.engines[1]!], runs: results.runs.filter((r) => r.engine === 'python3') };
    const table = rows(renderMarkdown(alone));
    expect(table.map((r) => r[0])).toEqual(['program', '---', '`nbody`', '`richards`', '`regex`']);
  });

  it('escapes Markdown specials', () => {
    expect(escape('a|b*c_d`e<f>')).toBe('a\\|b\\*c\\_d\\`e\\<f\\>');
  });
});
