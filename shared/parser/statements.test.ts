// Statements, parameters and match patterns checked against CPython: each
// snippet's AST dump with positions must equal what the python3 on PATH gives
// for `ast.dump(ast.parse(src, mode, type_comments=...), include_attributes=True)`
// (the suite is skipped when there is no python3). Snippets that CPython
// rejects are expected to be rejected too; only the fact of the SyntaxError is
// compared here, because the targeted messages belong to the error layer.

import { describe, expect, it } from 'vitest';
import { describeWithPython3, python3AstDumps } from '../../test/support/python3.js';
import { dump } from '../ast/dump.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { parse, type ParseMode } from './index.js';

/** Simple statements, one snippet per form. */
const SIMPLE: readonly string[] = [
  'pass', 'break', 'continue', 'x', 'x; y', 'x; y;', 'x;', 'f(x)\n', 'x = 1', 'x = y = z', 'a, b = c, d',
  'a, = b', 'x = yield', 'x = yield y', 'x = await y', '*a, b = c', '[a, *b] = c', 'a.b = c = d[e]',
  'x += 1', 'x -= 1', 'x *= 1', 'x @= 1', 'x /= 1', 'x %= 1', 'x &= 1', 'x |= 1', 'x ^= 1', 'x <<= 1',
  'x >>= 1', 'x **= 1', 'x //= 1', 'x.y += yield', 'x[0] += 1, 2',
  'x: int', 'x: int = 1', '(x): int', '(x): int = 1', 'x.y: int', 'x[0]: int = 1', 'x: int = yield',
  'x: int = 1, 2', '((x)): int',
  'return', 'return x', 'return x, y', 'return *x, y', 'raise', 'raise x', 'raise x from y',
  'global x', 'global x, y', 'nonlocal x, y', 'assert x', 'assert x, y', 'del x', 'del x, y', 'del (x)',
  'del [x, y]', 'del (x, y), z', 'del x.y, x[0]', 'yield', 'yield x', 'yield from x', 'await x',
  'import a', 'import a.b.c', 'import a as b', 'import a.b as c, d', 'from a import b', 'from a.b import c as d',
  'from . import a', 'from .. import a', 'from ... import a', 'from .... import a', 'from .a import b',
  'from ...a.b import c', 'from a import (b, c)', 'from a import (b, c,)', 'from a import (b as c)',
  'from a import *', 'from . import *', 'match = 1', 'case = 2', 'match.x = 1', 'match(x)', 'match[x]',
  '_ = 1', 'type = 1',
  // rejected
  'x = 1 = 2', 'f() = 1', 'a + b = 1', 'x += 1, = 2', '(a, b) += 1', 'a, b: int', 'del *a', 'del f()',
  'from a import b,', 'from a import ()', 'import a.', 'import .a', 'from import a', 'x = *a', 'yield = 1',
  'return = 1', 'global x,', 'del', 'assert', 'nonlocal', 'lambda: x = 1', 'x: int, y',
];

