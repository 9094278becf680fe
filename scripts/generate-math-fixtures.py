#!/usr/bin/env python3
"""Writes shared/kernels/math/math-fixtures.json: calls of math functions and python3's answers.

The TS math kernels (shared/kernels/math/*) are tested against this file by
shared/kernels/math/math.test.ts. Each case is [function, args, outcome]:
args is a list of encoded values, outcome {"r": value} or {"e": [type, message]}.
Values are encoded as text so that every float (NaN, -0.0, subnormals) and
every int reaches JS unchanged: "f:" + the 16 hex digits of the IEEE-754 bits,
"i:" + python's hex() of an int, "n" for None; JSON true/false for bools,
and lists for tuples and for the iterable arguments of fsum, dist, hypot,
gcd and lcm (variadic functions take their arguments as one list).

Usage: python3 scripts/generate-math-fixtures.py [--stdout]
"""
import json
import math
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'math', 'math-fixtures.json')
rng = random.Random(3117)
inf = float('inf')
nan = float('nan')


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def enc(v):
    if v is None:
        return 'n'
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return 'f:' + bits(v)
    if isinstance(v, int):
        return 'i:' + hex(v)
    if isinstance(v, (tuple, list)):
        return [enc(x) for x in v]
    raise TypeError(type(v))


VARIADIC = {'gcd', 'lcm', 'hypot'}
cases = []


def call(name, *args):
    fn = getattr(math, name)
    try:
        r = fn(*args[0]) if name in VARIADIC else fn(*args)
        out = {'r': enc(r)}
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        out = {'e': [type(e).__name__, str(e)]}
    cases.append([name, [enc(a) for a in args], out])


SPECIALS = [0.0, -0.0, inf, -inf, nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 0.1, -0.1, 10.0, -10.0,
            5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308, 1e-300, 1e-20, 1e-10,
            1.7976931348623157e308, -1.7976931348623157e308, 1e300, -1e300, 1e16, 2.0 ** 53 + 2,
            math.pi, math.pi / 2, -math.pi / 2, math.e, 0.99999999999999989, 1.0000000000000002, 709.78, 710.0, -745.2,
            -746.0, 22.0, 30.0, 200.0, 171.5, -171.5, -200.5, 1e5, 1e22]


def randoms(lo, hi, n):
    return [rng.uniform(lo, hi) for _ in range(n)]


def log_uniform(lo_exp, hi_exp, n, signed=True):
    out = []
    for _ in range(n):
        x = 2.0 ** rng.uniform(lo_exp, hi_exp)
        out.append(-x if signed and rng.random() < 0.5 else x)
    return out


def random_bits(n):
    out = []
    while len(out) < n:
        x = from_bits(rng.getrandbits(64))
        if math.isfinite(x):
            out.append(x)
    return out


