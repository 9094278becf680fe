#!/usr/bin/env python3
"""Writes shared/kernels/format/format-fixtures.json: format(), str % args,
bytes % args and str.format cases with what python3 answers.

The TS formatting kernels (shared/kernels/format/*) are tested against this
file. Floats travel as their IEEE-754 bits (16 hex digits), ints as hex()
text, bytes as hex. Arguments of %-formatting and str.format are tagged
values: {"i": hex}, {"f": bits}, {"s": str}, {"b": bool}, {"n": None},
{"y": bytes hex}, {"t": [tuple items]}, {"l": [list items]},
{"d": [[key, value], ...]}. A result is {"r": text} (bytes: hex) or
{"e": [exception type, message]}.

Usage: python3 scripts/generate-format-fixtures.py
"""
import json
import os
import random
import struct

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'format', 'format-fixtures.json')
rng = random.Random(3117)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def outcome(thunk):
    try:
        r = thunk()
    except Exception as e:  # noqa: BLE001 - every Python error is an expected outcome
        return {'e': [type(e).__name__, str(e)]}
    if isinstance(r, bytes):
        return {'r': r.hex()}
    return {'r': r}


def tag(v):
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        return {'i': hex(v)}
    if isinstance(v, float):
        return {'f': bits(v)}
    if isinstance(v, str):
        return {'s': v}
    if isinstance(v, bytes):
        return {'y': v.hex()}
    if v is None:
        return {'n': None}
    if isinstance(v, tuple):
        return {'t': [tag(x) for x in v]}
    if isinstance(v, list):
        return {'l': [tag(x) for x in v]}
    if isinstance(v, dict):
        return {'d': [[k, tag(x)] for k, x in v.items()]}
    raise TypeError(v)


# --- format(value, spec) -------------------------------------------------------

COMMON_SPECS = [
    '', '<', '>', '^', '=', '10', '<10', '>10', '^10', '=10', '*^11', '0', '05', '010', '+', '-', ' ', '+10', ' 10',
    '-10', '+010', ' 010', '0=10', 'x<8', 'é>6', '\U0001f600^9', '#', 'z', ',', '_', '015,', '016,', '09,', '08,',
    '07_', '+013,', '<08,', '^010', '>010', '=+12', 'abc', '10x!', ',_', '_,', '__', ',,', '.', '.x', '10.', '\u0663',
    '\u0661\u0660', '99999999999999999999', 'é', '\x01', ',é', ',\x01', '\U0001f600', 's', 'c', 'd', 'b', 'o', 'x',
    'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'r', 'a', 'i', 'u', 'z', ',s', '.0', '.1', '.3',
]

INT_SPECS = COMMON_SPECS + [
    '#b', '#o', '#x', '#X', '#010x', '#010X', '+#x', '_b', '_o', '_x', '_X', '#_x', '#_b', '0_x', '012_b', ',x', ',b',
    '_d', ',d', '020,d', '^+#12x', 'c', '10c', '<5c', '05c', '+c', '#c', ',c', 'n', ',n', '_n', '010n', '.2', 'z',
    'zd', '.2f', '.3e', ',.2f', '%', '.1%', 'g', '.20g', 'E', '#o', '-#o', ' #b', '=^10', '0^10', '0>10', '0<10',
    '010_d', '011_d', '#X', '*=+#15_X',
]

INT_VALUES = [0, 1, -1, 7, -7, 42, -42, 65, 255, -255, 1000, 1234567, -1234567, 0x10ffff, 0x110000, 2 ** 31,
              2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 20, 10 ** 30 + 7,
              -(10 ** 25)]

