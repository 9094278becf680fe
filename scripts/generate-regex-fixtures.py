#!/usr/bin/env python3
"""Writes shared/kernels/regex/regex-fixtures.json: CPython's answers for the regex kernel.

Each case is [pattern, flags, op, args, outcome]:
  op "search"/"match"/"fullmatch": args [string, pos, endpos]; outcome the flat spans
      [s0, e0, s1, e1, ...] (-1 for a group that did not take part) or null;
  op "findall": args [string]; outcome the list (tuples as lists);
  op "sub": args [template, string, count]; outcome the result string;
  op "split": args [string, maxsplit]; outcome the list (null for unset groups);
  op "compile": args []; outcome {"groups", "flags", "groupindex"};
and any op may have the outcome {"error": [msg, pos]} (re.error) or {"exc": [type, message]}.
Only BMP text is used, so Python indices are the kernel's UTF-16 indices.

Usage: python3 scripts/generate-regex-fixtures.py   (run with CPython 3.11.7)
"""
import json
import os
import re

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'regex', 'regex-fixtures.json')

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

TEXTS = ['', 'a', 'abc', 'aaa', 'abcabc', 'Hello World', 'hello world\nsecond line\n', 'a1b22c333',
         'foo bar  baz', 'The the cat cat sat', 'x-12.5 and 7 ms', 'ann@example.com, bo.li@corp.net',
         'héllo wörld 日本 ١٢٣', 'ÀÉÎ àéî', 'tab\there\r\nnext', 'aAbBcC', 'ab\n', '\n\n', 'a,b;;c, d',
         'STRASSE straße', '2024-01-02 INFO [net] took 5 ms', 'ſ K k s S', '_under_score_', '((x))']

SEARCH_PATTERNS = [
    ('a', 0), ('a+', 0), ('a*', 0), ('a*?', 0), ('a+?', 0), ('a{2}', 0), ('a{1,2}', 0), ('a{,2}', 0), ('a{2,}', 0),
    ('a{', 0), ('a{x}', 0), ('x{}', 0), ('.', 0), ('.', S), ('.+', 0), ('.+', S), ('^a', 0), ('^.', M), ('$', 0),
    ('.$', 0), ('.$', M), ('^$', M), (r'\A.', 0), (r'.\Z', 0), (r'\d+', 0), (r'\D+', 0), (r'\w+', 0), (r'\W+', 0),
    (r'\s+', 0), (r'\S+', 0), (r'\w+', A), (r'\d+', A), (r'\s', A), (r'\bcat\b', 0), (r'\Bat', 0), (r'\b', 0),
    (r'\B', 0), (r'\b\w', 0), (r'\w\b', 0), (r'\b\w', A), (r'[a-c]+', 0), (r'[^a-c]+', 0), (r'[\w.]+', 0),
    (r'[^\W\d]+', 0), (r'[\d\s]+', 0), (r'[]a]+', 0), (r'[^]a]', 0), (r'[a-]+', 0), (r'[\]]', 0), (r'[.*+?]', 0),
    (r'(a)(b)?', 0), (r'(a)|(b)', 0), (r'(?P<first>\w+) (?P<second>\w+)', 0), (r'(\w+) \1', 0),
    (r'(?P<w>\w+) (?P=w)', 0), (r'(?i)(\w+) \1', 0), (r'(?:ab)+', 0), (r'(ab)+', 0), (r'(a|b)*c', 0),
    (r'(?=b)', 0), (r'(?!a).', 0), (r'(?<=a)b', 0), (r'(?<!a)b', 0), (r'(?<=\d)\d', 0), (r'(?>a+)a', 0),
    (r'(?>a+)b', 0), (r'a*+a', 0), (r'a++b', 0), (r'a?+', 0), (r'(?i)hello', 0), ('hello', I), ('HELLO', I),
    (r'(?i:h)ello', 0), (r'(?i:H)ELLO', 0), (r'(?-i:h)ello', I), ('[a-z]+', I), ('[A-Z]+', I), ('straße', I),
    ('ß', I), ('k', I), ('s', I), ('K', I), ('é', I), ('[à-î]+', I), ('hello', I | A), ('é', I | A), ('k', I | A),
    (r'(?a)\w+', 0), (r'(?s).+', 0), (r'(?m)^\w+$', 0), (r'(?x) a b # comment', 0), ('a b c', X),
    (r'[ ]a', X), (r'a\ b', X), (r'\x41', 0), (r'\u00e9', 0), (r'\N{LATIN SMALL LETTER E WITH ACUTE}', 0),
    (r'\101', 0), (r'\0', 0), (r'[\101-\103]', 0), (r'\t', 0), (r'\n', 0), (r'\\', 0), (r'\.', 0), (r'-?\b\d+(?:\.\d+)?\b', 0),
    (r'[\w.+-]+@[\w-]+\.(?:com|org|net)', 0), (r'[;,]\s*', 0), (r'(\d{4})-(\d\d)-(\d\d)', 0),
    (r'^(?P<date>\d{4}-\d\d-\d\d) (?P<level>INFO|WARN|ERROR) \[(?P<mod>[a-z_]+)\] (?P<msg>.*)$', M),
    (r'\(\(x\)\)', 0), (r'(((x)))', 0), (r'(a)(?:b)(c)', 0), (r'()', 0), (r'(|a)+', 0), (r'a|ab|abc', 0),
    (r'(?:a|ab)c', 0), (r'\$', 0), (r'[$^]', 0), (r'a{0}', 0), (r'(?#comment)a', 0), (r'\w+?\b', 0),
    (r'[^\n]+', 0), (r'\r\n', 0), (r'[\s\S]', 0), (r'.{3}', 0), (r'(a*)*', 0), (r'(a*)+b', 0), (r'(?:)', 0),
]

