// Frozenset constant orders against python3 (PYTHONHASHSEED=0): thousands of
// random set displays (`x in {...}` and `z = {...}`) of ints, floats, bytes,
// tuples, one-character, digit, name-like and other strs, sizes 1 to 40, some
// with name-like items that the module also uses as identifiers (the case where
// CPython rebuilds the set a third time). Both sides compile the same source;
// the frozenset in the module's constants must print the same. Also the
// marshal path: python3's marshal.dumps of a frozenset, loaded by our reader,
// must iterate as python3's marshal.loads does.

import { expect, it } from 'vitest';
import { PyFrozenset } from '../ast/nodes.js';
import { marshalLoads } from '../bytecode/marshal.js';
import { compileSource } from '../compiler/index.js';
import { constantRepr } from './repr/constant-repr.js';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { prng } from '../../test/support/prng.js';

/**
 * Name-like strs are drawn from letters that make words no loaded module
 * interns (python3's own interned strs would otherwise decide the order).
 */
const RARE = 'QZXJKVW';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** Item makers, each returning python source for one constant. */
function itemMakers(r: () => number): (() => string)[] {
  const int = (n: number): number => Math.floor(r() * n);
  const word = (): string => RARE[int(RARE.length)]! + Array.from({ length: 3 + int(5) }, () => LOWER[int(26)]).join('');
  return [
    () => String(int(200) - 50),
    () => String(int(2 ** 40)),
    () => `${int(1000)}.${int(100)}`,
    () => `'${LOWER[int(26)]}'`,
    () => `'${int(10)}'`,
    () => `'${100 + int(99900)}'`,
    () => `'${word()}'`,
    () => `'${word()}-${int(10)}'`,
    () => `b'${word()}'`,
    () => `(${int(20)}, '${word()}')`,
  ];
}

/**
 * A module with one set display of random constants: folded by the AST
 * optimizer (`x in {...}`) and sometimes naming some of its items as
 * identifiers, or built by codegen (`z = {...}`, three items or more).
 */
function randomSource(r: () => number, codegenNamed = false): string {
  const makers = itemMakers(r);
  const kinds = makers.slice(0, 1 + Math.floor(r() * makers.length));
  const items = Array.from({ length: 1 + Math.floor(r() * 40) }, () => kinds[Math.floor(r() * kinds.length)]!());
  const display = `{${items.join(', ')}}`;
  const byCodegen = codegenNamed || r() < 0.3;
  let source = byCodegen ? `z = ${display}\n` : `x in ${display}\n`;
  if (byCodegen && !codegenNamed) return source;
  for (const item of items) {
    if (/^'[A-Za-z]+'$/.test(item) && r() < 0.3) source += `${item.slice(1, -1)} = 1\n`;
  }
  return source;
}

const PYTHON_FROZENSETS = `
import json, sys
out = []
for src in json.load(sys.stdin):
    code = compile(src, "m", "exec")
    out.append(next((repr(c) for c in code.co_consts if isinstance(c, frozenset)), "none"))
print(json.dumps(out))
`;

const PYTHON_MARSHAL = `
import json, sys, marshal
out = []
for src in json.load(sys.stdin):
    fs = frozenset(eval(src))
    out.append([marshal.dumps(fs).hex(), repr(marshal.loads(marshal.dumps(fs)))])
print(json.dumps(out))
`;

const ENV = { ...process.env, PYTHONHASHSEED: '0' };

function ourFrozenset(source: string): string {
  const found = compileSource(source, 'm').co_consts.find((c) => c instanceof PyFrozenset);
  return found === undefined ? 'none' : constantRepr(found as PyFrozenset);
}

describeWithPython3('frozenset constant order', () => {
  it('matches python3 for random set displays', () => {
    const r = prng(20240611);
    const sources = Array.from({ length: 3000 }, () => randomSource(r));
    const expected = python3Json<string[]>(PYTHON_FROZENSETS, sources, { env: ENV })!;
    const wrong = sources.filter((s, i) => ourFrozenset(s) !== expected[i]);
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('matches python3 for set displays built by codegen naming their items', () => {
    const r = prng(99);
    const sources = Array.from({ length: 1000 }, () => randomSource(r, true));
    const expected = python3Json<string[]>(PYTHON_FROZENSETS, sources, { env: ENV })!;
    expect(sources.filter((s, i) => ourFrozenset(s) !== expected[i]).slice(0, 3)).toEqual([]);
  });

  it('follows python3 when name-like items are also identifiers', () => {
    const sources = ["x in {'1', '2', '3'}\n", "x in {'Qab', 'Qcd', 'Qef', 'Qgh'}\nQcd = 1\n"];
    const expected = python3Json<string[]>(PYTHON_FROZENSETS, sources, { env: ENV })!;
    expect(sources.map(ourFrozenset)).toEqual(expected);
  });

  it('loads marshalled frozensets in the order python3 does', () => {
    const r = prng(7);
    const sources = Array.from({ length: 500 }, () => {
      const makers = itemMakers(r);
      return `[${Array.from({ length: 1 + Math.floor(r() * 40) }, () => makers[Math.floor(r() * makers.length)]!()).join(', ')}]`;
    });
    const expected = python3Json<[string, string][]>(PYTHON_MARSHAL, sources, { env: ENV })!;
    const ours = expected.map(([hex]) => constantRepr(marshalLoads(Buffer.from(hex, 'hex')) as PyFrozenset));
    expect(ours.filter((repr, i) => repr !== expected[i]![1]).slice(0, 3)).toEqual([]);
  });
});
