#!/usr/bin/env python3
"""Writes shared/errors/format-syntax-error-fixtures.json: SyntaxErrors and how python3 prints them.

Two printers are recorded for every error:
- "interpreter": what the interpreter's C-level printer writes for an uncaught
  SyntaxError (sys.__excepthook__, i.e. PyErr_Display in 3.11's pythonrun.c);
  this is the block that ends `python3 FILE` and `python3 -m ast FILE`;
- "traceback": traceback.format_exception_only() (Lib/traceback.py).
The errors come from compiling broken sources (hand-written ones and mutated
stdlib lines, compiled both from str and from bytes, whose offsets differ for
non-ASCII lines) plus SyntaxErrors built by hand with unusual fields. The
fields are stored as our PySyntaxError holds them: None offsets and end
positions become 0, a None lineno becomes -1 and a None filename (only
on errors without a location, where it is not printed) becomes <fixture>.

Usage: python3 scripts/generate-syntax-error-fixtures.py
"""
import glob
import io
import json
import os
import random
import sys
import sysconfig
import traceback

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'errors', 'format-syntax-error-fixtures.json')
FILENAME = '<fixture>'  # must not exist on disk: CPython would read the error line from it
rng = random.Random(311)

BROKEN = [
    'x = (1 +\n', '  x = 1\n', 'if x:\n\tpass\n        pass\n', '\u00e9 = 1 +* 2\n', "x = 'h\u00e9llo' +* 2\n",
    'f(a for a in b, c)\n', '\tx = 1 +* 2\n', 'def f():\n\tx=1\n        y=2\n', 'x = """abc\n', 'a, b += 1\n',
    'f(**x, *y)\n', "print 'hello'\n", 'x = (1,\n 2 +* 3)\n', 'x = [1, 2\ny = 3\n', '\f  x +* 2\n',
    'for x in range(10):\n  pass\n   break\n', 'x = 1e5_\n', 'lambda x=1, y: x\n', "x = f'{a b}'\n",
    'if True:\nx=1\n', 'x = 1 if 2\n', "'abc' 'def\n", 'x = 0777\n', '  \t x +* 2\n', '(' * 250 + '\n',
    'x = (\u00e9\u00e9 for x in y, 2)\n', '\U0001f600 = 1\n', 'x = [\n1,\n2 3]\n', 'def f(:\n', 'class\n',
    'x = {1: 2, 3}\n', 'f(x=1, x=2)\n', 'x = yield = 1\n', 'del f()\n', '(a, b) = = 1\n', 'import a.b as\n',
    'x = 1 +\\\n', 'x = "abc\n', 'try:\n  pass\n', 'else: pass\n', 'x = $\n', 'x = \u00e9\u00e9 \u00e9\u00e9\n',
    '   x = ("\u00e9\u00e9", 1 +* 2)\n', 'match x:\n  case 1 + 1: pass\n', 'a = 1; b = ; c = 3\n',
    'x = 5 6 7\n', '[x for x in]\n', 'f(1 for x in y)(2 for x in y, 3)\n', 'with a as 1: pass\n',
    'x\u3000= 1 +* 2\n', 'if 1:\n    x = 1\n  y = 2\n', '\u3000x = 1\n',
]


def stdlib_lines():
    paths = sorted(glob.glob(os.path.join(sysconfig.get_paths()['stdlib'], '*.py')))
    lines = []
    for path in rng.sample(paths, 40):
        with open(path, encoding='utf-8', errors='replace') as f:
            content = [l for l in f.read().splitlines(True) if l.strip()]
        lines += rng.sample(content, min(10, len(content)))
    return lines


def mutate(line):
    i = rng.randrange(len(line))
    choice = rng.random()
    if choice < 0.4:
        return line[:i] + line[i + 1:]
    insert = rng.choice(['(', ')', ':', ',', '*', '=', '"', "'", '\u00e9', ' 1 ', 'if ', '\t', '[', '}'])
    return line[:i] + insert + line[i:]


def errors_of(source):
    """SyntaxErrors from compiling the source as str and as UTF-8 bytes."""
    out = []
    for src in (source, source.encode('utf-8', 'surrogatepass')):
        try:
            compile(src, FILENAME, 'exec', 0x400)
        except SyntaxError as e:
            out.append(e)
        except (ValueError, MemoryError, RecursionError):
            pass
    return out


