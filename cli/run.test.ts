// `pyw run` as a whole process against `python3` on the same programs: stdout, stderr and exit
// code must be identical (paths are the same on both sides, since both run the same files).
// The counters of --stats are checked for presence and consistency, as python3 has none.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithPython3, runPython3 } from '../test/support/python3.js';
import { repoRoot } from '../bench/repo-root.js';

const PYW = join(repoRoot(), 'bin', 'run.js');
const dir = mkdtempSync(join(tmpdir(), 'pyw-run-'));

function pyw(args: string[], input = ''): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(process.execPath, [PYW, 'run', ...args], { input, encoding: 'utf8', cwd: dir });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PROGRAMS: Record<string, string> = {
  'argv.py': 'import sys\nprint(sys.argv[1:], len(sys.argv))\n',
  'exit_code.py': 'import sys\nprint("before")\nsys.exit(3)\n',
  'exit_message.py': 'raise SystemExit("bye")\n',
  'uncaught.py': 'def f(x):\n    return x / 0\n\nprint("start")\nf(1)\n',
  'syntax_error.py': 'x = (1,\nprint(x\n',
  'recursion.py': 'def down(n):\n    return down(n + 1)\n\ndown(0)\n',
  'stdin_echo.py': 'import sys\nfor line in sys.stdin:\n    print(line.upper(), end="")\n',
};

describeWithPython3('pyw run against python3', () => {
  for (const [name, text] of Object.entries(PROGRAMS)) {
    it(name, () => {
      const path = file(name, text);
      const args = name === 'argv.py' ? [path, 'a', '--stats', '-c'] : [path];
      const input = name === 'stdin_echo.py' ? 'one\ntwo\n' : '';
      const ours = pyw(args, input);
      const ref = runPython3(args, { input, cwd: dir });
      expect({ stdout: ours.stdout, stderr: ours.stderr, status: ours.status }).toEqual({ stdout: ref.stdout, stderr: ref.stderr, status: ref.status });
    });
  }

  it('-c and a program on stdin', () => {
    const code = 'import sys; print(sys.argv, 2 ** 70)';
    expect(pyw(['-c', code, 'x']).stdout).toBe(runPython3(['-c', code, 'x']).stdout);
    const fromStdin = pyw([], 'print("from stdin")\n');
    expect(fromStdin.stdout).toBe(runPython3([], { input: 'print("from stdin")\n' }).stdout);
  });

  it('a .pyc written by python3', () => {
    const src = file('compiled_prog.py', 'import sys\ndef sq(x):\n    return x * x\nprint([sq(i) for i in range(5)], sys.argv[1:])\nraise ValueError("at the end")\n');
    const pyc = join(dir, 'compiled_prog.pyc');
    runPython3(['-c', `import py_compile; py_compile.compile(${JSON.stringify(src)}, cfile=${JSON.stringify(pyc)})`]);
    const ours = pyw([pyc, 'arg']);
    const ref = runPython3([pyc, 'arg'], { cwd: dir });
    expect(ours).toEqual({ stdout: ref.stdout, stderr: ref.stderr, status: ref.status });
    expect(ours.stdout).toContain('[0, 1, 4, 9, 16]');
  });

  it('a file that cannot be opened', () => {
    const ours = pyw([join(dir, 'missing.py')]);
    const ref = runPython3([join(dir, 'missing.py')]);
    expect(ours.stderr.replace(/^[^:]*:/, '')).toBe(ref.stderr.replace(/^[^:]*:/, ''));
    expect(ours.status).toBe(ref.status);
  });
});

describe('pyw run --stats', () => {
  it('prints instructions by opcode, allocations and refcount operations after the output', () => {
    const r = pyw(['--stats', '-c', 'x = [i * 2 for i in range(100)]\nprint(len(x))']);
    expect(r.stdout).toBe('100\n');
    const value = (label: string): number => {
      const m = new RegExp(`^${label}\\s+([\\d,]+)`, 'm').exec(r.stderr);
      return m ? Number(m[1]!.replace(/,/g, '')) : NaN;
    };
    expect(value('instructions')).toBeGreaterThan(100);
    expect(value('objects allocated')).toBeGreaterThan(100);
    expect(value('objects freed')).toBeGreaterThan(0);
    expect(value('refcount increments')).toBeGreaterThan(0);
    expect(value('refcount decrements')).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^\s+BINARY_OP\s+[\d,]+$/m);
    expect(r.stderr).toMatch(/^\s+FOR_ITER\s+[\d,]+$/m);
  });
});
