// Compares runAstMain with a live `python3 -m ast` on the same files and
// options: stdout and exit status exactly, and stderr from the point where our
// output starts (python3 first prints traceback frames of its own internals,
// which we leave out). Skipped when python3 is not installed.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstMain, type AstMainOptions } from './ast-main.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;

interface Case {
  name: string;
  source: string | Uint8Array;
  args?: string[];
  opts?: AstMainOptions;
}

const big = (digits: number) => `x = 0x${'f'.repeat(digits)}\n`;

const CASES: Case[] = [
  { name: 'assignment', source: 'x = 1\n' },
  { name: 'attributes', source: 'def f(a, *, b=2) -> int:\n    return a\n', args: ['-a'], opts: { includeAttributes: true } },
  { name: 'indent 0', source: 'print("hi", end="")\n', args: ['-i', '0'], opts: { indent: 0 } },
  { name: 'indent 1', source: 'class C:\n    x: int = 1\n', args: ['--indent=1'], opts: { indent: 1 } },
  { name: 'type comments', source: 'x = []  # type: list[int]\ndef f(a):\n    # type: (int) -> None\n    pass\n' },
  { name: 'no type comments', source: 'x = []  # type: list[int]\n', args: ['--no-type-comments'], opts: { typeComments: false } },
  { name: 'type ignore', source: 'import os  # type: ignore[attr]\n' },
  { name: 'eval', source: 'a if b else [c, *d]\n', args: ['-m', 'eval'], opts: { mode: 'eval' } },
  { name: 'single', source: 'for i in x: pass\n', args: ['-m', 'single'], opts: { mode: 'single' } },
  { name: 'func_type', source: '(int, *str) -> None\n', args: ['-m', 'func_type'], opts: { mode: 'func_type' } },
  { name: 'constants', source: "s = 'it\\'s' + \"q\\\"\" + b'\\x00' + 1e16 + 2j + 0.1 + ...\n" },
  { name: 'f-string', source: "f'{x!r:>{w}} {y=}'\n" },
  { name: 'non-ASCII', source: 'café = "naïve \u2028 \u{1f600}"\n' },
  { name: 'int under the limit', source: big(1000) },
  { name: 'int over the limit', source: big(4000) },
  { name: 'empty', source: '' },
  { name: 'syntax error', source: 'x = (1 +* 2)\n' },
  { name: 'syntax error, non-ASCII line', source: 'é = "ü" +* 2\n' },
  { name: 'syntax error, range', source: 'f(a for a in b, c)\n' },
  { name: 'unclosed bracket', source: 'x = [1, 2\ny = 3\n' },
  { name: 'indentation error', source: 'if x:\npass\n' },
  { name: 'unexpected indent', source: 'x = 1\n    y = 2\n' },
  { name: 'tab error', source: 'if x:\n        a\n\tb\n' },
  { name: 'unterminated string', source: 'x = "abc\n' },
  { name: 'coding cookie', source: Uint8Array.from([...Buffer.from('# coding: latin-1\nx = "'), 0xe9, ...Buffer.from('" +* 1\n')]) },
  { name: 'null byte', source: 'x = 1\0\n' },
  { name: 'null byte after a bad cookie', source: '# coding: bogus\nx = 1\0\n' },
  { name: 'syntax warnings', source: 'x = 1if y else 2\ny = [0x1for x in z]\nz = 0o7and 1\nw = 1_0or 2\n' },
  { name: 'same warning twice on a line', source: 'x = [1if y else 2, 1if y else 3]\n\tv = 1e5in z  \n' },
  { name: 'warnings in f-strings', source: 'x = f"{1if y else 2}"\ny = f"""\n{\n1if y else 2}"""\n' },
  { name: 'warnings before and after an error', source: 'x = 1if y else 2\ny = (\n1 2)\nz = 1if 2 else 3\n' },
  { name: 'f-string warning before an error', source: 'x = f"{1if y else 2}"\ny = (\n1 2)\n' },
  { name: 'warning then tokenizer error', source: 'x = 1if y else 2\ny = $\n' },
  { name: 'warning, latin-1 file', source: Uint8Array.from([...Buffer.from('# coding: latin-1\ns = "'), 0xe9, ...Buffer.from('" if 1else 2\n')]) },
  { name: 'warning, CRLF and BOM', source: '\ufeffa = 1\r\nb = 1or 2\r\n' },
  { name: 'warning, undecodable comment later', source: Uint8Array.from([...Buffer.from('x = 1if y else 2\n# '), 0xff, 0x0a]) },
  ...deepTrees(),
];