FLOAT_SPECS = COMMON_SPECS + [
    '.0f', '.1f', '.2f', '.3f', '.5f', '.10f', '.17f', '.20f', '.30f', '.0e', '.1e', '.2e', '.10e', '.16e', '.20e',
    '.0g', '.1g', '.2g', '.6g', '.10g', '.15g', '.16g', '.17g', '.25g', '#.0f', '#.0e', '#g', '#.3g', '#.10g', '#.0g',
    '#', '#.1', '.1', '.2', '.3', '.5', '.16', '.17', '.20', ',', '_', ',.2f', '_.3f', '010,.2f', '020,.3e', '+.2%',
    '.0%', '.1%', '10.1%', 'z', 'z.1f', 'z.0f', 'z.2e', 'z.3g', 'z%', 'z,', 'z10', '-z.1f', '+z.1f', '=+12.3f',
    '*^20', '<15e', '=15g', '0=15.4f', '.2147483648f', 'n', '.3n', '010n', 'z.3n', ',n', '.2F', '.3E', '.4G', 'F',
    '.40G', '#.2F', '020.10E', ',.10g', ',.0f', ',.12e', '_.30g', ',g', '_%',
]

FLOAT_VALUES = [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1.0, -1.0, 1.5, -1.5, 0.5, 2.5, 3.5, -2.5,
                0.125, 0.375, 1.25, 12.5, 125.0, 25.0, 250.0, 0.05, 0.15, 0.25, 0.35, 9.5, 99.5, 999.5, 0.95,
                9.9999, 0.0001, 0.00001, 0.000123456, 1e-5, -1e-7, 123.456, 1234567.891, -9876543.21, 1e15, 1e16,
                1e17, 1e21, 1e22, 1e23, 1e100, -1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
                0.1, 0.2, 0.3, 2 / 3, 1 / 3, 100.0, 2.0 ** 53, 2.0 ** 63, 2.0 ** 70, 123456789012345678.0,
                4.35, 0.045, -0.0049, 0.0005, 1e-300, 6.02214076e23, 299792458.0, 1e-10]

# Past JS's 100-digit toFixed/toExponential and up to every digit of a double: on a few values only.
LONG_SPECS = ['.120f', '.101f', '.150e', '.100e', '.101e', '.200g', '.102g', '.1100f', '.800g', '.1000e', '#.120g']
LONG_VALUES = [0.1, 2 / 3, -1.5, 0.125, 1e22, 1e-5, 5e-324, 1.7976931348623157e308, 123.456, 2.0 ** -30]

COMPLEX_SPECS = ['', 'f', '.2f', 'e', '.3e', 'g', '.3g', 'G', 'n', '.3', '.0', '10', '<30', '>30', '^30.2f',
                 '*^32.3e', '+', '-', ' ', '+.1f', 'z.1f', 'z', ',', ',.2f', '_f', '_', '#', '#.0e', '#.0f', '%',
                 '010', '0<10', '=10', 'd', 'x', 'abc', 'F', '.20g', '.120f', '40', 'é^40', '.17', 'z,.1f']

COMPLEX_VALUES = [(0.0, 0.0), (0.0, 1.0), (-0.0, 1.0), (1.0, 2.0), (-1.5, -2.5), (1234567.0, -0.001),
                  (float('inf'), float('nan')), (float('-inf'), -0.0), (1e20, 1e-20), (0.0, -0.0), (-0.0, -0.0),
                  (0.5, 2.5), (3.14159, 2.71828), (-0.00001, 0.0)]

STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^11', '*^11', '.2', '10.3', '.0', '.10', '\U0001f600^7', 'é<5',
             '5s', '>5.1s', '<0', '=5', '+', '-', ' ', ' 5', 'z', '#', '#5', ',', '_', ',s', 'd', 'x', 'r', 'abc',
             '0', '05', '010s', '0^9', '\u0663', '.\u0663', '\U0001d7d0', 'é', '.', '99999999999999999999',
             '<\U0001d7d0']

STR_VALUES = ['', 'a', 'abc', 'hello world', 'é', 'naïve café', '\U0001f600x\U0001f600', '\u4e2d\u6587',
              '\ud800lone', 'tab\there', 'x' * 12]


def random_float():
    r = rng.random()
    if r < 0.3:
        return from_bits(rng.getrandbits(64))
    if r < 0.6:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 25)
    if r < 0.8:
        # Values with few binary digits, where ties happen.
        return rng.randint(-(2 ** 20), 2 ** 20) / 2.0 ** rng.randint(0, 30)
    return float(rng.randint(0, 10 ** rng.randint(1, 22)))


