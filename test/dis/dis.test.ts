// Marshal and dis against python3, without our compiler: python3 compiles the
// sources and marshals the code objects; we read them with our marshal
// reader and disassemble them, and must print what python3's dis.dis prints
// (addresses normalised). Our marshal writer must give bytes python3 loads
// back equal, byte-identical to python3's own for (nearly) every module.
// Sources: the programs of test/dis/programs (one or more constructs each),
// generated ones for the wide columns and EXTENDED_ARG, and a sample of the
// stdlib (the whole stdlib is `npm run corpus`, stdlib-dis.corpus.test.ts).

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { disText, normalizeAddresses, opcodeStats } from '../../shared/bytecode/dis.js';
import { runDisMain, statsLines } from '../../shared/bytecode/dis/dis-main.js';
import { isCodeObject } from '../../shared/bytecode/code.js';
import { marshalDumps, marshalLoads } from '../../shared/bytecode/marshal.js';
import { readPyc, writePyc } from '../../shared/bytecode/pyc.js';
import { referenceSync as corpusReference, type StdlibListing } from '../corpus/python-reference.js';
import { describeWithPython3, runPython3 } from '../support/python3.js';
import { type CompileAnswer, type LoadsAnswer, type SourceItem, firstDifference, referenceSync } from './reference.js';

const PROGRAMS_DIR = fileURLToPath(new URL('./programs/', import.meta.url));
/** Every how-many-th stdlib file goes into the fast sample. */
const STDLIB_STRIDE = 60;

/** Programs made here because they are big: 4-digit line numbers, 5-digit offsets, EXTENDED_ARG. */
function generatedSources(): SourceItem[] {
  const manyConsts = Array.from({ length: 300 }, (_, i) => `    x${i} = ${i * 1000 + 0.5}`).join('\n');
  const longBody = Array.from({ length: 2500 }, (_, i) => `    y = y + ${i}`).join('\n');
  return [
    { name: 'late_lines.py', text: '\n'.repeat(1500) + 'def f(a):\n    return a + 1\n' },
    { name: 'extended_arg.py', text: `def f():\n${manyConsts}\n    return x0\n` },
    { name: 'long_offsets.py', text: `def f(y):\n${longBody}\n    return y\n` },
    { name: 'big_tuple.py', text: `t = (${Array.from({ length: 300 }, (_, i) => i).join(', ')})\n` },
  ];
}

function programSources(): SourceItem[] {
  return readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.py')).sort()
    .map((f) => ({ name: f, path: join(PROGRAMS_DIR, f) }));
}

function stdlibSample(): SourceItem[] {
  const listing = corpusReference<StdlibListing>(['list']);
  return listing.files.filter((_, i) => i % STDLIB_STRIDE === 0).map((f) => ({ name: f, path: join(listing.root, f) }));
}

const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

