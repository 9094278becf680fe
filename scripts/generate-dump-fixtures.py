#!/usr/bin/env python3
"""Writes shared/ast/dump-fixtures.json: python3's ASTs of sample sources and their ast.dump() texts.

Each case holds the tree as JSON in pyworkbench's in-memory node shape
(shared/ast/nodes.ts: `{"_type": "Name", "id": ..., "ctx": "Load", lineno...}`,
enums as their names) and the dump for several option sets, so that the TS
dumper is tested on its own, independently of the parser. Constants are
tagged: {"$": "int", "hex": ...}, {"$": "float", "bits": ...},
{"$": "complex", "re": bits, "im": bits}, {"$": "bytes", "hex": ...},
{"$": "Ellipsis"}; str, bool and None are plain JSON.

Usage: python3 scripts/generate-dump-fixtures.py
"""
import ast
import json
import os
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'ast', 'dump-fixtures.json')

# (source, mode); each is parsed with type_comments=True like `python3 -m ast`.
SOURCES = [
    ('x = 1\n', 'exec'),
    ('from . import a as b, c\nfrom .. m import *\nimport os.path as p, sys\n', 'exec'),
    ('@dec\nasync def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    """doc"""\n'
     '    await x\n    async for i in y: pass\n    async with a as b, c: yield\n    return\n', 'exec'),
    ('class C(B, metaclass=M):\n    x: int\n    y: list[int] = []\n    (z): int = 3\n    def g(self): nonlocal q; global r\n', 'exec'),
    ('for i, *j in k:  # type: int\n    break\nelse:\n    continue\nwhile x: del a[1], b.c\n', 'exec'),
    ('try:\n    pass\nexcept E as e:\n    raise X from Y\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    assert x, "m"\n', 'exec'),
    ('try:\n    pass\nexcept* (A, B):\n    pass\n', 'exec'),
    ('with open(f) as g:  # type: ignore[x]\n    pass\nx = 1  # type: int\n', 'exec'),
    ('def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n', 'exec'),
    ('match p:\n    case [1, *rest] | {"k": v, **kw} if v: pass\n    case Point(x=0, y=_) as pt: pass\n'
     '    case None | True | -1 | 1+2j | "s" | a.b: pass\n    case (x, y, *_): pass\n    case {**rest}: pass\n', 'exec'),
    ('lambda: 0\nlambda *a, b=1, **c: (a, b)\n(yield)\n', 'exec'),
    ('a if b else c\nnot a and b or c\n-a + +b * ~c ** d // e % f @ g / h << i >> j & k | l ^ m - n\n', 'exec'),
    ('a < b <= c > d >= e == f != g is h is not i in j not in k\n(x := 5)\n', 'exec'),
    ('[x for x in y if x if z]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x async for x in y)\n', 'exec'),
    ('{1: 2, **d, 3: 4}\n{1, 2}\n[1, *a]\n()\n(1,)\nx[1:2, ::3, a:]\nx[...]\n', 'exec'),
    ("f'{x!r:>{w}} {y=} {z:{a}{b}}' 'caf\\xe9' '\\ud800' u'k'\nrb'\\x00\\'\"' b'\"'\n", 'exec'),
    ("'it''s' \"q\\\"\" '\\t\\n\\r\\x7f\\x80\\u2028\\U0001f600'\n", 'exec'),
    ('1.5 + 2j + 1e16 + 1e-5 + 0.0001 + 10**30 + 0x10 + 1_000 + 0o17 + 3.14e-300 + 1e400j + True + None\n', 'exec'),
    ('x = 0x' + 'f' * 4000 + '\n', 'exec'),
    ('x = 0x' + 'f' * 800 + '\n', 'exec'),
    ('a.b(c, *d, e=f, **g)\n', 'eval'),
    ('if a:\n    pass\nelif b:\n    pass\n', 'single'),
    ('x = 1; y = 2\n', 'single'),
    ('(int, *str) -> List[int]', 'func_type'),
    ('() -> None', 'func_type'),
    ('global x\n', 'exec'),
    ('', 'exec'),
]

# Option sets: (key, kwargs for ast.dump).
OPTIONS = [
    ('default', dict()),
    ('plain', dict(annotate_fields=False)),
    ('plain-attrs', dict(annotate_fields=False, include_attributes=True)),
    ('indent3-attrs', dict(indent=3, include_attributes=True)),
    ('indent3', dict(indent=3)),
    ('indent0', dict(indent=0)),
    ('indent-neg', dict(indent=-2)),
    ('indent-tab-plain', dict(indent='\t', annotate_fields=False)),
]


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def constant(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {'$': 'int', 'hex': hex(v)}
    if isinstance(v, float):
        return {'$': 'float', 'bits': bits(v)}
    if isinstance(v, complex):
        return {'$': 'complex', 're': bits(v.real), 'im': bits(v.imag)}
    if isinstance(v, bytes):
        return {'$': 'bytes', 'hex': v.hex()}
    if v is Ellipsis:
        return {'$': 'Ellipsis'}
    raise TypeError(type(v))


def to_json(node):
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    if not node._fields and not node._attributes:
        return type(node).__name__  # an enum value such as Load
    out = {'_type': type(node).__name__}
    for name in node._fields:
        value = getattr(node, name)
        out[name] = constant(value) if name == 'value' and isinstance(node, (ast.Constant, ast.MatchSingleton)) \
            else to_json(value)
    for name in node._attributes:
        out[name] = getattr(node, name)
    return out


def dump_or_error(tree, kwargs):
    try:
        return ast.dump(tree, **kwargs)
    except ValueError as e:
        return {'error': 'ValueError', 'message': str(e)}


def main():
    cases = []
    for source, mode in SOURCES:
        tree = ast.parse(source, mode=mode, type_comments=True)
        dumps = {key: dump_or_error(tree, kwargs) for key, kwargs in OPTIONS}
        cases.append({'source': source[:200], 'mode': mode, 'tree': to_json(tree), 'dumps': dumps})
    data = {'generator': 'scripts/generate-dump-fixtures.py', 'python': sys.version.split()[0],
            'options': dict(OPTIONS), 'cases': cases}
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print('wrote', os.path.normpath(OUT), len(cases), 'cases')


if __name__ == '__main__':
    main()