WIDE = log_uniform(-1074, 1023, 25) + random_bits(15)
DOMAINS = {
    'sin': randoms(-10, 10, 60) + log_uniform(-30, 60, 30),
    'cos': randoms(-10, 10, 60) + log_uniform(-30, 60, 30),
    'tan': randoms(-10, 10, 60) + log_uniform(-30, 60, 30),
    'asin': randoms(-1, 1, 80),
    'acos': randoms(-1, 1, 80),
    'atan': randoms(-10, 10, 50) + log_uniform(-60, 60, 30),
    'sinh': randoms(-20, 20, 50) + randoms(-712, 712, 30),
    'cosh': randoms(-20, 20, 50) + randoms(-712, 712, 30),
    'tanh': randoms(-20, 20, 60) + log_uniform(-40, 5, 20),
    'asinh': randoms(-20, 20, 50) + log_uniform(-40, 600, 30),
    'acosh': randoms(1, 20, 50) + log_uniform(0, 600, 30, signed=False),
    'atanh': randoms(-1, 1, 70) + log_uniform(-40, -1, 10),
    'exp': randoms(-20, 20, 50) + randoms(-745, 710, 30),
    'exp2': randoms(-20, 20, 40) + randoms(-1075, 1024, 30),
    'expm1': randoms(-2, 2, 40) + log_uniform(-60, 9, 30),
    'log1p': randoms(-1, 2, 40) + log_uniform(-60, 60, 30, signed=False),
    'cbrt': randoms(-100, 100, 40) + log_uniform(-1074, 1023, 30),
    'sqrt': randoms(0, 100, 40) + log_uniform(-1074, 1023, 30, signed=False),
    'erf': randoms(-7, 7, 80) + log_uniform(-40, 2, 20),
    'erfc': randoms(-7, 30, 80) + log_uniform(-60, 2, 20),
    'gamma': randoms(-30, 30, 60) + randoms(0, 171.7, 30) + randoms(-180, -140, 10),
    'lgamma': randoms(-30, 30, 60) + log_uniform(-60, 1000, 30, signed=False) + randoms(-300, 0, 10),
    'log': randoms(0, 100, 40) + log_uniform(-1074, 1023, 30, signed=False),
    'log2': randoms(0, 100, 40) + log_uniform(-1074, 1023, 30, signed=False),
    'log10': randoms(0, 100, 40) + log_uniform(-1074, 1023, 30, signed=False),
    'fabs': WIDE, 'degrees': WIDE, 'radians': WIDE, 'ulp': WIDE,
    'isfinite': [], 'isinf': [], 'isnan': [],
    'frexp': WIDE, 'modf': randoms(-100, 100, 20) + WIDE,
    'floor': randoms(-100, 100, 20) + WIDE, 'ceil': randoms(-100, 100, 20) + WIDE,
    'trunc': randoms(-100, 100, 20) + WIDE,
}
INTS_AS_FLOATS = [0, 1, -1, 7, 2 ** 53 + 1, 10 ** 20, -(10 ** 20), 2 ** 1023, 2 ** 1024, -(2 ** 1024), 10 ** 400,
                  2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1]

for name, domain in DOMAINS.items():
    for x in SPECIALS + domain:
        call(name, x)
    for n in INTS_AS_FLOATS:
        call(name, n)

# log with ints of any size, and with a base.
BIG = [10 ** 400, 2 ** 1024, 2 ** 1024 - 1, 2 ** 2000, 3 ** 1000, 10 ** 5000, 2 ** 100000 + 1, (1 << 1100) - 1,
       (1 << 1100) - (1 << 1040), (1 << 1100) - (1 << 1046), -(10 ** 400), 0, -1, 10 ** 22, 10 ** 23]
for name in ('log', 'log2', 'log10'):
    for n in BIG:
        call(name, n)
for x in [10 ** 400, 100.0, 8, 2.0, 1.0, 0.5, 0.0, -1.0, inf, nan, 10 ** 5000, 1e-300, 7.0]:
    for base in [10, 2.0, 0.5, 1.0, 1, 0, -2.0, inf, nan, 10 ** 400, math.e, 3]:
        call('log', x, base)

BINARY_SPECIALS = [0.0, -0.0, inf, -inf, nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 5e-324, 1e300, -1e300,
                   1.7976931348623157e308, 2.5, -2.5]
for name in ('atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter'):
    for x in BINARY_SPECIALS:
        for y in BINARY_SPECIALS:
            call(name, x, y)
    for _ in range(60):
        x, y = rng.choice(WIDE + randoms(-10, 10, 5)), rng.choice(WIDE + randoms(-10, 10, 5))
        call(name, x, y)
for _ in range(80):
    call('pow', rng.uniform(0, 10), rng.uniform(-50, 50))
    call('pow', rng.uniform(-10, 10), float(rng.randint(-40, 40)))
    call('atan2', rng.uniform(-10, 10), rng.uniform(-10, 10))
    x = rng.uniform(-1e6, 1e6)
    y = rng.choice([1.0, 2.0, 3.0, 0.1, 7.5, 1e-3, 1e5])
    call('remainder', x, y)
    call('fmod', x, y)
    call('remainder', float(rng.randint(-100, 100)) + 0.5, 1.0)
for x, y in [(2 ** 1100, 2.0), (2.0, 10 ** 400), (7, 3), (-7, 3), (0, -1), (0.0, -1.0), (-0.0, -3.0), (-8.0, 1 / 3),
             (10.0, 400.0), (-10.0, 401.0), (1e-300, 2.0), (2.0, -1075.0), (2.0, 1023.5)]:
    call('pow', x, y)
    call('atan2', x, y)