/** Compound statements and blocks. */
const COMPOUND: readonly string[] = [
  'if x: pass', 'if x:\n    pass\n', 'if x:\n  a\n  b\nelse:\n  c\n', 'if x: a\nelif y: b\nelif z: c\nelse: d\n',
  'if x:\n  if y:\n    pass\n  else:\n    pass\n', 'if (x := 1): pass', 'if x: a; b',
  'while x: pass', 'while x:\n  pass\nelse:\n  pass\n', 'for x in y: pass', 'for x, y in z: pass',
  'for x, in y: pass', 'for (x, y) in z, w: pass', 'for x in *a, b: pass', 'for x in y:\n  pass\nelse:\n  pass\n',
  'async def f():\n  async for x in y: pass\n  async with a as b: pass\n',
  'with a: pass', 'with a as b: pass', 'with a as b, c as d: pass', 'with a as (b, c): pass',
  'with a as b.c: pass', 'with (a): pass', 'with (a, b): pass', 'with (a, b,): pass', 'with (a as b): pass',
  'with (a as b, c): pass', 'with (a as b, c as d,): pass', 'with (a, b) as c: pass', 'with (a) as b, c: pass',
  'with (yield): pass', 'with (a for b in c): pass', 'with a as b[0]: pass', 'with (\n  a as b,\n  c,\n):\n  pass\n',
  'try:\n  a\nexcept:\n  b\n', 'try:\n  a\nexcept E:\n  b\n', 'try:\n  a\nexcept E as e:\n  b\n',
  'try:\n  a\nexcept (E, F) as e:\n  b\nexcept G:\n  c\nelse:\n  d\nfinally:\n  e\n',
  'try:\n  a\nfinally:\n  b\n', 'try:\n  a\nexcept* E:\n  b\n', 'try:\n  a\nexcept* (E, F) as e:\n  b\nelse:\n  c\nfinally:\n  d\n',
  'try: a\nexcept E: b\n',
  'def f(): pass', 'def f():\n  pass\n', 'def f() -> int: pass', 'async def f(): await x',
  '@d\ndef f(): pass', '@d\n@e.f(g)\nasync def f(): pass', '@(yield)\ndef f(): pass', '@x := y\ndef f(): pass',
  '@a[b]\nclass C: pass',
  'class C: pass', 'class C(): pass', 'class C(B): pass', 'class C(B, D,): pass', 'class C(metaclass=M): pass',
  'class C(*a, **k): pass', '@d\nclass C(B, x=1):\n  def f(self): pass\n',
  'def f():\n  def g():\n    return 1\n  return g\n',
  'if a:\n  pass\n# comment\n\n', 'if a:\n\n  pass\n\n\nb\n', 'class C:\n  """doc"""\n  x: int\n',
  // rejected
  'if x pass', 'if x:\npass', 'else: pass', 'try:\n  a\n', 'try:\n  a\nexcept E:\n  b\nexcept* F:\n  c\n',
  'try:\n  a\nexcept* :\n  b\n', 'def f: pass', 'def f()\n  pass', 'class C(x for x in y): pass',
  'with a as b c: pass', 'with (a as b) as c: pass', 'for x in y pass', 'for x = y: pass',
  'async x = 1', 'async with a: pass\n', 'try:\n  a\nelse:\n  b\n', 'if x:\n  a\n b\n',
];

/** def and lambda parameters. */
const PARAMETERS: readonly string[] = [
  'def f(a): pass', 'def f(a,): pass', 'def f(a, b): pass', 'def f(a=1): pass', 'def f(a, b=1): pass',
  'def f(a, b=1, c=2): pass', 'def f(*a): pass', 'def f(*a,): pass', 'def f(**k): pass', 'def f(**k,): pass',
  'def f(*, a): pass', 'def f(*, a=1, b): pass', 'def f(*a, b, c=1, **d): pass', 'def f(a, /): pass',
  'def f(a, /,): pass', 'def f(a, /, b): pass', 'def f(a=1, /, b=2): pass', 'def f(a, b=1, /, c=2, *d, e, **f): pass',
  'def f(a: int, b: str = "x", *c: int, d: int = 1, **e: dict) -> None: pass', 'def f(*args: *Ts): pass',
  'def f(*args: *tuple[int, ...], **kw): pass', 'def f(a, /, *, b): pass', 'def f(a,\n      b=1,\n      *c): pass',
  'lambda: 0', 'lambda a: 0', 'lambda a,: 0', 'lambda a=1: 0', 'lambda *a: 0', 'lambda **k: 0', 'lambda *, a: 0',
  'lambda a, /: 0', 'lambda a, /, b=1, *c, d, e=2, **f: 0', 'lambda a=1, /, b=2: 0', 'lambda *a, b=1, **c: 0',
  // rejected
  'def f(a=1, b): pass', 'def f(*): pass', 'def f(*,): pass', 'def f(*, **k): pass', 'def f(**k, a): pass',
  'def f(*a, *b): pass', 'def f(/): pass', 'def f(a, /, /): pass', 'def f(*a, /): pass', 'def f(*a=1): pass',
  'def f(**k=1): pass', 'def f(a, , b): pass', 'def f(,): pass', 'def f(a: *b): pass', 'def f(**k: *b): pass',
  'lambda a: int: 0', 'lambda *: 0', 'lambda a=1, b: 0', 'lambda (a): 0',
];

