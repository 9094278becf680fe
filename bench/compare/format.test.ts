import { describe, expect, it } from 'vitest';
import { compareResults } from './compare.js';
import { formatChange, formatComparison, formatComparisonMarkdown, formatMs, formatPValue } from './format.js';
import { syntheticResults } from './synthetic.js';

const baseline = syntheticResults([
  { program: 'fib', engine: 'cpython', samples: [40, 41, 39, 40, 40.5] },
  { program: 'fib', engine: 'python3', samples: [10, 10.1, 9.9, 10, 10] },
  { program: 'regex', engine: 'cpython', status: 'unsupported', reason: "No module named 're'" },
  { program: 'regex', engine: 'python3', samples: [20, 20.2, 19.8, 20, 20.1] },
  { program: 'nbody', engine: 'cpython', samples: [100, 101, 99, 100, 100] },
]);
const current = syntheticResults([
  { program: 'fib', engine: 'cpython', samples: [52, 53, 51, 52, 52.5] },
  { program: 'fib', engine: 'python3', samples: [10, 10.1, 9.9, 10.05, 10] },
  { program: 'regex', engine: 'cpython', status: 'unsupported', reason: "No module named 're'" },
  { program: 'regex', engine: 'python3', samples: [20, 20.1, 19.9, 20, 20.1] },
  { program: 'nbody', engine: 'cpython', samples: [70, 71, 69, 70, 70] },
], { startedAt: '2026-01-02T00:00:00.000Z' });
const comparison = compareResults(baseline, current);

describe('formatComparison', () => {
  const text = formatComparison(comparison);
  const lines = text.split('\n');

  it('lists every pair with its times, change and verdict', () => {
    const row = (program: string, engine: string): string => lines.find((l) => l.includes(` ${program} `) && l.includes(` ${engine} `)) ?? '';
    expect(row('fib', 'cpython')).toMatch(/40\.0 ms .*52\.0 ms .*1\.30x slower .*<0\.001 .*slower/);
    expect(row('fib', 'python3')).toContain('not significant');
    expect(row('regex', 'cpython')).toContain("incomparable (unsupported: No module named 're' in both)");
    expect(row('regex', 'python3')).toContain('not significant');
    expect(row('nbody', 'cpython')).toMatch(/100 ms .*70\.0 ms .*1\.43x faster .*faster/);
    expect(comparison.verdicts).toHaveLength(5);
  });

  it('says what was compared, and ends with a geometric mean and counts per engine', () => {
    expect(lines[0]).toContain('Compared by CPU time (steady-state medians), size quick');
    expect(lines[1]).toBe("Faster or slower: Student's t-test p < 0.05 and a change of at least 10%.");
    expect(text).toMatch(/geometric mean +│ cpython .*1\.05x faster/);
    expect(text).toContain('cpython: 1 slower, 1 faster, 1 incomparable');
    expect(text).toContain('python3: 2 not significant');
  });

  it('leaves out the geometric mean of a single pair', () => {
    const one = syntheticResults([{ program: 'fib', engine: 'cpython', samples: [40, 41, 39] }]);
    const c = compareResults(one, one);
    expect(c.geometricMeanChange.cpython).toBe(0);
    expect(formatComparison(c)).not.toContain('geometric mean');
  });

  it('shows warnings and copes with nothing in common', () => {
    const other = syntheticResults([{ program: 'x', engine: 'y', samples: [1, 2, 3] }], { metric: 'wall' });
    const empty = compareResults(syntheticResults([]), syntheticResults([], { metric: 'wall' }));
    expect(formatComparison(empty)).toContain('no (program, engine) pair in common');
    expect(formatComparison(compareResults(baseline, other))).toContain('warning: the baseline was ranked by CPU time');
  });
});

describe('formatComparisonMarkdown', () => {
  const md = formatComparisonMarkdown(comparison);

  it('is a Markdown table with a row per pair and per geometric mean', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(1 + 5 + 2);
    expect(rows[0]).toBe('| program | engine | baseline | current | change | p | verdict |');
    expect(md).toContain('| fib | cpython | 40.0 ms | 52.0 ms | 1.30x slower | <0.001 | slower |');
    expect(md).toContain('| **geometric mean** | cpython |');
    expect(md).toContain('- cpython: 1 slower, 1 faster, 1 incomparable');
  });

  it('escapes pipes in reasons', () => {
    const piped = syntheticResults([{ program: 'p', engine: 'e', status: 'error', reason: 'a | b' }]);
    expect(formatComparisonMarkdown(compareResults(piped, piped))).toContain('error: a \\| b in both');
  });
});

describe('number formats', () => {
  it('formats times, changes and p-values', () => {
    expect([formatMs(1.234), formatMs(12.34), formatMs(123.4), formatMs(12_345), formatMs(undefined)]).toEqual(['1.23 ms', '12.3 ms', '123 ms', '12.3 s', '-']);
    expect([formatChange(0.3), formatChange(-0.2), formatChange(0), formatChange(Number.NaN)]).toEqual(['1.30x slower', '1.25x faster', 'no change', '-']);
    expect([formatPValue(0.0001), formatPValue(0.0234), formatPValue(undefined)]).toEqual(['<0.001', '0.023', '-']);
  });
});