# frexp / ldexp with big exponents.
for x in SPECIALS[:25] + WIDE[:20]:
    for i in [0, 1, -1, 52, -1022, -1074, -1075, 1023, 1024, 2000, -2000, 2 ** 31, -(2 ** 31), 2 ** 31 - 1,
              -(2 ** 31) - 1, 10 ** 30, -(10 ** 30), 2 ** 63, -(2 ** 63) - 1]:
        call('ldexp', x, i)
for x in [0.75, 1.5, 1.0000000000000002, 3.0 * 2 ** -1074, 5 * 2 ** -1073, 0.7 * 2 ** -1022]:
    for i in range(-60, 5, 3):
        call('ldexp', x, i)
    for i in range(-1080, -1020, 1):
        call('ldexp', x, i)

# isclose.
for a, b in [(1.0, 1.0 + 1e-10), (1.0, 1.1), (inf, inf), (inf, -inf), (nan, nan), (0.0, 1e-300), (1e10, 1e10 + 1),
             (-1.0, -1.0 - 1e-9), (inf, 1e308), (0.0, -0.0)]:
    call('isclose', a, b)
cases_isclose_kw = []
for a, b, rel, abs_ in [(1.0, 1.1, 0.2, 0.0), (0.0, 1e-300, 1e-9, 1e-300), (1.0, 2.0, -1.0, 0.0),
                        (1.0, 2.0, 0.0, -1.0), (1.0, 1.0, -1.0, 0.0), (1.0, 1.5, nan, 0.0), (1.0, 1.5, inf, 0.0),
                        (1.0, 1.5, 0.0, 0.5), (inf, inf, 0.0, inf)]:
    try:
        r = {'r': enc(math.isclose(a, b, rel_tol=rel, abs_tol=abs_))}
    except ValueError as e:
        r = {'e': [type(e).__name__, str(e)]}
    cases.append(['isclose', [enc(a), enc(b), enc(rel), enc(abs_)], r])

# fsum.
FSUM = [[], [1.0], [1e308, 1e308], [1e308, 1e308, -1e308], [1e308, -1e308, 1e308], [inf, -inf], [inf, inf, 1.0],
        [nan, 1.0], [inf, nan], [-inf, 1e308, 1e308], [1e-16, 1.0, 1e16], [1.0, 1e100, 1.0, -1e100],
        [0.1] * 10, [1, 2, 3], [10 ** 20, 1.5], [2 ** 1024], [-0.0], [-0.0, -0.0], [0.0, -0.0],
        [1.7976931348623157e308, 1.7976931348623157e308 * 2 ** -53], [2.0 ** 53, 1.0, 2.0 ** -53],
        [2.0 ** 53, -0.5, -2.0 ** -54], [5e-324, 5e-324, -1e-320], [1e300, 1e-300] * 5]
