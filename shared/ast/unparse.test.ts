// The C unparser's text, checked against python3: under `from __future__
// import annotations` every annotation is stored as that text, so a module of
// annotated names shows python3's unparse of each expression in
// __annotations__. Skips cleanly without python3.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { parse } from '../parser/index.js';
import type { Stmt } from './nodes.js';
import { unparseExpr } from './unparse.js';

const EXPRESSIONS: readonly string[] = [
  'list[int]', 'dict[str, "x"] | None', 'Callable[[int], str]', 'a.b.c[1:2, ::3]', 'tuple[int, ...]',
  'lambda *a, b=1: 0', 'lambda: 1', 'lambda a, /, b, *, c: (a, b)', 'lambda a=1, *, b, **k: a',
  'f"{a!r:>{w}} {{x}} { {1: 2} } {(lambda: 1)} {x:{y}.{z}f}"', 'f"it\'s {a}" + f\'say "{b}"\'',
  'not a and b or c', '-a ** -b ** c + (a + b) * c', '(a ** b) ** c', 'a - (b - c)', '(a, b)[0]',
  'x[*a] and x[*a, b] and x[()] and x[a,] and x[(a, b)]', '1e400 + 1e400j + -1e400 + 1 .real + 1.5 .real',
  "u'abc' + b'x' + \"it's\" + 'say \"hi\"' + ... + None + True", "{**a, 'b': c} | {a, b} | [*a, b]",
  '(a for b in c if d async for e in f)', '[a for b in c for d in e] + {a: b for c, d in e}',
  'f(x for x in y) + f(*a, **k, x=1) + f((x for x in y), 1)', 'a < b <= c != d is e is not f in g not in h',
  'a if b else (c if d else e)', '(a if b else c) if d else e', '(lambda: 1)()', 'a[1:2:3] + a[:] + a[::] + a[b:]',
  '~a | b ^ c & d << e >> f // g % h @ i / j', 'not (a < b)', '(not a) + b', '-(-a)', '(a, *b)',
  '{a: (b, c)}', '((a, b),)', 'a[b][c].d(e)(f)', '"\\n\\t\\x00\\u1234"', '0x10 + 1_000 + 0o7 + 1e3 + 1.0',
];

describeWithPython3('unparseExpr matches CPython 3.11 (string annotations)', () => {
  const source = 'from __future__ import annotations\n'
    + EXPRESSIONS.map((e, i) => `v${i}: ${e}\n`).join('');
  const expected = python3Json<string[]>(
    'import sys, json\nns = {}\nexec(compile(json.load(sys.stdin), "<u>", "exec"), ns)\n'
    + 'print(json.dumps(list(ns["__annotations__"].values())))',
    source,
  );
  const body = parse(source, { mode: 'exec', filename: '<u>' }).body as Stmt[];
  EXPRESSIONS.forEach((text, i) => {
    it(text, () => {
      const st = body[i + 1];
      if (st._type !== 'AnnAssign') throw new Error('expected an annotated assignment');
      expect(unparseExpr(st.annotation)).toBe(expected![i]);
    });
  });
});
