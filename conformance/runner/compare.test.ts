// Unit tests of case selection by glob, output normalisation and the first-difference report.

import { describe, expect, it } from 'vitest';
import { globFilter } from './cases.js';
import { firstDifference, normaliseOutput } from './compare.js';

describe('globFilter', () => {
  it('matches category/name, or a category or a name when the glob has no slash', () => {
    expect(globFilter('str*')('str_format', 'x')).toBe(true);
    expect(globFilter('str*')('int', 'strange')).toBe(true);
    expect(globFilter('str*')('int', 'pow')).toBe(false);
    expect(globFilter('int/pow_*')('int', 'pow_modular')).toBe(true);
    expect(globFilter('int/pow_*')('float', 'pow_modular')).toBe(false);
    expect(globFilter('*/a?c')('x', 'abc')).toBe(true);
    expect(globFilter('*')('x', 'a.b')).toBe(true);
    expect(globFilter('a.b')('x', 'aXb')).toBe(false);
  });

  it('keeps * and ? within a segment and lets ** cross', () => {
    expect(globFilter('i*t')('in/t', 'q')).toBe(false);
    expect(globFilter('i**/x')('int', 'x')).toBe(true);
    expect(globFilter('**')('int', 'x')).toBe(true);
  });
});

describe('normaliseOutput', () => {
  it('takes the case folder out of paths', () => {
    const text = 'File "/srv/cases/tb/x.py", line 1\n/srv/cases/tb\n/srv/cases/tbz\n';
    expect(normaliseOutput(text, '/srv/cases/tb')).toBe('File "x.py", line 1\n.\n.z\n');
  });
});

describe('firstDifference', () => {
  const base = { stdout: 'a\nb\nc\n', stderr: 'e\n', exitCode: 0 };

  it('is null for identical outcomes', () => {
    expect(firstDifference(base, { ...base })).toBeNull();
  });

  it('names the stream, the 1-based line and both lines', () => {
    expect(firstDifference(base, { ...base, stdout: 'a\nB\nc\n' })).toEqual({ stream: 'stdout', line: 2, expected: 'b\n', actual: 'B\n' });
    expect(firstDifference(base, { ...base, stderr: 'e\nmore\n' })).toEqual({ stream: 'stderr', line: 2, expected: null, actual: 'more\n' });
  });

  it('sees a missing final newline and a short output', () => {
    expect(firstDifference(base, { ...base, stdout: 'a\nb\nc' })).toEqual({ stream: 'stdout', line: 3, expected: 'c\n', actual: 'c' });
    expect(firstDifference(base, { ...base, stdout: 'a\n' })).toEqual({ stream: 'stdout', line: 2, expected: 'b\n', actual: null });
  });

  it('checks stdout, then stderr, then the exit code', () => {
    expect(firstDifference(base, { stdout: 'x\n', stderr: 'y\n', exitCode: 1 })?.stream).toBe('stdout');
    expect(firstDifference(base, { ...base, stderr: 'y\n', exitCode: 1 })?.stream).toBe('stderr');
    expect(firstDifference(base, { ...base, exitCode: 1 })).toEqual({ stream: 'exitCode', expected: '0', actual: '1' });
  });
});
