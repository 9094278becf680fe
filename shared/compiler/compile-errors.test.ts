// compile.c's errors and warnings against python3's: every program of
// compile-errors/cases.ts goes through our front end (parse, AST optimizer,
// symtable, this pass) and through python3's compile(); the first SyntaxError
// (message, line, offsets, text) and the list of warnings (category, message,
// line, in order) must agree. A sample of the standard library (every
// COMPILE_ERRORS_STDLIB_STEP-th file, 1 for all) must give no error and
// python3's warnings. python3 answers each batch in one process; without
// python3 3.11 the comparisons skip.

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { python3StdlibRoot, stdlibFiles } from '../../test/support/stdlib.js';
import type { CompileWarning } from '../errors/format-warning.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { parse, parseBytes } from '../parser/index.js';
import type { Mod } from '../ast/nodes.js';
import { optimizeAst } from './ast-optimizer.js';
import { checkCompileErrors } from './compile-errors.js';
import { CASES, GENERATED_CASES } from './compile-errors/cases.js';
import { symtableOf } from './symtable.js';

const STDLIB_STEP = Number(process.env.COMPILE_ERRORS_STDLIB_STEP ?? 10);
const STDLIB_TIMEOUT = 30 * 60_000;

/** What one compilation gives: the error's fields (null: none) and the warnings as [category, message, line]. */
interface Outcome {
  error: [msg: string, lineno: number | null, offset: number | null, endLineno: number | null,
    endOffset: number | null, text: string | null] | null;
  warnings: [string, string, number][];
}

const REFERENCE = `
import json, sys, warnings
def outcome(compile_it):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            compile_it()
            error = None
        except SyntaxError as e:
            error = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    return {'error': error, 'warnings': [[w.category.__name__, str(w.message), w.lineno] for w in ws]}
kind, items, optimize = json.load(sys.stdin)
out = []
for item in items:
    if kind == 'source':
        out.append(outcome(lambda: compile(item, '<s>', 'exec', optimize=optimize)))
    else:
        data = open(item, 'rb').read()
        out.append(outcome(lambda: compile(data, item, 'exec', optimize=optimize)))
json.dump(out, sys.stdout)
`;

function reference(kind: 'source' | 'file', items: readonly string[], optimize: number): Outcome[] {
  return python3Json<Outcome[]>(REFERENCE, [kind, items, optimize]) ?? [];
}

/** Our outcome for a module: parse (done by the caller), fold, symtable, this pass. */
function ours(parseIt: (warnings: CompileWarning[]) => Mod, filename: string, optimize: number, source?: string): Outcome {
  const warnings: CompileWarning[] = [];
  let error: Outcome['error'] = null;
  try {
    const mod = parseIt(warnings);
    optimizeAst(mod, { optimize });
    const st = symtableOf(mod, filename, { source });
    checkCompileErrors(mod, st, { optimize, warnings, source });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // CPython's unknown end offset is None for some errors and 0 for others; ours is always 0.
    error = [e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text];
  }
  return { error, warnings: warnings.map((w) => [w.category, w.message, w.lineno]) };
}

const fromSource = (src: string, optimize: number): Outcome =>
  ours((warnings) => parse(src, { filename: '<s>', warnings }), '<s>', optimize);

/** python3 says None where we keep 0 for an unknown end offset; compare them as equal. */
function normalize(o: Outcome): Outcome {
  if (o.error === null) return o;
  const [msg, lineno, offset, endLineno, endOffset, text] = o.error;
  return { ...o, error: [msg, lineno, offset, endLineno ?? lineno, endOffset ?? 0, text] };
}

function compareSources(sources: readonly string[], optimize: number): void {
  const expected = reference('source', sources, optimize);
  const failures: string[] = [];
  sources.forEach((src, i) => {
    const got = fromSource(src, optimize);
    if (JSON.stringify(normalize(got)) !== JSON.stringify(normalize(expected[i]))) {
      failures.push(`${JSON.stringify(src.slice(0, 120))}\n  ours:    ${JSON.stringify(got)}\n  python3: ${JSON.stringify(expected[i])}`);
    }
  });
  console.log(`compile errors (-O${optimize}): ${sources.length - failures.length} / ${sources.length} identical`);
  expect(failures.join('\n')).toBe('');
}

describeWithPython3('compile.c errors and warnings match python3', () => {
  it('hand-written and generated programs', () => compareSources([...CASES, ...GENERATED_CASES], 0));
  it('with -O, asserts keep only their warning', () => compareSources([
    'assert (yield)', 'assert x is 1', 'assert (x, 1)', 'assert x, (yield)', 'def f():\n  assert (await x)',
  ], 1));

  it(`every ${STDLIB_STEP}th stdlib file: the same error (mostly none) and warnings`, () => {
    const root = python3StdlibRoot();
    const files = stdlibFiles(root).filter((_, i) => i % STDLIB_STEP === 0);
    const expected = reference('file', files, 0);
    const failures: string[] = [];
    files.forEach((path, i) => {
      // A SyntaxError's text comes from the file, as CPython reads it back.
      const bytes = readFileSync(path);
      const got = ours((warnings) => parseBytes(bytes, { filename: path, warnings }), path, 0, new TextDecoder().decode(bytes));
      if (JSON.stringify(normalize(got)) !== JSON.stringify(normalize(expected[i]))) {
        failures.push(`${path}: ${JSON.stringify(got)} vs ${JSON.stringify(expected[i])}`);
      }
    });
    const rejected = expected.filter((o) => o.error !== null).length;
    const warned = expected.filter((o) => o.warnings.length > 0).length;
    console.log(`compile errors, stdlib sample: ${files.length - failures.length} / ${files.length} files agree `
      + `(${rejected} rejected by python3, ${warned} with warnings)`);
    expect(failures.join('\n')).toBe('');
  }, STDLIB_TIMEOUT);
});

it('raises without python3 too', () => {
  expect(() => fromSourceOrThrow('return 1')).toThrow("'return' outside function");
  expect(() => fromSourceOrThrow('def f():\n  return 1')).not.toThrow();
});

function fromSourceOrThrow(src: string): void {
  const mod = parse(src, { filename: '<s>' });
  optimizeAst(mod, { optimize: 0 });
  checkCompileErrors(mod, symtableOf(mod, '<s>'));
}