def handmade():
    """SyntaxErrors with fields the parser rarely produces."""
    def make(cls, msg, lineno, offset, text, end_lineno=None, end_offset=None, filename=FILENAME):
        return cls(msg, (filename, lineno, offset, text, end_lineno, end_offset))
    S, I, T = SyntaxError, IndentationError, TabError
    return [
        make(S, 'm', 1, 3, 'abcdef\n', 1, 5), make(S, 'm', 1, 3, 'abcdef\n', 1, 2), make(S, 'm', 1, 3, 'abcdef\n', 1, 3),
        make(S, 'm', 1, 30, 'abc\n', 1, 40), make(S, 'm', 1, 2, 'abc\n', 3, 1), make(S, 'm', 1, 0, 'abc\n', 1, 0),
        make(S, 'm', 1, None, 'abc\n'), make(S, 'm', 1, 1, None), make(S, 'm', 1, -3, 'abc\n', 1, 2),
        make(S, 'm', 2, 5, 'ab\ncdefg\n', 2, 7), make(S, 'm', 2, 2, 'ab\ncdefg\n', 2, 3),
        make(S, 'm', 1, 4, '\t\t x = 1\n', 1, 6), make(S, 'm', 1, 4, '  \f x = 1\n', 1, 6), make(S, 'm', 1, 3, '\n\n  x\n', 1, 5),
        make(S, 'm', 1, 3, 'abc', 1, 4), make(S, 'm', 1, 1, '', 1, 2), make(S, 'm', 1, 1, '\n', 1, 2),
        make(S, '', 1, 1, 'x\n', 1, 2), make(S, 'm', 7, 2, 'x\n', 7, 3, filename=''),
        make(S, 'm', 1, 5, 'a\u00e9\u00e9c = 1 +* 2\n', 1, 9), make(S, 'm', 1, 3, 'x\u3000\u3000y\n', 1, 5),
        make(S, 'm', 1, 6, 'ab\tcd\u3000ef\n', 1, 8), make(S, 'm', 1, 3, '\u00e9\u00e9\u00e9\u00e9\n', 1, 12),
        make(I, 'm', 1, 3, 'abcdef\n', 1, 5), make(T, 'm', 1, 3, '\tabcdef\n', 1, 5), make(I, 'm', 1, 3, 'abcdef\n', 2, 5),
        make(S, 'm', 3, 2, 'abcdef\n', 3, 0), make(S, 'm', 1, 2, 'abcdef\n', 1, -1), make(S, 'm', 1, 9, 'abcdef\n', 1, 12),
        make(S, 'm', 1, 7, 'abcdef\n', 1, 9), make(S, 'm', 1, 8, 'abcdef\n', 1, 9),
        make(S, 'unknown encoding: uft-8', 0, None, None), make(S, 'encoding problem: utf8 with BOM', 0, None, None),
        SyntaxError('source code string cannot contain null bytes'),
    ]


def c_printer(e):
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        e.__traceback__ = None
        sys.__excepthook__(type(e), e, None)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old


def record(e):
    def num(v):
        return 0 if v is None else v
    return {
        'kind': type(e).__name__, 'msg': e.msg, 'filename': FILENAME if e.filename is None else e.filename,
        'lineno': -1 if e.lineno is None else e.lineno,
        'offset': num(e.offset), 'text': e.text, 'endLineno': num(e.end_lineno) or num(e.lineno),
        'endOffset': num(e.end_offset),
        'interpreter': c_printer(e),
        'traceback': ''.join(traceback.format_exception_only(type(e), e)),
    }


def main():
    errors = [e for src in BROKEN for e in errors_of(src)]
    for line in stdlib_lines():
        errors += errors_of(mutate(line))[:1]
    errors += handmade()
    cases, seen = [], set()
    for e in errors:
        case = record(e)
        key = json.dumps(case, sort_keys=True)
        if key not in seen:
            seen.add(key)
            cases.append(case)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        json.dump({'generator': 'scripts/generate-syntax-error-fixtures.py', 'python': sys.version.split()[0],
                   'cases': cases}, f, ensure_ascii=True, indent=0)
        f.write('\n')
    print('wrote', os.path.normpath(OUT), len(cases), 'cases')


if __name__ == '__main__':
    main()
