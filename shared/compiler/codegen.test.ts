// Our compiler against python3's, snippet by snippet: every field of every
// code object in the tree (bytecode, constants, names, locals, stack size,
// flags, location and exception tables) must be identical. Expectations come
// from one python3 run; the suite skips cleanly without python3.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { dumpCode, PYTHON_DUMP_SCRIPT, type CodeDump } from './codegen-dump.js';
import { compileSource } from './index.js';

const SNIPPETS: readonly string[] = [
  'x = 1\n',
  'x = 1\ny = x + 2 * 3\n',
  'a.b = c[d]\nprint(a, b, sep="")\n',
  'x = -y\nz = not x\nw = ~x\n',
  'a < b < c\n',
  'x = a and b or c\n',
  'f(1, 2, x=3)\n',
  'o.m(1, k=2)\n',
  'x = [1, 2, 3]\ny = (a, b)\nz = {a: 1, b: 2}\ns = {1, x}\n',
  "f'{x}-{y!r:>{w}}'\n",
  'if a:\n    b()\nelif c:\n    d()\nelse:\n    e()\n',
  'while x:\n    x -= 1\n',
  'for i in range(10):\n    if i: break\n    continue\nelse:\n    pass\n',
  'def f(a, b=1, *args, c, d=2, **kw):\n    return a + b\n',
  'def g(x):\n    y = x\n    return y\n',
  'a, b = b, a\n',
  'a, *b = c\n',
  'x[1:2] = y[::2]\n',
  'import os.path\nfrom a import b as c, d\n',
  'try:\n    f()\nexcept E as e:\n    g(e)\nexcept:\n    pass\nfinally:\n    h()\n',
  'with open(p) as f, g():\n    f.read()\n',
  'class C(B):\n    """doc"""\n    x = 1\n    def m(self):\n        return self.x\n',
  'x = [i * 2 for i in y if i]\n',
  'def gen():\n    yield 1\n    yield from g()\n',
  'assert x, "msg"\n',
  'del a, b[0], c.d\n',
  'x: int = 1\n',
  'lambda a, *, b=1: a + b\n',
  'x = 1 if y else 2\n',
  'if x is None:\n    pass\n',
  'print(*a, **k)\n',
  'def outer(a):\n    def inner(b):\n        return a + b\n    return inner\n',
  'class C:\n    def m(self):\n        return super().m()\n',
  'def f(xs):\n    n = 2\n    return [x * n for x in xs]\n',
  'def f():\n    try:\n        return g()\n    finally:\n        h()\n',
  'def f():\n    with a() as b:\n        return b\n',
  'for x in y:\n    try:\n        break\n    except E:\n        continue\n',
  'def f(a):\n    def g():\n        nonlocal a\n        a = 1\n    return g\n',
  'x = {**a, "b": 1}\n',
  'def f():\n    x = yield 1\n    return x\n',
  'global_var = 1\ndef f():\n    global global_var\n    global_var = 2\n',
  'import a.b.c as d\n',
  'from . import x\nfrom .m import *\n',
  'x = a if b else c\nwhile True:\n    if x: break\n',
  'def f(*, a): pass\n',
  '@dec\ndef f(): pass\n@d1\n@d2(x)\nclass K: pass\n',
  'x = y = z = 0\n',
  'a[b] += 1\na.b -= 2\n',
  'try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    z = 1\n',
  'x = {k: v for k, v in items}\ny = {a for a in b}\nz = (a for a in b)\n',
  'def f(a, /, b):\n    return (a, b)\n',
  '"docstring"\nx = 1\n',
  'print("a" "b", 1.5, -2, 3j, b"x", ..., None, True)\n',
  'x = (1, 2, (3, 4))\n',
  'async def f():\n    await g()\n',
  'class A:\n    __x = 1\n    def __m(self):\n        return self.__x\n',
  'def r(fv):\n    def d(uf):\n        rr = set()\n        def w(self):\n            return fv, rr, uf\n        return w\n    return d\n',
  'async def f():\n    async with a() as b, c():\n        await b\n    async for x in y:\n        if x: break\n        continue\n    else:\n        z = 1\n    return [i async for i in g() if i]\n',
  'async def g():\n    async with a:\n        return 1\n    async for x in y:\n        return x\n',
  'def f(x):\n    match x:\n        case 1 | 2:\n            return "a"\n        case [a, b, *rest]:\n            return a\n        case [p, *_, q]:\n            return p, q\n        case {"k": v, **kw}:\n            return v\n        case Point(x=0, y=yy) if yy > 1:\n            return yy\n        case (u, v) | [v, u]:\n            return u\n        case str() as s:\n            return s\n        case None:\n            pass\n        case _:\n            return 0\n',
  'match y:\n    case C.D:\n        z = 1\n    case [*_]:\n        z = 2\n    case [*r]:\n        z = r\n    case w:\n        z = w\n',
  'while x:\n    match x:\n        case [x, (1 | 2) as y] | [y, x] if x:\n            break\n        case {"a": {"b": [c, *d]}, K.attr: e}:\n            continue\n        case _ if x:\n            x = 0\n',
  'try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* (TypeError, KeyError):\n    h()\nelse:\n    z = 1\n',
  'def ff():\n    try:\n        return f()\n    except* E as e:\n        pass\n    finally:\n        q()\n    for x in y:\n        try:\n            pass\n        except* A:\n            raise\n',
  'from __future__ import annotations\ndef f(a: int, *c: tuple[int, ...], d: dict[str, "x"] | None = None) -> a.b[1:2]:\n    x: y = 1\nclass C:\n    attr: lambda *a: 0\n    x.y: int\nz: f"{a!r:>{w}}" = 1\n',
  'if x in {"path", "linkpath", "uname", "gname"}:\n    s = {1, 2, 3, x}\nfor c in {"a", "bc", "d"}:\n    pass\n',
  'x = not a in b\ny = -1 + 2 ** 10\nz = "%s-%r" % (a, b)\nw = __debug__\n',
];


describeWithPython3('codegen matches CPython 3.11', () => {
  const expected = python3Json<(CodeDump | { error: string })[]>(
    PYTHON_DUMP_SCRIPT, SNIPPETS.map((s) => [s, '<snippet>']),
    // Frozenset constants follow str hashes, reproducible only with the hash seed fixed.
    { env: { ...process.env, PYTHONHASHSEED: '0' } },
  )!;
  SNIPPETS.forEach((src, i) => {
    it(JSON.stringify(src), () => {
      expect(dumpCode(compileSource(src, '<snippet>'))).toEqual(expected[i]);
    });
  });
});
