#!/usr/bin/env python3
"""Writes shared/kernels/str/str-fixtures.json: CPython's answers for the str method kernels.

The file holds the input strings once ("strings") and the cases. Every case is
[method, string index, args, outcome]: `method` is the str method name, `args`
its positional arguments after the str itself (None stays null, and means "not
given" to the kernels), and the outcome
{"r": result} or {"e": [exception type, message]}. For translate the table is
given as [code point, value] pairs and the outcome also lists, in order, the
code points the table was asked for ("log"), since that order is observable.

Strings cover ASCII, accents, Greek final sigma, German ß, Turkish dotted I,
titlecase digraphs, astral characters, lone surrogates, whitespace and line
boundaries of every kind, numeric characters, and the empty string. JSON keeps
lone surrogates as \\uXXXX escapes (ensure_ascii), which JS's JSON.parse reads.

Usage: python3 scripts/generate-str-fixtures.py   (run with CPython 3.11.7)
"""
import json
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'str', 'str-fixtures.json')

STRINGS = [
    '', 'a', 'abc', 'Hello World', 'hello world', '  spaced  out\t\n', 'a,b,,c,', 'aaa', 'ababab',
    'Mississippi', 'café', 'CAFÉ', 'ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', 'A.Σ', 'ΣΑΣ ΣΑΣ',
    'a\u0345Σ', 'aΣ\u0345', 'aΣ\u0345b', 'straße', 'STRASSE', 'ﬁnance', 'İstanbul', 'ıi', 'ǅungla', 'ǆ ǈ',
    'x😀y😀z', '😀', '𝐀𝐁𝐜', '𐐨𐐀 𐐨', 'a\u2028b\u2029c\x85d\x1ce\x1df\x1eg\x0bh\x0ci\r\nj\rk\nl\n', '\r\n\r\n',
    '\u3000\xa0\u2003x\u200by\x1f', 'tab\there\tand\tthere', '12\t345\t6\n\t7\r\t😀\t', '+42', '-7', '+', '٣٤5',
    '½²③', 'Ⅻ', 'hello_world', '1abc', 'Title Case Here', "they're bill's friends", 'ǈ', '\ud800',
    'a\udc00b', '\ud83d', 'ŉ', 'ﬃ', 'ΐ', 'İ', 'ᾳ ᾼ', 'ʰa', 'ꭰ', 'Ⓐⓑ', 'DŽ', '\u1e9e', '\x00\x7f',
]

RANGES = [(), (1,), (-2,), (2, 5), (None, 3), ('len',), ('len+1',)]
MORE_RANGES = [(-100, 100), (5, 2)]


def cpos(s, r):
    return tuple(len(s) if x == 'len' else len(s) + 1 if x == 'len+1' else x for x in r)


def outcome(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - recorded as the expected error
        return {'e': [type(e).__name__, str(e)]}
    if isinstance(r, tuple):
        r = list(r)
    return {'r': r}


def call(cases, method, s, *args):
    cases.append([method, STRINGS.index(s), list(args), outcome(lambda: getattr(s, method)(*args))])


def needles(s):
    out = ['', 'a', 'ss', 'Σ', '😀', '\udc00']
    for extra in (s[1:3],):
        if extra not in out:
            out.append(extra)
    return out


def str_cases():
    cases = []
    for s in STRINGS:
        for sub in needles(s):
            for r in RANGES:
                for m in ('find', 'rfind', 'count', 'startswith', 'endswith'):
                    call(cases, m, s, sub, *cpos(s, r))
        for sub in ('', s[-2:], '\ud83d'):
            for r in MORE_RANGES:
                for m in ('find', 'rfind', 'count', 'startswith', 'endswith'):
                    call(cases, m, s, sub, *r)
        for sub in needles(s):
            for r in ((), (1,), (-3, -1)):
                for m in ('index', 'rindex'):
                    call(cases, m, s, sub, *r)
        for old in ('', 'a', 'ss', 'Σ', '😀', '\udc00', s[1:3]):
            for new in ('-', ''):
                call(cases, 'replace', s, old, new)
            for count in (0, 1, 2, -1):
                call(cases, 'replace', s, old, '<>', count)
        for sep in (None, ' ', ',', 'ss', 'Σ', '😀', '', 'a', '\udc00'):
            for m in ('split', 'rsplit'):
                call(cases, m, s, sep)
                for maxsplit in (0, 1, -1) if sep in (None, ' ', 'a', '') else (1,):
                    call(cases, m, s, sep, maxsplit)
        for keep in ((), (False,), (True,)):
            call(cases, 'splitlines', s, *keep)
        for sep in ('', ' ', 'a', 'ss', 'Σ', '😀', '\udc00', s[1:3]):
            call(cases, 'partition', s, sep)
            call(cases, 'rpartition', s, sep)
        for chars in ((), (None,), ('',), ('a',), ('ab',), (' \t',), ('Σ😀',), ('xyz',), ('\ud83d',), (s[:2],)):
            for m in ('strip', 'lstrip', 'rstrip'):
                call(cases, m, s, *chars)
        n = len(s)
        for m in ('center', 'ljust', 'rjust'):
            for width in (-1, n, n + 1, n + 2, n + 5):
                call(cases, m, s, width)
            for fill in ('*', '😀'):
                call(cases, m, s, n + 3, fill)
                call(cases, m, s, n + 4, fill)
            for fill in ('', 'ab'):
                call(cases, m, s, n + 3, fill)
        for width in (0, n + 1, n + 3):
            call(cases, 'zfill', s, width)
        for tab in ((), (0,), (1,), (4,), (-1,)):
            call(cases, 'expandtabs', s, *tab)
        for fix in ('', s[:2], s[-2:], 'a', '\ud83d', s):
            call(cases, 'removeprefix', s, fix)
            call(cases, 'removesuffix', s, fix)
        for m in ('upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase', 'isalpha', 'isdigit',
                  'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isprintable', 'isidentifier', 'islower',
                  'isupper', 'istitle', 'isascii'):
            call(cases, m, s)
    return cases


class LoggingTable(dict):
    """A translate table that records which code points were looked up."""

    def __init__(self, pairs):
        super().__init__(pairs)
        self.log = []

    def __getitem__(self, key):
        self.log.append(key)
        return super().__getitem__(key)


TABLES = [
    [],
    [[97, 65], [98, None], [99, 'xyz']],
    [[97, 'b'], [98, 'a'], [32, None]],
    [[97, 0x1f600], [115, 'S']],
    [[0x3a3, 'S'], [0x1f600, None], [0xdc00, 0x41]],
    [[97, 0x110000]],
    [[98, -1]],
    [[97, 0xe9], [98, 'é'], [99, 'ok']],
]


def translate_cases():
    cases = []
    for s in STRINGS:
        for pairs in TABLES:
            table = LoggingTable({k: v for k, v in pairs})
            out = outcome(lambda: s.translate(table))
            out['log'] = table.log
            cases.append(['translate', STRINGS.index(s), [pairs], out])
    return cases


def main():
    cases = str_cases() + translate_cases()
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        f.write('{"strings":%s,\n"cases":[\n' % json.dumps(STRINGS, separators=(',', ':')))
        f.write(',\n'.join(json.dumps(c, separators=(',', ':')) for c in cases))
        f.write('\n]}\n')
    print('wrote', os.path.normpath(OUT), len(cases), 'cases')


if __name__ == '__main__':
    main()