/**
 * Trees deep enough for python3's recursive ast.dump to hit its recursion
 * limit, in several shapes, at sizes around where python3 starts failing.
 */
function deepTrees(): Case[] {
  const shapes: [string, (n: number) => string, number[], string[]][] = [
    ['unary', (n) => '-'.repeat(n) + '1\n', [985, 986], []],
    ['binop', (n) => 'x = ' + Array(n).fill('a').join('+') + '\n', [986, 987], []],
    ['attribute', (n) => 'a' + '.b'.repeat(n) + '\n', [985, 986], []],
    ['call', (n) => 'f' + '()'.repeat(n) + '\n', [985, 986], ['-a']],
    ['elif', (n) => 'if a: pass\n' + 'elif a: pass\n'.repeat(n), [246, 247], []],
    ['elif -a', (n) => 'if a: pass\n' + 'elif a: pass\n'.repeat(n), [245, 246], ['-a']],
    ['subscript', (n) => 'x' + '[i]'.repeat(n) + '\n', [985, 986], []],
  ];
  return shapes.flatMap(([name, make, sizes, args]) =>
    // Indent 0 keeps python3's quadratic string building on these trees fast.
    sizes.map((n) => ({
      name: `deep ${name} ${n}`,
      source: make(n),
      args: [...args, '-i', '0'],
      opts: { includeAttributes: args.includes('-a'), indent: 0 },
    })),
  );
}

const dir = hasPython ? mkdtempSync(join(tmpdir(), 'pyw-ast-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function runPython(args: string[], stdin?: Uint8Array): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-m', 'ast', ...args], { env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode: code ?? -1 }),
    );
    child.stdin.end(stdin ?? new Uint8Array());
  });
}

/**
 * python3's stderr as runAstMain writes it: without the 'Traceback' line and the
 * frames of python's own internals (a frame header ends in ", in name"; the
 * SyntaxError block's header does not) with their "[Previous line repeated N
 * more times]" notes, warnings and the final block kept.
 */
function finalBlock(stderr: string): string {
  const kept: string[] = [];
  let inFrame = false;
  for (const line of stderr.split(/(?<=\n)/)) {
    if (line.startsWith('Traceback (most recent call last):')) continue;
    if (/^ {2}File ".*", line \d+, in /.test(line)) {
      inFrame = true;
      continue;
    }
    if (inFrame && (line.startsWith('    ') || line.startsWith('  [Previous line repeated '))) continue;
    inFrame = false;
    kept.push(line);
  }
  return kept.join('');
}

describe.skipIf(!hasPython)('runAstMain matches python3 -m ast', () => {
  for (const [i, c] of CASES.entries()) {
    it.concurrent(c.name, async () => {
      const bytes = typeof c.source === 'string' ? Buffer.from(c.source, 'utf8') : c.source;
      const file = join(dir, `case${i}.py`);
      writeFileSync(file, bytes);
      const want = await runPython([...(c.args ?? []), file]);
      const got = runAstMain(bytes, file, c.opts);
      expect(got).toEqual({ ...want, stderr: finalBlock(want.stderr) });
    });
  }

  it('reads stdin as <stdin>', async () => {
    const bytes = Buffer.from('x = 1if y else 2\nx = (1 +* 2)\n');
    const want = await runPython(['-'], bytes);
    const got = runAstMain(bytes, '<stdin>');
    expect(got).toEqual({ ...want, stderr: finalBlock(want.stderr) });
  });
});
