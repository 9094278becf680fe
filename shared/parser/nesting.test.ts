// Deep nesting against python3: where the parser's MemoryError (pegen's MAXSTACK,
// modelled in nesting.ts) and ast.parse's "RecursionError during ast
// construction" (shared/ast/ast-construction.ts) start, and that nothing
// escapes as a JavaScript RangeError before them.
//
// Each case is a template whose `E` is replaced by a chain of `n` units ending
// in `x` (by default `-` * n + 'x'). We bisect the first n at which our side
// fails, then ask python3 about n - 1 and n: it must accept the first and fail
// the same way on the second, so the thresholds agree exactly.

import { expect, it } from 'vitest';
import { parse, type ParseMode } from './index.js';
import { runAstMain } from '../ast/ast-main.js';
import { execFile } from 'node:child_process';
import { describeWithPython3, PYTHON, python3Json, runPython3 } from '../../test/support/python3.js';

interface Case {
  template: string;
  unit?: string;
  mode?: ParseMode;
}

const block = (header: string, depth: number): string =>
  Array.from({ length: depth }, (_, i) => ' '.repeat(i) + header + '\n').join('') + ' '.repeat(depth) + 'E\n';

/** Positions (statement kinds, brackets, operators, blocks) and chains (the unit). */
const MEMORY_CASES: Case[] = [
  { template: 'E' }, { template: 'x = E' }, { template: 'a = b = E' }, { template: 'x += E' },
  { template: 'x: int = E' }, { template: 'def f():\n return E' }, { template: 'if E: pass' },
  { template: 'for a in E: pass' }, { template: 'assert E' }, { template: 'raise E' },
  { template: 'def f():\n x = yield E' }, { template: '@E\ndef f(): pass' }, { template: 'class C(E): pass' },
  { template: 'def f(x=E): pass' }, { template: 'def f(x: E): pass' }, { template: 'match E:\n case 1: pass' },
  { template: 'E', mode: 'eval' }, { template: 'E', mode: 'single' }, { template: '() -> E', mode: 'func_type' },
  { template: '(a, E) -> x', mode: 'func_type' }, { template: '(*E) -> x', mode: 'func_type' },
  { template: 'print(E)' }, { template: '(E)' }, { template: '((E))' }, { template: '(((E)))' }, { template: '[E]' },
  { template: '{k: E}' }, { template: 'x = (E)' }, { template: 'x = f(E)' }, { template: '[a for a in E]' },
  { template: 'a, E' }, { template: 'x + (a, b, E)' }, { template: 'x + [a, E]' }, { template: 'x + {a: a, b: E}' },
  { template: 'x + {**E}' }, { template: 'x + (a for a in b if E)' }, { template: 'x + f(a, E)' },
  { template: 'x + f(k=E)' }, { template: 'x + f(a for a in E)' }, { template: 'x + x[a, E]' },
  { template: 'x + x[::E]' }, { template: 'x + x[*E]' }, { template: 'x + (yield E)' }, { template: 'x + (lambda a=E: 0)' },
  { template: 'a == b < E' }, { template: 'a or b or E' }, { template: 'f"{E}"' }, { template: 'x = f"{a:{E}}"' },
  { template: block('if a:', 40) }, { template: block('def f():', 30) }, { template: 'if a: pass\nelif b:\n E' },
  { template: 'try: pass\nexcept:\n E' }, { template: 'match a:\n case 1:\n  E' }, { template: 'for a in b: E' },
  { template: 'f(' .repeat(100) + 'E' + ')'.repeat(100) },
  { template: '[a for a in '.repeat(60) + 'E' + ']'.repeat(60) },
  { template: 'E', unit: 'not ' }, { template: 'E', unit: 'lambda: ' }, { template: 'x = E', unit: 'lambda: ' },
  { template: 'E', unit: 'a if b else ' }, { template: 'E', unit: 'a ** ' }, { template: 'E', unit: 'a ** -' },
  { template: 'f(E)', unit: 'a if b else lambda: ' }, { template: 'E', unit: 'lambda a, b=1: ' },
  { template: 'E', unit: 'lambda a=' },
  { template: 'if a: pass\nE', unit: 'elif a: pass\n' },
];

const source = (c: Case, n: number): string => {
  const unit = c.unit ?? '-';
  // A chain of lambda defaults closes each lambda after its default.
  const chain = unit === 'lambda a=' ? unit.repeat(n) + 'x' + ': 0'.repeat(n) : unit.repeat(n) + (unit.endsWith('\n') ? '' : 'x');
  return c.template.replace('E', chain);
};