/** match statements and patterns. */
const PATTERNS: readonly string[] = [
  'match x:\n case 1: pass\n', 'match x:\n case -1: pass\n case 1.5: pass\n case -2j: pass\n',
  'match x:\n case 1+2j: pass\n case -1-2j: pass\n case 1.5 - 0j: pass\n',
  'match x:\n case "a": pass\n case "a" "b": pass\n case b"x": pass\n',
  'match x:\n case None: pass\n case True: pass\n case False: pass\n',
  'match x:\n case a: pass\n case _: pass\n', 'match x:\n case a.b: pass\n case a.b.c: pass\n',
  'match x:\n case (a): pass\n case (a,): pass\n case (): pass\n case (a, b): pass\n',
  'match x:\n case [a, b]: pass\n case []: pass\n case [a,]: pass\n case [*a, b]: pass\n case [a, *_]: pass\n',
  'match x:\n case a, b: pass\n case a,: pass\n case *a, b: pass\n case a, *b,: pass\n',
  'match x:\n case {}: pass\n case {1: a}: pass\n case {"k": v, **rest}: pass\n case {**rest}: pass\n',
  'match x:\n case {a.b: 1, None: 2, -1: 3, 1+2j: 4,}: pass\n case {**r,}: pass\n',
  'match x:\n case C(): pass\n case C(a): pass\n case C(a, b,): pass\n case C(a=1): pass\n',
  'match x:\n case a.C(1, b=[2], c=D()): pass\n case C(a, b=1,): pass\n',
  'match x:\n case 1 | 2 | 3: pass\n case (1 | 2) as y: pass\n case [1, 2] as z: pass\n',
  'match x:\n case a if a > 1: pass\n case [a, b] if (c := a): pass\n case a, if b: pass\n',
  'match x, y:\n case a, b: pass\n', 'match *x, y:\n case a: pass\n', 'match (x):\n case a: pass\n',
  'match x,:\n case a: pass\n', 'match x := y:\n case a: pass\n',
  'match x:\n  case 1:\n    pass\n  case 2:\n    y = 1\n    z = 2\n',
  'def f():\n  match x:\n    case {"a": [1, *rest]} | C(d=1) as w if w:\n      return w\n',
  'match(x)\n', 'match x\n', 'match = {}\nmatch[1] = 2\n', 'match.a\n', 'match * 2\n', 'match, a = b\n',
  // rejected
  'match x:\n case _(a): pass\n', 'match x:\n case _.a: pass\n', 'match x:\n case {**_}: pass\n',
  'match x:\n case 1+2: pass\n', 'match x:\n case 1j+2j: pass\n', 'match x:\n case a.b = 1: pass\n',
  'match x:\n case *a: pass\n', 'match x:\n case (*a): pass\n', 'match x:\n case C(a=1, b): pass\n',
  'match x:\n case {a: 1}: pass\n', 'match x:\n case {**a, b: 1}: pass\n', 'match x:\n case a as _: pass\n',
  'match x:\n case a as b.c: pass\n', 'match x:\n case f(): pass\n case 1 + 1: pass\n', 'match x:\npass\n',
  'match x:\n case a b: pass\n',
];

