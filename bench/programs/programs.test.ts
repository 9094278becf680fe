// The benchmark programs and their committed checksums agree, and the program contract holds.
//
// Without python3 this checks the files: every program in bench/checksums.json exists, every
// program file is listed with a checksum for each size, and each file opens with its one-line
// comment and declares SIZES and run(). With python3 (3.11) a few programs run at quick size
// through their own driver (--iterations, --timing) and through an import calling run(n), and
// must print the committed checksum (with --timing, after each iteration's wall and CPU seconds and
// the peak RSS); a bad argument must fail with the usage line.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithPython3, runPython3 } from '../../test/support/python3.js';

const PROGRAMS_DIR = dirname(fileURLToPath(import.meta.url));
const SIZES = ['quick', 'default', 'full'] as const;
const checksums = JSON.parse(readFileSync(join(PROGRAMS_DIR, '..', 'checksums.json'), 'utf8')) as Record<string, Record<string, string>>;
const programFiles = readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.py') && !f.startsWith('_')).map((f) => f.slice(0, -3)).sort();
const ENV = { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' };

describe('bench programs and checksums', () => {
  it('lists every program file, and every listed program exists', () => {
    expect(Object.keys(checksums).sort()).toEqual(programFiles);
    expect(programFiles.length).toBeGreaterThanOrEqual(22);
  });

  it.each(programFiles)('%s has a checksum per size, a header, SIZES and run()', (name) => {
    expect(Object.keys(checksums[name] ?? {})).toEqual([...SIZES]);
    const source = readFileSync(join(PROGRAMS_DIR, `${name}.py`), 'utf8');
    expect(source.startsWith(`# ${name}: `)).toBe(true);
    expect(source).toMatch(/^SIZES = \{"quick": \d+, "default": \d+, "full": \d+\}$/m);
    expect(source).toMatch(/^def run\(n\):$/m);
    expect(source).toMatch(/^if __name__ == "__main__":$/m);
  });
});

describeWithPython3('bench program contract under python3', () => {
  it.each(['fib', 'word_freq', 'exceptions'])('%s: the driver times iterations and prints the checksum', (name) => {
    const run = runPython3([`${name}.py`, 'quick', '--iterations', '2', '--timing'], { cwd: PROGRAMS_DIR, env: ENV });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    lines.slice(0, 2).forEach((line, i) => expect(line).toMatch(new RegExp(`^iteration ${i} \\d+\\.\\d{6} \\d+\\.\\d{6}$`)));
    // CPU time cannot much exceed wall time in a single-threaded program.
    const [wall, cpu] = lines[0]!.split(' ').slice(2).map(Number);
    expect(cpu).toBeLessThan(wall! * 1.5 + 0.01);
    expect(lines[2]).toMatch(/^maxrss \d+$/);
    expect(Number(lines[2]!.split(' ')[1])).toBeGreaterThan(1024);
    expect(lines[3]).toBe(`checksum: ${checksums[name]!.quick}`);
  });

  it('run(n) called from an importer gives the committed checksum', () => {
    const script = 'import sys; sys.path.insert(0, "."); import richards as p; print(p.run(p.SIZES["quick"]))';
    const run = runPython3(['-c', script], { cwd: PROGRAMS_DIR, env: ENV });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(checksums.richards!.quick);
  });

  it('without --timing only the checksum is printed; a bad argument fails with usage', () => {
    const quiet = runPython3(['pidigits.py', 'quick'], { cwd: PROGRAMS_DIR, env: ENV });
    expect(quiet.stdout).toBe(`checksum: ${checksums.pidigits!.quick}\n`);
    const bad = runPython3(['pidigits.py', 'huge'], { cwd: PROGRAMS_DIR, env: ENV });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^usage: .*\[quick\|default\|full\] \[--iterations K\] \[--timing\]/);
  });
});

// pypy3 (Python 3.9) runs the same driver; it is not installed on CI machines.
const PYPY = process.env.PYWB_PYPY ?? 'pypy3';
const hasPypy = spawnSync(PYPY, ['--version']).status === 0;

describe.skipIf(!hasPypy)('bench program contract under pypy3', () => {
  it('the driver prints timings, the peak RSS and the checksum', () => {
    const run = spawnSync(PYPY, ['fib.py', 'quick', '--iterations', '1', '--timing'], { cwd: PROGRAMS_DIR, env: ENV, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^iteration 0 \\d+\\.\\d{6} \\d+\\.\\d{6}\\nmaxrss \\d+\\nchecksum: ${checksums.fib!.quick}\\n$`));
  });
});