ERRORS = [
    '(', '(ab', ')', 'a)', '[', '[a', '[a-', '[]', '[z-a]', '*', 'a**', 'a*+*', '+a', '?', '{1}', 'a{2,1}',
    r'\q', '\\', r'\1', r'(a)\2', r'(?P<1>a)', r'(?P<a>a)(?P<a>b)', r'(?P=x)', r'(?P<a>', r'(?Px)', '(?<x>a)',
    '(?', '(?z)', 'a(?i)', '(?i', '(?-i)', '(?a-i:x)', '(?L)', '(?au)', r'[\d-z]', r'\x4', r'\u12', r'\U00110000',
    r'\N{NOPE}', r'\N', r'(?<=a+)b', r'(?<=a|bc)', r'(a)(?<=\1)', r'(?#unterminated', '(?P=)', '(?P<>a)',
    r'[\q]', r'\400', r'[\400]', 'a{99999999999}', r'(?i-i:a)', r'(?x:a', r'a\\\\\\', '(?:a|b', '(a)(?(1)a|b)',
    r'(?(x)a)', '((a)', 'ab\n(c', r'\8', '[a-\\w]',
]

SPLIT = [(r'[;,]\s*', 'a,b;;c, d', 0), (r'([;,])', 'a,b;c', 0), (r'([;,])|(x)', 'a,bxc', 0), (r'\s*', 'a b  c', 0),
         (r'x*', 'axbc', 0), (r',', 'a,b,c,d', 2), (r'\W+', 'Words, words, words.', 0), (r'(\W+)', '...words...', 0),
         (r'', 'abc', 0), (r'\b', 'a b', 0), (r'a|', 'bab', 0)]

SUBS = [(r'(\w)(\d)', r'\2\1', 'a1b2c3', 0), (r'(\d{4})-(\d\d)-(\d\d)', r'\3/\2/\1', 'on 2024-01-02 ok', 0),
        (r'(?P<x>a)', r'[\g<x>]', 'banana', 0), (r'a', r'\g<0>\g<0>', 'banana', 2), (r'x*', '-', 'abxd', 0),
        (r'(a)|b', r'[\1]', 'ab', 0), (r'\b(\w+) \1\b', r'\1', 'the the cat cat sat', 0), (r'a', r'\n\t\\', 'a', 0),
        (r'a', r'\&', 'a', 0), (r'(a)', r'\101', 'a', 0), (r'(a)', r'\0', 'a', 0), (r'', '-', 'abc', 0),
        (r'a*?', '-', 'baac', 0), (r'(a)', r'\2', 'a', 0), (r'(a)', r'\g<2>', 'a', 0), (r'(a)', r'\g<x>', 'a', 0),
        (r'(a)', r'\g<1', 'a', 0), (r'(a)', r'\g', 'a', 0), (r'(a)', r'\q', 'a', 0), (r'(a)', '\\', 'a', 0),
        (r'(a)', r'\g<-1>', 'a', 0), (r'(a)', r'\g<>', 'a', 0), (r'(?P<n>a)', r'\g<n>\g<1>\g<0>', 'xa', 0)]


def outcome(fn):
    try:
        return fn()
    except re.error as e:
        return {'error': [e.msg, e.pos]}
    except Exception as e:  # noqa: BLE001 - the type and message are the expectation
        return {'exc': [type(e).__name__, str(e)]}


def spans(m):
    if m is None:
        return None
    out = []
    for g in range(len(m.regs)):
        out += list(m.span(g))
    return out


def lists(v):
    return [list(x) if isinstance(x, tuple) else x for x in v]


def main():
    cases = []
    for pattern, flags in SEARCH_PATTERNS:
        cases.append([pattern, int(flags), 'compile', [], outcome(lambda: (lambda p: {
            'groups': p.groups, 'flags': p.flags, 'groupindex': dict(p.groupindex)})(re.compile(pattern, flags)))])
        for text in TEXTS:
            for op in ('search', 'match', 'fullmatch'):
                r = outcome(lambda: spans(getattr(re.compile(pattern, flags), op)(text)))
                cases.append([pattern, int(flags), op, [text, 0, len(text)], r])
            cases.append([pattern, int(flags), 'findall', [text], outcome(lambda: lists(re.findall(pattern, text, flags)))])
        for text, pos, endpos in (('abcabc', 1, 5), ('hello world\n', 3, 11), ('aaa', 1, 2), ('ab\n', 0, 2)):
            for op in ('search', 'match', 'fullmatch'):
                r = outcome(lambda: spans(getattr(re.compile(pattern, flags), op)(text, pos, endpos)))
                cases.append([pattern, int(flags), op, [text, pos, endpos], r])
    for pattern in ERRORS:
        cases.append([pattern, 0, 'compile', [], outcome(lambda: (lambda p: {
            'groups': p.groups, 'flags': p.flags, 'groupindex': dict(p.groupindex)})(re.compile(pattern)))])
    for pattern, text, maxsplit in SPLIT:
        cases.append([pattern, 0, 'split', [text, maxsplit], outcome(lambda: re.split(pattern, text, maxsplit))])
    for pattern, template, text, count in SUBS:
        cases.append([pattern, 0, 'sub', [template, text, count], outcome(lambda: re.sub(pattern, template, text, count))])
    with open(OUT, 'w') as f:
        json.dump({'cases': cases}, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print(len(cases), 'cases')


main()