/** Type comments and `# type: ignore`. */
const TYPE_COMMENTS: readonly string[] = [
  'x = 1  # type: int\n', 'x = y = 1  # type: int\n', 'for x in y:  # type: int\n  pass\n',
  'with a as b:  # type: int\n  pass\n', 'def f(a):  # type: (int) -> None\n  pass\n',
  'def f(a):\n  # type: (int) -> None\n  pass\n', 'def f(a,  # type: int\n      b,  # type: str\n      ):\n  pass\n',
  'def f(a,  # type: int\n      b  # type: str\n      ):\n  pass\n', 'def f(*a,  # type: int\n      **k  # type: str\n      ):\n  pass\n',
  'x = 1  # type: ignore\n', 'x = 1  # type: ignore[misc]\ny = 2  # type: ignore  \n', 'import a  # type: ignore\n',
  'async def f():  # type: () -> None\n  async for x in y:  # type: int\n    pass\n',
];

/** Interactive ('single') mode. */
const SINGLE: readonly string[] = [
  'x = 1', 'x = 1\n', 'x; y\n', 'if x:\n  pass\n', 'def f():\n  return 1\n', 'for x in y: pass\n', '\n',
  '@d\nclass C: pass\n',
];

/** Corner cases: with-item ambiguity, soft keywords, odd targets, relative imports, nesting. */
const EDGE_CASES: readonly string[] = [
  'with (a, *b): pass', 'with (): pass', 'with (a := 1): pass', 'with (a := 1) as b: pass',
  'with (a as b, c) as d: pass', 'for x in *y: pass', 'x = *y', 'del (a, b), [c]', 'del ()', 'del []',
  'a = b = yield c', 'x: int = *a, b', '(yield x) = 1', 'async = 1', 'import a as b.c',
  'from .a.b import (c as d, e)', '@property\n@x.setter\ndef f(self): pass', '@ x\n\ndef f(): pass',
  'if 1:\n  pass\n  # comment\nelse:\n  pass', 'try:\n  pass\nexcept E, F:\n  pass',
  'def f(a, *args, b=1, **kw,): pass', 'match x:\n case [1, 2, *rest] if rest: pass\n case {"a": 1, **kw}: pass',
  'match -x:\n case -0: pass', 'match x:\n case 0 | -1 | 1.0 | 1e3j: pass', 'match x:\n case (a as b) | c: pass',
  'match x:\n case f"x": pass', 'match x:\n case 1 if x if y: pass', 'match x:\n case -1j+1: pass',
  'match x:\n case --1: pass', 'match x:\n case +1: pass', 'match x:\n case 1-2: pass', 'match(x):\n case 1: pass',
  'match x,y,:\n case 1: pass', 'match(a).b = 1', 'match:\n pass', 'match: int = 1', 'case: int = 1',
  'print(match, case)', 'match x:\n case a: pass\nmatch = 3', 'match x:\n  case 1: pass\n  case 2: pass\n',
  "match x:\n case {1: _, 'a': [_, *_]}: pass", 'match x:\n case C(x=_, y=(1 | 2)): pass',
  'match x:\n case a.b.c(): pass', 'match x:\n case [a, [b, *c], {d: e}]: pass',
  "match x:\n case {1.5: a, -2: b, 3+4j: c, 'x' 'y': d, a.b: e, None: f, True: g, False: h}: pass",
  'match x:\n case """a\nb""": pass', 'match x:\n case (\n 1,\n 2\n ): pass', 'match x:\n case 1 as a as b: pass',
  'match x:\n case (1 as a) as b: pass', 'match x:\n case [*a, *b]: pass', 'match x:\n case {**a, **b}: pass',
  'match x:\n case C(*a): pass', 'match x:\n case C(**a): pass', 'match x:\n case a | *b: pass',
  'if x:\n  pass\nelif y:\n  pass\n\n# c\nelse:\n  pass\n', 'x = 1 if y else 2', 'x = lambda: (yield)',
  'class C(x=1, *a): pass', 'class C(**k, x=1): pass', 'def f[T](): pass', 'with a, b: pass',
  'with a, (b, c) as d: pass', 'with open(x) as f, open(y) as g: pass', 'for i, j in enumerate(x): pass',
  'for [i, j] in x: pass', 'for i.a in x: pass', 'for i[0] in x: pass', 'for f() in x: pass', 'for (i) in x: pass',
  'for *i, in x: pass', 'for i, *j in x, y: pass', 'x[1:2, ::3] = y', 'x.y.z = 1', 'x().y = 1', '[x, y] = [1, 2]',
  '(x, [y, z]) = w', 'x, y += 1', 'x[0], y = 1, 2', 'a: b: c', 'a: int; b: str = 1', 'global a; nonlocal b',
  'raise x from', 'raise from x', 'assert x,', 'return,', 'import a, b.c as d, e', 'from a import b as c, d as e',
  'from a import (b\n, c)', 'from a import b, *', 'from . a import b', 'from .. . a import b',
  'from ...... a import b', 'pass;;', 'pass ; pass', ';', 'x = (yield)', 'x = yield from y',
  'def f():\n  yield\n  yield x\n  yield from y\n  x = yield\n  await z',
  'async def f():\n  async for a in b:\n    pass\n  else:\n    pass', 'async with a: pass', 'async for a in b: pass',
  'async def f():\n  async while x: pass', 'def f():\n  nonlocal x', 'while x:\n  pass\nelse:\n  pass\n',
  'while (x := f()): pass', 'if x: pass\nelif y: pass\nelse: pass',
  'try:\n pass\nexcept* E:\n pass\nexcept* F as f:\n pass\nfinally:\n pass', 'try:\n pass\nexcept*E:\n pass',
  'try:\n pass\nexcept *E:\n pass', 'try:\n pass\nexcept:\n pass\nexcept E:\n pass', 'x = 1\\\n + 2',
  'if x:\n\tpass', 'if x:\n    a\n    if y:\n        b\n    c\n', 'def f(\n    a,\n    b,\n):\n    pass\n',
  'lambda a, b=1, /: 0', 'lambda a, /, b: 0', 'lambda *a, **b: 0', 'lambda a, *, b: 0', 'lambda a=1, *, b, c=2: 0',
  'f = lambda x: lambda y: x + y', 'lambda: (yield)', 'lambda x=lambda: 0: x',
  'def f(a=lambda: 0, *, b=(yield)): pass', 'def f(a, b=1, *, c, d=2, **e): return a',
  'def f(self, /, *args, **kwargs): ...', 'class A(B, metaclass=M, **kw): x: int = 0', 'x = 1; y = 2; z = 3;',
  'print(x); del x', 'if x:\n  pass\n elif y: pass',
];