for _ in range(60):
    n = rng.randint(2, 30)
    kind = rng.random()
    if kind < 0.3:
        xs = [rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for _ in range(n)]
    elif kind < 0.6:
        xs = []
        for _ in range(n // 2):
            v = rng.uniform(-1e10, 1e10)
            xs += [v, -v * (1 + rng.uniform(-1e-12, 1e-12))]
        rng.shuffle(xs)
    else:
        xs = [from_bits(rng.getrandbits(64)) for _ in range(n)]
        xs = [x for x in xs if math.isfinite(x) and abs(x) < 1e300]
    FSUM.append(xs)
for xs in FSUM:
    call('fsum', xs)

# hypot and dist.
VECTORS = [[], [3.0], [3.0, 4.0], [-3.0, 4.0, 12.0], [inf, nan], [nan, inf], [nan, 1.0], [-inf, 0.0], [0.0, 0.0],
           [-0.0], [5e-324, 5e-324], [1e-310, 3e-310, 2e-311], [1e308, 1e308], [1.7976931348623157e308, 1e308],
           [1, 2, 3], [10 ** 400], [2.0 ** -1074 * 7, 2.0 ** -1074 * 24], [1e-200, 1e-200, 1e-200]]
for _ in range(80):
    n = rng.randint(2, 8)
    scale = 10.0 ** rng.randint(-310, 305)
    VECTORS.append([rng.uniform(-1, 1) * scale for _ in range(n)])
for v in VECTORS:
    call('hypot', v)
for _ in range(60):
    n = rng.randint(0, 6)
    scale = 10.0 ** rng.randint(-300, 300)
    call('dist', [rng.uniform(-1, 1) * scale for _ in range(n)], [rng.uniform(-1, 1) * scale for _ in range(n)])
for p, q in [([1.0], [1.0, 2.0]), ([inf], [inf]), ([inf, 1.0], [0.0, nan]), ([nan], [1.0]), ([1e308], [-1e308]),
             ([1, 2], [4, 6]), ([10 ** 400], [0.0])]:
    call('dist', p, q)

# Integer functions.
INTS = [0, 1, 2, 3, 5, 12, 18, 19, 20, 21, 30, 64, 100, 127, 128, 1000, 3000, 2 ** 31, 2 ** 53 - 1, 2 ** 53,
        2 ** 53 + 1, 2 ** 64, 10 ** 40, -1, -2, -10 ** 30, (10 ** 20 + 7) ** 2, (10 ** 20 + 7) ** 2 - 1,
        2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 4 ** 40 - 1, 4 ** 40]
for n in INTS + [rng.randint(0, 10 ** rng.randint(1, 60)) for _ in range(60)]:
    call('isqrt', n)
for n in [0, 1, 2, 5, 12, 13, 18, 19, 20, 21, 25, 33, 64, 100, 127, 128, 129, 500, 1000, 2047, 4321, -1, -10 ** 30,
          2 ** 63 - 1 + 1, 2 ** 64, 10 ** 30]:
    if 0 <= n <= 5000 or n < 0 or n >= 2 ** 63:
        call('factorial', n)
GCD_ARGS = [[], [0], [-5], [12], [12, 18], [-12, 18], [0, 0], [0, 7], [7, 0], [2 ** 80, 2 ** 70 * 3],
            [10 ** 30, 10 ** 20 * 7], [6, 10, 15], [1, 10 ** 50], [2 ** 53 + 1, 3], [-(2 ** 53), 2 ** 52],
            [12, 18, 0], [0, 0, 5], [3, 5, 7, 11]]
for _ in range(40):
    k = rng.randint(2, 4)
    g = rng.randint(1, 10 ** rng.randint(1, 20))
    GCD_ARGS.append([g * rng.randint(-10 ** 6, 10 ** 6) for _ in range(k)])
for args in GCD_ARGS:
    call('gcd', args)
    call('lcm', args)
PAIRS = [(0, 0), (5, 0), (5, 5), (5, 2), (5, 6), (10, 3), (52, 5), (67, 33), (68, 34), (100, 50), (1000, 3),
         (1000, 500), (10 ** 20, 2), (10 ** 20, 3), (2 ** 64, 5), (10 ** 30, 1), (10 ** 30, 10 ** 30 - 2),
         (-1, 2), (2, -1), (-1, -1), (3, 10 ** 30), (2 ** 70, 2 ** 64), (2 ** 64, 2 ** 64 + 1),
         (2 ** 53, 20), (2 ** 53 - 1, 3), (3000, 1500), (200, 199), (200, 198), (127, 64), (128, 64),
         (10 ** 400, 10 ** 400 - 2 ** 63), (10 ** 400, 10 ** 400 - 2 ** 63 + 1), (2 ** 63 + 5, 2 ** 63), (2 ** 63 + 5, 2 ** 63 - 1)]
for _ in range(40):
    n = rng.randint(0, 10 ** rng.randint(1, 12))
    PAIRS.append((n, rng.randint(0, min(n, 30))))
for n, k in PAIRS:
    if not (n > 10 ** 6 and 1000 < min(k, max(n - k, 0)) < 2 ** 63):
        call('comb', n, k)
    if not (n > 10 ** 6 and 1000 < k < 2 ** 63 and k <= n):
        call('perm', n, k)
for n in [0, 5, 20, -3]:
    call('perm', n, None)

text = json.dumps({'python': sys.version.split()[0], 'cases': cases}, separators=(',', ':')) + '\n'
if '--stdout' in sys.argv:
    sys.stdout.write(text)
else:
    with open(OUT, 'w') as f:
        f.write(text)
    print('%d cases written to %s' % (len(cases), OUT))
