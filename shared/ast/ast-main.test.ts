// Compares runAstMain with python3's `-m ast` on the same files and options:
// stdout and exit status exactly, and stderr from the point where our output
// starts (python3 first prints traceback frames of its own internals, which we
// leave out). One python3 process runs every case: it executes ast.py as
// __main__ in-process, at the same stack depth as `python3 -m ast` (so deep
// trees hit the recursion limit at the same size), with the case's argv, stdin,
// stdout and stderr, and a few witness cases also through a real `python3 -m
// ast` to show the two print the same (AST_MAIN_WITNESS=all: every case).
// Skipped when python3 3.11 is not installed.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithPython3, hasPython3, python3Json } from '../../test/support/python3.js';
import { runAstMain, type AstMainOptions } from './ast-main.js';

interface Case {
  name: string;
  source: string | Uint8Array;
  args?: string[];
  opts?: AstMainOptions;
  /**
   * A name for the file, given to python3 bare, from its folder (default: the
   * full path of case<i>.py). Only a file named exactly __main__.py shows DeprecationWarnings.
   */
  file?: string;
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
  { name: 'DeprecationWarning hidden', source: 's = "\\d" + b"\\777"\nx = 1if y else 2\n' },
  { name: 'DeprecationWarning shown for __main__.py', source: 's = "\\d" + b"\\777"\nx = 1if y else 2\n', file: '__main__.py' },
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

/** Cases also run through a real `python3 -m ast`: the recursion boundary, warnings with source lines, an error. */
const WITNESSES = new Set(['deep unary 985', 'deep unary 986', 'syntax warnings', 'syntax error, non-ASCII line']);
const witness = (name: string) => process.env.AST_MAIN_WITNESS === 'all' || WITNESSES.has(name);

/**
 * Reads [[args, stdin as base64, witness], ...]; answers [{inProcess, real}, ...]
 * with each run's stdout, stderr and exitCode (real is null unless witness).
 * The call chain C -> this module -> run_case -> exec -> ast.py's module code
 * -> main() is as deep as python's own C -> runpy._run_module_as_main ->
 * _run_code -> exec -> module code -> main(). Warnings filters are restored
 * after each case; stdout and stderr are encoded as python3 encodes them with
 * PYTHONIOENCODING=utf-8.
 */
const HARNESS = `
import ast, base64, builtins, io, json, os, subprocess, sys, warnings

AST_CODE = compile(open(ast.__file__, 'rb').read(), ast.__file__, 'exec')

class Stdin(io.BytesIO):
    name = '<stdin>'

def run_case(args, data):
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    sys.argv = [ast.__file__, *args]
    sys.stdin = io.TextIOWrapper(Stdin(data), encoding='utf-8')
    sys.stdout = text_out = io.TextIOWrapper(out, encoding='utf-8', newline='\\n')
    sys.stderr = text_err = io.TextIOWrapper(err, encoding='utf-8', errors='backslashreplace', newline='\\n')
    code = 0
    try:
        with warnings.catch_warnings():
            exec(AST_CODE, {'__name__': '__main__', '__file__': ast.__file__, '__builtins__': builtins})
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 0 if e.code is None else 1
        if code == 1:
            print(e.code, file=sys.stderr)
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)
        code = 1
    finally:
        text_out.detach()
        text_err.detach()
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
    return {'stdout': out.getvalue().decode('utf-8'), 'stderr': err.getvalue().decode('utf-8'), 'exitCode': code}

env = dict(os.environ, PYTHONIOENCODING='utf-8')
cases = json.load(sys.stdin)
real = [subprocess.Popen([sys.executable, '-m', 'ast', *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env) if witness else None for args, _, witness in cases]
def run_all():
    results = []
    for args, data, _ in cases:
        results.append({'inProcess': run_case(args, base64.b64decode(data)), 'real': None})
    return results

results = run_all()
for result, (args, data, witness), child in zip(results, cases, real):
    if child is not None:
        out, err = child.communicate(base64.b64decode(data))
        result['real'] = {'stdout': out.decode('utf-8'), 'stderr': err.decode('utf-8'), 'exitCode': child.returncode}
json.dump(results, sys.stdout)
`;

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
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

const withFinalBlock = (run: Run): Run => ({ ...run, stderr: finalBlock(run.stderr) });

const STDIN_SOURCE = Buffer.from('x = 1if y else 2\nx = (1 +* 2)\n');

/** Every case as bytes, with the file name python3 is given, written under dir. */
function prepare(dir: string) {
  const files = CASES.map((c, i) => {
    const bytes = typeof c.source === 'string' ? Buffer.from(c.source, 'utf8') : c.source;
    const file = c.file ?? join(dir, `case${i}.py`);
    writeFileSync(resolve(dir, file), bytes);
    return { bytes, file };
  });
  const request = [
    ...CASES.map((c, i) => [[...(c.args ?? []), files[i].file], '', witness(c.name)]),
    [['-'], STDIN_SOURCE.toString('base64'), true],
  ];
  return { files, request };
}

const dir = hasPython3() ? mkdtempSync(join(tmpdir(), 'pyw-ast-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const { files, request } = dir ? prepare(dir) : { files: [], request: [] };
const results = dir ? python3Json<{ inProcess: Run; real: Run | null }[]>(HARNESS, request, { cwd: dir }) : null;

describeWithPython3('runAstMain matches python3 -m ast', () => {
  for (const [i, c] of CASES.entries()) {
    it(c.name, () => {
      const got = runAstMain(files[i].bytes, files[i].file, c.opts);
      expect(got).toEqual(withFinalBlock(results![i].inProcess));
    });
  }

  it('reads stdin as <stdin>', () => {
    const got = runAstMain(STDIN_SOURCE, '<stdin>');
    expect(got).toEqual(withFinalBlock(results![CASES.length].inProcess));
  });

  it('the in-process python3 prints what a real `python3 -m ast` prints', () => {
    const checked = results!.filter((r) => r.real !== null);
    expect(checked.length).toBeGreaterThanOrEqual(WITNESSES.size);
    expect(checked.map((r) => withFinalBlock(r.inProcess))).toEqual(checked.map((r) => withFinalBlock(r.real!)));
  });
});