type Case = [src: string, mode: ParseMode, typeComments: boolean];

const GROUPS: readonly [string, readonly string[], ParseMode, boolean][] = [
  ['simple statements', SIMPLE, 'exec', false],
  ['compound statements', COMPOUND, 'exec', false],
  ['parameters', PARAMETERS, 'exec', false],
  ['match patterns', PATTERNS, 'exec', false],
  ['corner cases', EDGE_CASES, 'exec', false],
  ['type comments', TYPE_COMMENTS, 'exec', true],
  ['type comments off', TYPE_COMMENTS, 'exec', false],
  ['interactive mode', SINGLE, 'single', false],
];

const CASES: Case[] = GROUPS.flatMap(([, srcs, mode, tc]) => srcs.map((s): Case => [s, mode, tc]));
/** python3's dump of each case, or 'SyntaxError'. */
const expected = python3AstDumps(CASES)?.map((r) => r.dump ?? 'SyntaxError');

/** Our dump, or 'SyntaxError' when the parser rejects the source. */
function ours([src, mode, typeComments]: Case): string {
  try {
    return dump(parse(src, { mode, typeComments }), { includeAttributes: true });
  } catch (e) {
    if (e instanceof PySyntaxError) return 'SyntaxError';
    throw e;
  }
}

describeWithPython3('statements match CPython 3.11', () => {
  let i = 0;
  for (const [title, srcs, mode, tc] of GROUPS) {
    describe(title, () => {
      for (const src of srcs) {
        const index = i++;
        it(`${mode}${tc ? ' +tc' : ''}: ${JSON.stringify(src)}`, () => {
          expect(ours([src, mode, tc])).toBe(expected![index]);
        });
      }
    });
  }
});