def random_float_spec():
    t = rng.choice('eEfFgG%n') if rng.random() < 0.9 else ''
    p = rng.choice([rng.randint(0, 20), rng.randint(0, 20), rng.randint(0, 20), rng.randint(20, 110)])
    flags = rng.choice(['', '', '#', '+', ' ', 'z', '0', ','])
    if flags == ',' and t == 'n':
        flags = ''
    width = rng.choice(['', '', '12', '30'])
    return flags + width + '.' + str(p) + t


def random_int():
    return rng.randint(-(10 ** rng.randint(1, 40)), 10 ** rng.randint(1, 40))


def random_int_spec():
    t = rng.choice(['', 'd', 'b', 'o', 'x', 'X', 'n'])
    alt = rng.choice(['', '#']) if t in 'boxX' and t else ''
    sep = ''
    if t in ('', 'd'):
        sep = rng.choice(['', ',', '_'])
    elif t in 'boxX':
        sep = rng.choice(['', '_'])
    fill = rng.choice(['', '', '0', '*<', '*>', '*^', '*=', '='])
    sign = rng.choice(['', '+', '-', ' '])
    width = rng.choice(['', str(rng.randint(1, 50))])
    if fill == '0':
        return sign + alt + '0' + width + sep + t
    return fill + sign + alt + width + sep + t


def format_cases():
    ints = [[hex(v), s, outcome(lambda: format(v, s))] for v in INT_VALUES for s in INT_SPECS]
    ints += [[hex(v), s, outcome(lambda: format(v, s))] for v, s in
             ((random_int(), random_int_spec()) for _ in range(1000))]
    big = 10 ** 4300
    for v in (big - 1, -big):
        for s in ('', 'd', ',', 'x', 'n', '>5', 'e', '.3g'):
            ints.append([hex(v), s, outcome(lambda: format(v, s))])
    floats = [[bits(x), s, outcome(lambda: format(x, s))] for x in FLOAT_VALUES for s in FLOAT_SPECS]
    floats += [[bits(x), s, outcome(lambda: format(x, s))] for x in LONG_VALUES for s in LONG_SPECS]
    floats += [[bits(x), s, outcome(lambda: format(x, s))] for x, s in
               ((random_float(), random_float_spec()) for _ in range(3000))]
    complexes = [[bits(re), bits(im), s, outcome(lambda: format(complex(re, im), s))]
                 for re, im in COMPLEX_VALUES for s in COMPLEX_SPECS]
    strs = [[v, s, outcome(lambda: format(v, s))] for v in STR_VALUES for s in STR_SPECS]
    return {'int': ints, 'float': floats, 'complex': complexes, 'str': strs}


# --- str % args and bytes % args ---------------------------------------------------

