// The symbol table against python3's: every case of symtable/cases.ts and a
// sample of the standard library, each compared block by block (type, name,
// line, nested, parameters, children) and symbol by symbol (the raw flags
// word: DEF_* bits and resolved scope), or by the SyntaxError raised
// (message, line, offsets). The same programs are also compiled by python3
// to check what the compiler derives from the table: each code object's
// generator/coroutine/nested/varargs flags, cell and free variables.
// python3 answers a whole batch in one process;
// without python3 3.11 the comparisons skip. A few python3-free tests cover
// mangling and the API the compiler uses.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithPython3, hasPython3, python3Output } from '../../test/support/python3.js';
import { python3StdlibRoot, stdlibFiles } from '../../test/support/stdlib.js';
import { parse, parseBytes } from '../parser/index.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import type { AstNode, Mod } from '../ast/nodes.js';
import { CodeFlag } from '../bytecode/code.js';
import { BlockType, DefFlag, Scope, type SymtableBlock, mangle, symtableOf } from './symtable.js';
import { ERROR_CASES, VALID_CASES } from './symtable/cases.js';

const REFERENCE = fileURLToPath(new URL('./symtable/symtable_reference.py', import.meta.url));
/** Every how-many-th stdlib file the sample takes; SYMTABLE_STDLIB_STEP=1 runs them all. */
const STDLIB_STEP = Number(process.env.SYMTABLE_STDLIB_STEP ?? 25);
const STDLIB_TIMEOUT = 30 * 60_000;

interface TableJson {
  type: number;
  name: string;
  lineno: number;
  nested: boolean;
  varnames: string[];
  symbols: Record<string, number>;
  children: TableJson[];
}
type ErrorJson = [string, string, number | null, number | null, number | null, number | null];
type Outcome = { table: TableJson } | { error: ErrorJson };
/** Per code object: co_name, co_firstlineno, the co_flags the symtable decides, cellvars, freevars. */
type CodeFacts = [string, number, number, string[], string[]];
type CodeOutcome = { code: CodeFacts[] } | { error: ErrorJson };

const HAVE_PYTHON = hasPython3();

/** python3's answers for a batch of jobs, from one process (symtable_reference.py). */
function reference<T = Outcome>(jobs: ({ source: string; code?: boolean } | { path: string; code?: boolean })[]): T[] {
  return JSON.parse(python3Output([REFERENCE], { input: JSON.stringify(jobs) }) ?? '[]') as T[];
}

function tableJson(block: SymtableBlock): TableJson {
  return {
    type: block.type,
    name: block.name,
    lineno: block.lineno,
    nested: block.nested,
    varnames: [...block.varnames],
    symbols: Object.fromEntries(block.symbols),
    children: block.children.map(tableJson),
  };
}

/** Our outcome for a parsed module; parse errors are the caller's business. */
function ours(mod: Mod): Outcome {
  try {
    return { table: tableJson(symtableOf(mod, 'f').top) };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const endOffset = e.endOffset === 0 ? null : e.endOffset;
    return { error: ['SyntaxError', e.msg, e.lineno, e.offset, e.endLineno, endOffset] };
  }
}

describeWithPython3('symtable matches python3', () => {
  const cases = [...VALID_CASES, ...ERROR_CASES];
  const expected = HAVE_PYTHON ? reference(cases.map((source) => ({ source }))) : [];

  it('classifies the cases as python3 does', () => {
    const refused = expected.map((o, i) => ('error' in o ? i : -1)).filter((i) => i >= 0);
    expect(refused.filter((i) => i < VALID_CASES.length)).toEqual([]);
    expect(refused.length).toBe(ERROR_CASES.length);
  });

  it.each(cases.map((source, i) => [source, i] as const))('%j', (source, i) => {
    expect(ours(parse(source, { filename: 'f' }))).toEqual(expected[i]);
  });
});

describeWithPython3('the code objects compile() builds agree with the symtable', () => {
  const expected = HAVE_PYTHON ? reference<CodeOutcome>(VALID_CASES.map((source) => ({ source, code: true }))) : [];
  it.each(VALID_CASES.map((source, i) => [source, i] as const))('%j', (source, i) => {
    const want = expected[i];
    if ('error' in want) return; // refused by compile.c, not by the symbol table
    expect(codeFacts(parse(source, { filename: 'f' }))).toEqual(factsByKey(want.code));
  });
});

/** The co_flags bits compile.c's compute_code_flags takes from a function block. */
function codeFlags(block: SymtableBlock): number {
  if (block.type !== BlockType.FUNCTION) return 0;
  let flags = CodeFlag.OPTIMIZED | CodeFlag.NEWLOCALS;
  if (block.nested) flags |= CodeFlag.NESTED;
  if (block.generator) flags |= block.coroutine ? CodeFlag.ASYNC_GENERATOR : CodeFlag.GENERATOR;
  else if (block.coroutine) flags |= CodeFlag.COROUTINE;
  if (block.varargs) flags |= CodeFlag.VARARGS;
  if (block.varkeywords) flags |= CodeFlag.VARKEYWORDS;
  return flags;
}