describeWithPython3('marshal + dis against python3', () => {
  let answers: CompileAnswer[] = [];
  let sources: SourceItem[] = [];
  beforeAll(() => {
    sources = [...programSources(), ...generatedSources(), ...stdlibSample()];
    answers = referenceSync<CompileAnswer>('compile', { sources }).filter((a) => a.marshal && a.dis !== undefined);
  });

  it('disassembles every code object exactly as dis.dis does', () => {
    expect(answers.length).toBeGreaterThan(30);
    const differing: string[] = [];
    for (const a of answers) {
      const ours = normalizeAddresses(disText(marshalLoads(bytes(a.marshal!)) as never));
      const theirs = normalizeAddresses(a.dis!);
      // A frozenset holding None has no reproducible order even in CPython (None hashes by address).
      if (ours !== theirs && !/frozenset\(\{[^\n]*None/.test(theirs)) differing.push(`${a.name} ${firstDifference(ours, theirs)}`);
    }
    expect(differing).toEqual([]);
  });

  it('writes marshal data python3 loads back equal, byte-identical for nearly all', () => {
    const ours = answers.map((a) => {
      const source = sources.find((s) => s.name === a.name)!;
      return { ...source, marshal: Buffer.from(marshalDumps(marshalLoads(bytes(a.marshal!)))).toString('base64') };
    });
    const loaded = referenceSync<LoadsAnswer>('loads', { items: ours });
    expect(loaded.filter((l) => !l.equal).map((l) => l.name)).toEqual([]);
    const identical = ours.filter((o, i) => o.marshal === answers[i].marshal).length;
    console.log(`marshal: ${identical} byte-identical / ${ours.length}`);
    expect(identical / ours.length).toBeGreaterThanOrEqual(0.9);
  });
});

describeWithPython3('.pyc files against python3', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pyw-dis-'));
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('reads a .pyc python3 wrote and disassembles it as python3 -m dis does', () => {
    const source = join(dir, 'm.py');
    writeFileSync(source, readFileSync(join(PROGRAMS_DIR, 'control.py')));
    const pyc = join(dir, 'm.pyc');
    const compile = runPython3(['-c', 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2])', source, pyc]);
    expect(compile.status).toBe(0);
    const theirs = runPython3(['-m', 'dis', source]);
    const ours = runDisMain(readFileSync(pyc), pyc);
    expect(ours.exitCode).toBe(0);
    expect(normalizeAddresses(ours.stdout)).toBe(normalizeAddresses(theirs.stdout));
  });

  it('--stats counts what dis lists, per code object and in total', () => {
    const pycPath = join(dir, 's.pyc');
    const counted = runPython3(['-c', [
      'import collections, dis, json, marshal, py_compile, sys',
      'py_compile.compile(sys.argv[1], cfile=sys.argv[2])',
      'code = marshal.loads(open(sys.argv[2], "rb").read()[16:])',
      'def walk(co):',
      '    yield co',
      '    for c in co.co_consts:',
      '        if hasattr(c, "co_code"): yield from walk(c)',
      'per = [collections.Counter(i.opname for i in dis.get_instructions(co)) for co in walk(code)]',
      'print(json.dumps([dict(c) for c in per]))',
    ].join('\n'), join(PROGRAMS_DIR, 'comprehensions.py'), pycPath]);
    expect(counted.status).toBe(0);
    const theirs = JSON.parse(counted.stdout) as Record<string, number>[];
    const stats = opcodeStats(readPyc(new Uint8Array(readFileSync(pycPath))).code);
    expect(stats.codeObjects.map((co) => Object.fromEntries(co.counts))).toEqual(theirs);
    const total = theirs.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
    expect(stats.instructions).toBe(total);
    expect(statsLines(stats).join('\n')).toContain(`Total: ${total} instructions in ${theirs.length} code objects`);
  });

  it('writes a .pyc whose header and body python3 accepts', () => {
    const pycPath = join(dir, 'h.pyc');
    runPython3(['-c', 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2])', join(PROGRAMS_DIR, 'classes.py'), pycPath]);
    const original = new Uint8Array(readFileSync(pycPath));
    const pyc = readPyc(original);
    expect(pyc.validation.kind).toBe('timestamp');
    const rewritten = writePyc(pyc.code, pyc.validation);
    const copy = join(dir, 'copy.pyc');
    writeFileSync(copy, rewritten);
    const check = runPython3(['-c', [
      'import importlib.util, marshal, sys',
      'a, b = (open(p, "rb").read() for p in sys.argv[1:3])',
      'assert a[:4] == importlib.util.MAGIC_NUMBER and a[:16] == b[:16], "header"',
      'assert marshal.loads(a[16:]) == marshal.loads(b[16:]), "body"',
    ].join('\n'), copy, pycPath]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

it('a source that does not compile prints the SyntaxError block and exits 1', () => {
  const result = runDisMain(new Uint8Array(Buffer.from('x = (\n')), 'bad.py');
  expect(result).toMatchObject({ stdout: '', exitCode: 1 });
  expect(result.stderr).toMatch(/^  File "bad.py", line 1\n[^]*SyntaxError: '\(' was never closed\n$/);
});

it('keeps every constant kind through a marshal round trip', async () => {
  const { ELLIPSIS, PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple } = await import('../../shared/ast/nodes.js');
  const values = [
    null, true, false, ELLIPSIS, 0n, -1n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 31n, -(2n ** 100n), 0, -0, 1.5, Infinity, NaN,
    new PyComplex(-0, 2.5), new PyBytes(new Uint8Array([0, 255])), '', 'abc', '\u00e9', '\ud800', '\u{1f600}', 'x'.repeat(300),
    new PyStrCodePoints([0xd83d, 0xde00]), new PyTuple([1n, new PyTuple(['a'])]), new PyFrozenset([1n, 'a']),
  ];
  const back = marshalLoads(marshalDumps(new PyTuple(values))) as InstanceType<typeof PyTuple>;
  expect(back.items).toEqual(values);
  expect(isCodeObject(back)).toBe(false);
});