PERCENT_CASES = [
    ('%s', 1), ('%s', 'abc'), ('%s', (1,)), ('%s', ((1, 2),)), ('%s', (1, 2)), ('%s', [1, 2]), ('%s', {'a': 1}),
    ('%s %s', (1, 'x')), ('%s %s', (1,)), ('%s', ()), ('x', ()), ('x', 5), ('x', 'a'), ('x', [1]), ('x', {}),
    ('%%', ()), ('100%%', ()), ('%', ()), ('abc%', (1,)), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%5', (1,)),
    ('%.', (1,)), ('%l', (1,)), ('%ld %hi %Lf', (1, 2, 3.0)), ('%y', 1), ('abc%y', 1), ('%y', ()), ('%\xe9', 1),
    ('%\x01', 1), ('\U0001f600%\U0001f600', 1), ('\U0001f600%s', 'x'),
    ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 'x', 'b': 'y'}), ('%(a)s', (1,)), ('%(a)s', 1), ('%(a)s', [1]),
    ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a(b))s', {'a(b)': 5}), ('%(a)s', {'b': 1}),
    ('%(a)*d', {'a': 5}), ('%(a)s', {'a': (1, 2)}),
    ('%d', 'a'), ('%i', 'a'), ('%u', 'a'), ('%x', 1.5), ('%o', 'a'), ('%X', None), ('%d', None), ('%f', 'a'),
    ('%e', None), ('%d', float('nan')), ('%d', float('inf')), ('%d', 3.99), ('%d', -3.99), ('%i', True),
    ('%x', True), ('%d', 2 ** 100), ('%x', -(2 ** 100)), ('%f', 2 ** 2000), ('%d', 10 ** 5000), ('%x', 10 ** 5000),
    ('%c', 'a'), ('%c', 'ab'), ('%c', ''), ('%c', 65), ('%c', 1.5), ('%c', -1), ('%c', 2 ** 70), ('%c', 0x10ffff),
    ('%c', 0x110000), ('%c', 0xd800), ('%5c', 'x'), ('%-5c|', 'x'), ('%5.1c', 'a'), ('%c', True), ('%c', '\U0001f600'),
    ('%*d', ('a', 1)), ('%.*d', (2 ** 70, 1)), ('%*d', (2 ** 70, 1)), ('%*d', (5, 1)), ('%*d', (-5, 1)),
    ('%-*d|', (-5, 1)), ('%*.*f', (8, 2, 3.14159)), ('%.*f', (-3, 3.14159)), ('%*s', (-5, 'a')), ('%*', (5,)),
    ('%*', ()), ('%.*', (1,)), ('%*.*s', (True, False, 'abc')),
    ('%#o|%#x|%#X|%#5x|%#05x|%-#5x|%+#05X', (8, 255, 255, 255, 255, 255, 255)),
    ('%.5d|%+.3d|%#.5x|%05.3d|%-5.3d|', (42, -7, 255, 5, 5)),
    ('%-05d|%-+5d|% d|%+ d|% 05d', (1, 2, 3, 4, 5)), ('%05s|%-5s|%5s|%.1s', ('a', 'b', 'c', 'de')),
    ('%#.0e|%#.0f|%#g|%g|%#.3g', (1, 1, 1, 1e-5, 100)), ('%e|%F|%010f', (float('inf'), float('nan'), float('-inf'))),
    ('%+f|% f|%+010.2f|%-10.3e|', (1.5, 2.5, -3.25, 4.5)), ('%.0f %.0f %.0f %.0f', (0.5, 1.5, 2.5, -0.5)),
    ('%.1f %.2f %.3f', (0.25, 0.125, 0.0625)), ('%g %G %e %E', (1e20, 1e-20, 12345.6789, -0.0)),
    ('%.200f', 1.0), ('%.120e', 0.1), ('%.110g', 1 / 3), ('%r', 'a'), ('%a', 'é'), ('%.2r', 'abc'),
    ('%10.3a', 'é'), ('%r %a', (1.5, '\U0001f600')), ('%s', 1.0), ('%r', 1e16), ('%s', None), ('%s', True),
    ('%-10r|', 'ab'), ('%5s', '\U0001f600'), ('%.1s', '\U0001f600ab'), ('%3d%%', 50), ('%+d % d', (0, 0)),
    ('%o %x %X', (-8, -255, -255)), ('%#o %#x', (0, 0)), ('%+#o', 8), ('%05x', -255), ('%#08X', -255),
    ('%.0d|%.0x', (0, 0)), ('%10.4f|%-10.2e|%+.3g', (3.14159, 12345.678, 0.000123)), ('%d %s', [1, 2]),
    ('%s', [1]), ('%s %s', [1]), ('%(x)s', [1]), ('%.3s', 12345), ('%5s', 12), ('%s', 10 ** 5000),
    ('%d', (1, 2)), ('%z', ()), ('%-+ #0d', 5), ('%0-5d|', 5), ('%99999999999999999999d', 1),
    ('%.99999999999d', 1), ('%.2147483647d', 1), ('%.2147483646d', 1),
]

