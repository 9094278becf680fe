#!/usr/bin/env python3
"""Writes shared/kernels/bytes/bytes-fixtures.json: CPython's answers for the bytes method kernels.

The file holds the input bytes once ("inputs", as hex) and the cases. Every case
is [method, input index, args, outcome]: args are the positional arguments after
the bytes itself, with bytes written as {"b": hex} and None as null; the outcome
is {"r": result} (bytes again as {"b": hex}) or {"e": [exception type, message]}.
'fromhex' cases take the str argument and no input (index -1).

Usage: python3 scripts/generate-bytes-fixtures.py   (run with CPython 3.11.7)
"""
import json
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'bytes', 'bytes-fixtures.json')

INPUTS = [
    b'', b'a', b'abc', b'Hello World', b'  spaced\t\x0b\x0c\r\n out \x1c\x1f', b'a,b,,c,', b'aaa', b'ababab',
    b'Mississippi', b'caf\xc3\xa9', b'\x00\xff\x80abc', b'line1\nline2\r\nline3\rline4\x0bx\x0cy\n', b'\r\n\r\n',
    b'tab\there\t\n\tx\r\ty', b'+42', b'-7', b'+', b"they're bill's", b'Title Case', b'123', b'ABC', b'a1 B2',
    b'\xe9t\xe9 \xc9T\xc9',
]

RANGES = [(), (1,), (-2,), (2, 5), (None, 3), (-100, 100), (5, 2), ('len+1',)]


def enc(v):
    if isinstance(v, (bytes, bytearray)):
        return {'b': v.hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    return v


def outcome(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - recorded as the expected error
        return {'e': [type(e).__name__, str(e)]}
    return {'r': enc(r)}


def call(cases, method, data, *args):
    cases.append([method, INPUTS.index(data), enc(list(args)), outcome(lambda: getattr(data, method)(*args))])


def main():
    cases = []
    for d in INPUTS:
        n = len(d)
        for sub in (b'', b'a', b'ss', b'\xff', d[1:3], 97, 0, 256, -1):
            for r in RANGES:
                r = tuple(n + 1 if x == 'len+1' else x for x in r)
                for m in ('find', 'rfind', 'count'):
                    call(cases, m, d, sub, *r)
                if not isinstance(sub, int):
                    for m in ('startswith', 'endswith'):
                        call(cases, m, d, sub, *r)
            for m in ('index', 'rindex'):
                call(cases, m, d, sub)
        for old in (b'', b'a', b'ss', d[1:3]):
            call(cases, 'replace', d, old, b'-')
            for count in (0, 1, 2, -1):
                call(cases, 'replace', d, old, b'<>', count)
        for sep in (None, b' ', b',', b'ss', b'', b'a'):
            for m in ('split', 'rsplit'):
                call(cases, m, d, sep)
                for maxsplit in (0, 1, 2, -1):
                    call(cases, m, d, sep, maxsplit)
        for keep in ((), (True,)):
            call(cases, 'splitlines', d, *keep)
        for sep in (b'', b' ', b'a', b'ss', d[1:3]):
            call(cases, 'partition', d, sep)
            call(cases, 'rpartition', d, sep)
        for chars in ((), (None,), (b'',), (b'a',), (b'ab',), (b' \t',), (b'\xff\x00',), (d[:2],)):
            for m in ('strip', 'lstrip', 'rstrip'):
                call(cases, m, d, *chars)
        for fix in (b'', d[:2], d[-2:], b'a', d):
            call(cases, 'removeprefix', d, fix)
            call(cases, 'removesuffix', d, fix)
        for m in ('center', 'ljust', 'rjust'):
            for width in (-1, n, n + 1, n + 2, n + 5):
                call(cases, m, d, width)
                call(cases, m, d, width, b'*')
        for width in (0, n + 1, n + 3):
            call(cases, 'zfill', d, width)
        for tab in ((), (0,), (1,), (4,), (-1,)):
            call(cases, 'expandtabs', d, *tab)
        for table in (None, bytes(range(255, -1, -1))):
            for delete in ((), (b'a',), (b' \xff',)):
                call(cases, 'translate', d, table, *delete)
        for sep in ((), (':',), (b'-',), ('',), ('ab',), ('\xe9',), (b'\xff',), ('\u20ac',)):
            for per in ((), (1,), (2,), (-2,), (3,), (0,), (-1,)) if sep else ((),):
                call(cases, 'hex', d, *sep, *per)
        for m in ('upper', 'lower', 'capitalize', 'title', 'swapcase', 'isalpha', 'isdigit', 'isalnum', 'isspace',
                  'islower', 'isupper', 'istitle', 'isascii'):
            call(cases, m, d)
    cases.append(['translate', 0, [{'b': '00'}], outcome(lambda: b''.translate(b'\x00'))])
    for m in ('center', 'ljust', 'rjust'):
        for fill in (b'ab', bytearray(b''), '*'):
            cases.append([m, 1, [5, enc(fill) if not isinstance(fill, str) else fill],
                          outcome(lambda: getattr(b'a', m)(5, fill))])
    for text in ('', '00', 'ff 00', ' 0a\tb1\n', 'abc', 'a b', 'zz', '0g', '  1', '\u00e9', '00 \u00e9', 'zz \u00e9',
                 '0 1', 'DEADbeef', '\x1c00', '00\x0b', '12\u3000', 'f'):
        cases.append(['fromhex', -1, [text], outcome(lambda: bytes.fromhex(text))])
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        f.write('{"inputs":%s,\n"cases":[\n' % json.dumps([d.hex() for d in INPUTS]))
        f.write(',\n'.join(json.dumps(c, separators=(',', ':')) for c in cases))
        f.write('\n]}\n')
    print('wrote', os.path.normpath(OUT), len(cases), 'cases')


if __name__ == '__main__':
    main()
