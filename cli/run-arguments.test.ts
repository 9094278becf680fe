import { describe, expect, it } from 'vitest';
import { parseRunArguments, RunUsageError } from './run-arguments.js';

describe('pyw run argument parsing', () => {
  it('gives everything after FILE to the program, flags included', () => {
    const a = parseRunArguments(['--stats', 'prog.py', '--stats', '-c', 'x']);
    expect(a).toMatchObject({ stats: true, file: 'prog.py', args: ['--stats', '-c', 'x'], engine: 'cpython' });
  });

  it('reads -c CODE and -m MODULE with the rest as arguments', () => {
    expect(parseRunArguments(['-c', 'print(1)', 'a', '-v'])).toMatchObject({ code: 'print(1)', args: ['a', '-v'] });
    expect(parseRunArguments(['--engine', 'cpython', '-m', 'pkg.mod', 'x'])).toMatchObject({ module: 'pkg.mod', args: ['x'] });
    expect(parseRunArguments(['--engine=cpython', '-'])).toMatchObject({ file: '-', args: [] });
  });

  it('means stdin when no program is named', () => {
    const a = parseRunArguments([]);
    expect(a.file).toBeUndefined();
    expect(a.code).toBeUndefined();
  });

  it('rejects unknown options and a missing -c argument', () => {
    expect(() => parseRunArguments(['--nope', 'x.py'])).toThrow(RunUsageError);
    expect(() => parseRunArguments(['-c'])).toThrow('Argument expected for the -c option');
    expect(() => parseRunArguments(['--engine'])).toThrow(RunUsageError);
  });
});