BYTES_CASES = [
    (b'%s', b'abc'), (b'%s', 'abc'), (b'%s', 1), (b'%b', b'x'), (b'%r', 'a\xe9'), (b'%a', b'x'), (b'%s %r %a', (b'x', 'é', 'é')),
    (b'%c', 65), (b'%c', 256), (b'%c', -1), (b'%c', b'a'), (b'%c', b'ab'), (b'%c', 'a'), (b'%c', 2 ** 70),
    (b'%5c|%-5c', (b'a', 98)), (b'%y', 1), (b'%y', ()), (b'%\xe9', 1), (b'%\x01', 1), (b'%(a)s', {'a': b'x'}),
    (b'%d', 'a'), (b'%i', 'a'), (b'%x', 1.5), (b'%f', 'a'), (b'%f', 2 ** 2000), (b'%d', 2 ** 100), (b'%d', 10 ** 5000),
    (b'%5.2f|%-8.3e|%+g', (3.14159, 1.5, 2.0)), (b'%#x %#o %#X %05d %+d', (255, 8, 255, -42, 7)), (b'%s %s', (b'1',)),
    (b'%s %s', (b'1', b'2', b'3')), (b'x', 5), (b'x', b'a'), (b'x', ()), (b'%', ()), (b'%%', ()), (b'%.1s', b'abc'),
    (b'%5s|%-5s', (b'ab', b'cd')), (b'%*d', (5, 1)), (b'%.*f', (2, 1.0)), (b'%s', [1]), (b'%(a)s', (1,)),
    (b'%(a', {'a': 1}), (b'%ld', 5), (b'%r', 1), (b'%a', 1.5), (b'%10.4a|', 'abcdef'), (b'%c', True),
]