/** What python3's code objects should say, predicted from our blocks, grouped by (co_name, co_firstlineno). */
function codeFacts(mod: Mod): Map<string, string[]> {
  const facts: CodeFacts[] = [];
  const st = symtableOf(mod, 'f');
  // Blocks inside stringified annotations hang off no parent: no code object is made for them.
  const reachable = new Set<SymtableBlock>();
  const walk = (b: SymtableBlock): void => {
    reachable.add(b);
    b.children.forEach(walk);
  };
  walk(st.top);
  for (const [node, block] of st.blocks) {
    if (!reachable.has(block)) continue;
    const names = [...block.symbols.keys()].sort();
    const scoped = (scope: number, extraFlag = 0): string[] =>
      names.filter((n) => block.scopeOf(n) === scope || (block.flagsOf(n) & extraFlag) !== 0);
    const cells = scoped(Scope.CELL);
    if (block.needsClassClosure) cells.unshift('__class__');
    facts.push([codeName(node, block), firstLine(node), codeFlags(block), cells.sort(), scoped(Scope.FREE, DefFlag.FREE_CLASS)]);
  }
  return factsByKey(facts);
}

function factsByKey(facts: CodeFacts[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const f of facts) {
    const key = `${f[0]}@${f[1]}`;
    byKey.set(key, [...(byKey.get(key) ?? []), JSON.stringify(f)].sort());
  }
  return byKey;
}

function codeName(node: AstNode, block: SymtableBlock): string {
  if (block.type === BlockType.MODULE) return '<module>';
  return node._type === 'FunctionDef' || node._type === 'AsyncFunctionDef' || node._type === 'ClassDef'
    ? block.name
    : `<${block.name}>`;
}

/** A decorated definition's code starts at its first decorator; a module's at line 1. */
function firstLine(node: AstNode): number {
  if ('decorator_list' in node && node.decorator_list.length > 0) return node.decorator_list[0].lineno;
  return 'lineno' in node ? node.lineno : 1;
}

describeWithPython3('symtable matches python3 on a stdlib sample', () => {
  const root = HAVE_PYTHON ? python3StdlibRoot() : '';
  const files = HAVE_PYTHON ? stdlibFiles(root).filter((_, i) => i % STDLIB_STEP === 0) : [];
  // Each file is parsed once for both tests; null where our parser refuses it (the parser suites' concern).
  let parsed: (Mod | null)[] | null = null;
  const modules = (): (Mod | null)[] => (parsed ??= files.map(parseOrNull));
  const relative = (path: string): string => path.slice(root.length + 1);

  it(`every ${STDLIB_STEP}th stdlib file: tables and errors`, () => {
    const expected = reference(files.map((path) => ({ path })));
    const compared = modules().flatMap((mod, i) => (mod === null ? [] : [i]));
    const failures = compared.filter((i) => JSON.stringify(sortTables(ours(modules()[i]!))) !== JSON.stringify(sortTables(expected[i])));
    console.log(`symtable stdlib sample: ${compared.length - failures.length} / ${compared.length} identical`);
    expect(failures.map((i) => relative(files[i]))).toEqual([]);
  }, STDLIB_TIMEOUT);

  it(`every ${STDLIB_STEP}th stdlib file: the code objects compile() builds`, () => {
    const expected = reference<CodeOutcome>(files.map((path) => ({ path, code: true })));
    const compared = modules().flatMap((mod, i) => (mod === null || 'error' in expected[i] ? [] : [i]));
    const failures = compared.filter((i) => {
      const got = codeFacts(modules()[i]!);
      const want = expected[i] as { code: CodeFacts[] };
      // Code the compiler drops as dead (`if 0:`) has blocks but no code object: only python3's keys are compared.
      return [...factsByKey(want.code)].some(([key, facts]) => JSON.stringify(got.get(key)) !== JSON.stringify(facts));
    });
    console.log(`symtable stdlib sample, code objects: ${compared.length - failures.length} / ${compared.length} agree`);
    expect(failures.map((i) => relative(files[i]))).toEqual([]);
  }, STDLIB_TIMEOUT);
});

function parseOrNull(path: string): Mod | null {
  try {
    return parseBytes(readFileSync(path), { filename: 'f' });
  } catch {
    return null;
  }
}

/** Symbols with their keys in order, so that JSON text compares them as sets. */
function sortTables(o: Outcome): Outcome {
  if ('error' in o) return o;
  const sortTable = (t: TableJson): TableJson => ({
    ...t,
    symbols: Object.fromEntries(Object.entries(t.symbols).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    children: t.children.map(sortTable),
  });
  return { table: sortTable(o.table) };
}

describe('symtable without python3', () => {
  it('mangles private names as _Py_Mangle does', () => {
    expect(mangle('C', '__x')).toBe('_C__x');
    expect(mangle('__C', '__x')).toBe('_C__x');
    expect(mangle('___', '__x')).toBe('__x');
    expect(mangle('C', '__x__')).toBe('__x__');
    expect(mangle('C', '__a.b')).toBe('__a.b');
    expect(mangle('C', '_x')).toBe('_x');
    expect(mangle(null, '__x')).toBe('__x');
  });

  it('finds blocks by their node and resolves cells and free names', () => {
    const mod = parse('def f():\n    x = 1\n    g = lambda: x\n', { filename: 'f' });
    const st = symtableOf(mod, 'f');
    const def = (mod as Extract<Mod, { _type: 'Module' }>).body[0];
    const f = st.blocks.get(def)!;
    expect(f.scopeOf('x')).toBe(Scope.CELL);
    const lambda = f.children[0];
    expect(lambda.scopeOf('x')).toBe(Scope.FREE);
    expect(lambda.flagsOf('x') & DefFlag.USE).toBeTruthy();
    expect(st.top.scopeOf('f')).toBe(Scope.LOCAL);
  });

  it('marks generators, coroutines and the __class__ cell', () => {
    const st = symtableOf(parse('class C:\n    async def m(self):\n        yield super()\n'), 'f');
    const cls = st.top.children[0];
    expect(cls.needsClassClosure).toBe(true);
    expect(cls.children[0].generator && cls.children[0].coroutine).toBe(true);
  });
});