type Outcome = 'ok' | 'MemoryError' | 'other';

function ourOutcome(c: Case, n: number): Outcome {
  try {
    parse(source(c, n), { mode: c.mode ?? 'exec' });
    return 'ok';
  } catch (e) {
    if ((e as { pyType?: string }).pyType === 'MemoryError') return 'MemoryError';
    if (e instanceof RangeError) throw new Error(`JS stack overflow at n = ${n} for ${JSON.stringify(c)}`);
    return 'other';
  }
}

/** The first n in [lo, hi) at which `fails(n)` holds (it must hold at hi - 1 and not at lo). */
function firstFailure(fails: (n: number) => boolean, lo: number, hi: number): number {
  expect(fails(lo)).toBe(false);
  expect(fails(hi)).toBe(true);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** compile(..., PyCF_ONLY_AST) outcome of each source in python3 (MemoryError does not depend on the call depth). */
const PY_COMPILE = `
import json, sys
sys.setrecursionlimit(100000)  # so that ast construction never fails first
out = []
for src, mode in json.load(sys.stdin):
    try:
        compile(src, '<s>', mode, 0x400)
        out.append('ok')
    except MemoryError:
        out.append('MemoryError')
    except Exception:
        out.append('other')
print(json.dumps(out))
`;

/** stderr of `python3 -m ast -m MODE` reading `src` on stdin, run in the background. */
function astMainStderr(src: string, mode: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(PYTHON, ['-m', 'ast', '-m', mode], { maxBuffer: 1 << 26 }, (error, _stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') reject(error);
      else resolve(stderr);
    });
    child.stdin!.end(src);
  });
}

describeWithPython3('deep nesting agrees with python3', () => {
  it("raises pegen's MemoryError at the same depth", () => {
    const probes: [string, string][] = [];
    const names: string[] = [];
    for (const c of MEMORY_CASES) {
      const n = firstFailure((k) => ourOutcome(c, k) === 'MemoryError', 1, 6001);
      probes.push([source(c, n - 1), c.mode ?? 'exec'], [source(c, n), c.mode ?? 'exec']);
      names.push(`${JSON.stringify(c)} n=${n}`);
    }
    const py = python3Json<Outcome[]>(PY_COMPILE, probes)!;
    const wrong = names.filter((_, i) => py[2 * i] !== 'ok' || py[2 * i + 1] !== 'MemoryError');
    expect(wrong).toEqual([]);
  });

  it('raises the ast construction RecursionError at the same depth under python3 -m ast', async () => {
    const shapes: Case[] = [
      { template: 'E' }, { template: 'x = E', unit: 'lambda: ' }, { template: 'E', unit: 'a if b else ' },
      { template: 'f(a=' .repeat(100) + 'E' + ')'.repeat(100) }, { template: '[a for a in '.repeat(100) + 'E' + ']'.repeat(100) },
      { template: 'if a: pass\nE', unit: 'elif a: pass\n' }, { template: 'E', mode: 'eval' },
    ];
    const message = 'RecursionError: maximum recursion depth exceeded during ast construction\n';
    const ours = (c: Case, n: number) =>
      runAstMain(new TextEncoder().encode(source(c, n)), '<stdin>', { mode: c.mode, indent: null }).stderr.endsWith(message);
    const runs: Promise<string>[] = [];
    for (const c of shapes) {
      const n = firstFailure((k) => ours(c, k), 2600, 2983);
      for (const k of [n - 1, n]) runs.push(astMainStderr(source(c, k), c.mode ?? 'exec'));
    }
    const failed = (await Promise.all(runs)).map((stderr) => stderr.endsWith(message));
    expect(failed).toEqual(shapes.flatMap(() => [false, true]));
  });

  it('prints MemoryError as python3 -m ast does', () => {
    const src = 'x = ' + 'lambda: '.repeat(4000) + 'x\n';
    const ours = runAstMain(new TextEncoder().encode(src), 'deep.py');
    const py = runPython3(['-m', 'ast'], { input: src });
    expect(ours).toEqual({ stdout: py.stdout, stderr: py.stderr.slice(py.stderr.lastIndexOf('\n', py.stderr.length - 2) + 1), exitCode: py.status });
  });
});