FORMAT_CASES = [
    ('{}', (1,), {}), ('{0} {1}', (1, 2), {}), ('{1} {0}', (1, 2), {}), ('{} {}', (1,), {}), ('{a} {b}', (), {'a': 1, 'b': 'x'}),
    ('{', (), {}), ('}', (), {}), ('{}}', (1,), {}), ('{{}', (1,), {}), ('{{}}', (), {}), ('}}{{', (), {}),
    ('a}b', (), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{0', (1,), {}), ('{0!', (1,), {}),
    ('{0!}', (1,), {}), ('{0!x}', (1,), {}), ('{0!rr}', (1,), {}), ('{0!r:}', ('a',), {}), ('{0!r:5}', (1,), {}),
    ('{0:{1}}', (1, 5), {}), ('{0:{1:{2}}}', (1, 5, 3), {}), ('{:{}}', (1, 5), {}), ('{0:{', (1,), {}),
    ('{0:{}', (1,), {}), ('{0:}}', (1,), {}), ('{0[}', (1,), {}), ('{0[0}', ([1],), {}), ('{0[0]x}', ([1],), {}),
    ('{0.}', (1,), {}), ('{0.}', (), {}), ('{0..a}', (1,), {}), ('{0.real}', (1,), {}), ('{0[a]}', ({'a': 5},), {}),
    ('{0[1]}', ([4, 5],), {}), ('{0[1]}', ((4, 5),), {}), ('{0[-1]}', ({'-1': 5},), {}), ('{[0]}', ([7],), {}),
    ('{.real}', (7,), {}), ('{a}', (1,), {}), ('{1}', (1,), {}), ('{}', (), {}), ('{0x}', (1,), {}),
    ('{00}', (1,), {}), ('{\u0663}', (1, 2, 3, 4), {}), ('{99999999999999999999}', (1,), {}),
    ('{999999999999999999}', (1,), {}), ('{0[99999999999999999999]}', ([1],), {}), ('{ 0}', (1,), {}),
    ('{0]}', (1,), {}), ('{!r}', ('a',), {}), ('{:}', (1,), {}), ('{0:x}', (255,), {}), ('{0!s:>5}', ('a',), {}),
    ('{0!a}', ('é',), {}), ('{0:!r}', (1,), {}), ('x{:{{}}}', (1,), {}), ('{0[a]b}', ({'a': 1},), {}),
    ('{0[]}', ({'': 1},), {}), ('{[}', (1,), {}), ('{:d}', ('a',), {}), ('{0:{a}}', (1,), {'a': '>3'}),
    ('{!}', (1,), {}), ('{!r', (1,), {}), ('{0[a]!r}', ({'a': 'x'},), {}), ('{0!r', (1,), {}),
    ('{0:x!r}', (1,), {}), ('{0}}', (1,), {}), ('{0:{1}{2}}', (1, '>', 5), {}), ('{a[0}', (), {'a': 1}),
    ('{a{}', (1,), {}), ('{0!x:{1:{2}}}', (1,), {}), ('{5!x}', (), {}), ('{0:{1:{2}}}', (1,), {}),
    ('{:{}} {}', (1, 5, 'z'), {}), ('{:{}} {2}', (1, 5, 'z'), {}), ('{0:{}}', (1, 5), {}), ('{:{0}}', (1, 5), {}),
    ('{0:.{1}f}', (3.14159, 2), {}), ('{:>{}.{}f}', (3.14159, 10, 3), {}), ('{0:{fill}{align}{width}}', ('x',),
    {'fill': '*', 'align': '^', 'width': 9}), ('{0.real.imag}', (5,), {}), ('{0.nope}', (5,), {}),
    ('{0[2]}', ([1],), {}), ('{0[x]}', ({'y': 1},), {}), ('{0[0][1]}', ([[1, 2]],), {}), ('{0[0].real}', ([3],), {}),
    ('{0[a][b]}', ({'a': {'b': 'deep'}},), {}), ('{}', ((1, 2),), {}), ('{}', ([1, 'a'],), {}), ('{}', ({'k': 1.5},), {}),
    ('{:5}', ((1,),), {}), ('{:}', (None,), {}), ('{:>5}', (None,), {}), ('{!r:>8}', (None,), {}), ('{:,}', (1234567,), {}),
    ('{:08.3f}|{:<8}|{:^8}', (3.14159, 'ab', 'cd'), {}), ('{:x} {:o} {:b} {:#X}', (255, 8, 5, 255), {}),
    ('{}', (True,), {}), ('{:d}', (True,), {}), ('{:>6}', (True,), {}), ('{0} {0}', ('a',), {}),
    ('{0:{0}}', (5,), {}), ('a{}b{}c', (1, 2), {}), ('{\U0001f600}', (), {'\U0001f600': 'emoji'}),
    ('\U0001f600{}\U0001f600', (1,), {}), ('{:\U0001f600^9}', ('x',), {}), ('{0!s}', (1.5,), {}),
    ('{0:%}', (0.25,), {}), ('{0:.2%}', (1 / 3,), {}), ('{0[0]:{0[1]}}', ([5, '>4'],), {}),
    ('{0:{1[0]}}', (5, ['>3']), {}), ('{0:{1.real}}', (5, 4), {}), ('{a.b.}', (), {'a': 1}),
]


def percent_cases():
    out = []
    for fmt, args in PERCENT_CASES:
        out.append([fmt, tag(args), outcome(lambda: fmt % args)])
    return out


def bytes_cases():
    out = []
    for fmt, args in BYTES_CASES:
        # Dict keys are str in the table; bytes % looks them up as bytes.
        real = {k.encode(): v for k, v in args.items()} if isinstance(args, dict) else args
        out.append([fmt.hex(), tag(args), outcome(lambda: fmt % real)])
    return out


def format_method_cases():
    out = []
    for fmt, args, kwargs in FORMAT_CASES:
        out.append([fmt, [tag(a) for a in args], [[k, tag(v)] for k, v in kwargs.items()],
                    outcome(lambda: fmt.format(*args, **kwargs))])
    # format_map: positional fields are an error.
    for fmt in ('{a}', '{}', '{0}', '{a[0]}', '{a:{b}}'):
        out.append([fmt, None, [['a', tag([1])], ['b', tag('>4')]],
                    outcome(lambda: fmt.format_map({'a': [1], 'b': '>4'}))])
    return out


def main():
    data = format_cases()
    data['percent'] = percent_cases()
    data['bytesPercent'] = bytes_cases()
    data['strFormat'] = format_method_cases()
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    main()
