#!/usr/bin/env python3
"""Writes shared/kernels/math/glibc-pow-fixtures.txt: float ** float as python3 computes it.

CPython's float ** float calls the C library's pow(), and glibc's pow is not
correctly rounded, so shared/kernels/math/glibc-pow.ts reproduces its
algorithm step for step; shared/kernels/math/glibc-pow.test.ts checks it
against every line of this file. One case a line:

    XXXXXXXXXXXXXXXX YYYYYYYYYYYYYYYY RESULT

x and y as the 16 hex digits of their IEEE-754 bits, and RESULT the bits of
x ** y, or O (OverflowError), Z (ZeroDivisionError), C (the result is a
complex number), N (a NaN). Lines starting with # are comments.

The cases: random doubles over the whole range, integer exponents, exact
halfway results (odd m with m**k of 54 bits, times powers of two: the cases a
correctly rounded pow and glibc's disagree on), results near overflow, near
and in the subnormal range, x near 1 with huge y, tiny and huge y, subnormal x,
the special values, and hard cases: arguments where glibc's two x86-64 builds
of pow (with and without fused multiply-add) give different results. Those
are found by calling both builds inside this machine's libm directly (their
addresses are those of Debian 12's glibc 2.36 libm, checked before use); on
another libm that part is skipped with a warning.

Usage: python3 scripts/generate-glibc-pow-fixtures.py [--stdout]
"""
import ctypes
import ctypes.util
import math
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'math', 'glibc-pow-fixtures.txt')
rng = random.Random(20231)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def outcome(x, y):
    try:
        r = x ** y
    except OverflowError:
        return 'O'
    except ZeroDivisionError:
        return 'Z'
    if isinstance(r, complex):
        return 'C'
    if r != r:
        return 'N'
    return bits(r)


lines = []
seen = set()


def case(x, y):
    x = float(x)
    y = float(y)
    key = (bits(x), bits(y))
    if key in seen:
        return
    seen.add(key)
    lines.append('%s %s %s' % (key[0], key[1], outcome(x, y)))


def section(title):
    lines.append('# ' + title)


def random_double(lo_exp=-1074, hi_exp=1023):
    """A positive double with a uniformly random exponent in [lo_exp, hi_exp] and random mantissa."""
    e = rng.randint(lo_exp, hi_exp)
    return math.ldexp(1 + rng.random(), e) if e >= -1022 else math.ldexp(rng.random(), -1022) or 5e-324


def y_for(x, target_log2):
    """A random double y with y × log2(x) close to target_log2."""
    return target_log2 / math.log2(x)


# ---- random doubles ----
section('random x over the whole range, y giving results over the whole range')
for _ in range(6000):
    x = random_double()
    if x == 1.0:
        continue
    case(x, y_for(x, rng.uniform(-1100, 1050)) * (1 + rng.uniform(-1e-3, 1e-3)))
section('random x and y of random magnitude')
for _ in range(3000):
    x = random_double(-60, 60)
    y = math.ldexp(1 + rng.random(), rng.randint(-70, 12)) * rng.choice((1, -1))
    case(x, y)
section('x in [0.5, 2], y in [-1100, 1100]')
for _ in range(3000):
    case(rng.uniform(0.5, 2), rng.uniform(-1100, 1100))

# ---- integer exponents ----
section('integer exponents')
for _ in range(4000):
    x = random_double(-40, 40)
    top = max(1, int(1000 / max(abs(math.log2(x)), 1e-9)))
    case(x, rng.randint(-min(top, 1100), min(top, 1100)) or 2)
for n in range(-40, 41):
    for x in (3.0, 5.0, 7.0, 10.0, 0.1, 1.1, 2.5, math.pi, 1e10, 1e-10):
        case(x, n)

# ---- exact results and exact midpoints ----
section('exact midpoints: odd m, m**k of 54 bits, times powers of two')
for k in range(2, 35):
    lo = 2 ** 53
    hi = 2 ** 54
    m_lo = math.ceil(lo ** (1 / k))
    m_hi = math.floor((hi - 1) ** (1 / k)) + 1
    candidates = [m for m in range(max(m_lo - 2, 3), m_hi + 2) if m % 2 == 1 and (m ** k).bit_length() == 54] \
        if m_hi - m_lo < 4000 else None
    if candidates is None:
        candidates = []
        while len(candidates) < 120:
            m = rng.randrange(m_lo, m_hi) | 1
            if (m ** k).bit_length() == 54:
                candidates.append(m)
    picks = candidates if len(candidates) <= 120 else rng.sample(candidates, 120)
    for m in picks:
        for _ in range(2 if k > 2 else 1):
            # result m**k × 2^(e k) must stay normal: 53 + e k in about [-1020, 1020]
            e_lo = math.ceil((-1020 - 53) / k)
            e_hi = math.floor((1020 - 53) / k)
            e = rng.randint(e_lo, e_hi) if rng.random() < 0.7 else 0
            case(math.ldexp(m, e), k)
    for m in picks[:10]:
        # the same midpoints as (m^2)^(k/2) and (m^4)^(k/4), when m^2 or m^4 is a double
        if (m * m).bit_length() <= 53:
            case(float(m * m), k / 2)
        if (m ** 4).bit_length() <= 53:
            case(float(m ** 4), k / 4)
section('exact results that need no rounding')
for _ in range(1000):
    k = rng.randint(2, 40)
    limit = int(2 ** (53 / k))
    if limit < 3:
        continue
    m = rng.randrange(3, limit + 1) | 1
    if (m ** k).bit_length() > 53:
        continue
    case(math.ldexp(m, rng.randint(-20, 20)), k)
section('midpoints in the subnormal range (m**k × 2^-1075)')
for k, e in ((5, -215), (25, -43), (43, -25)):
    for m in range(1, 64, 2):
        if (m ** k).bit_length() <= 53:
            case(math.ldexp(m, e), k)
            case(math.ldexp(m, e), k + 0.0)

# ---- near overflow and underflow ----
section('results near overflow')
for _ in range(1200):
    x = random_double(-200, 200)
    if x == 1.0:
        continue
    case(x, y_for(x, rng.uniform(1022.5, 1024.5)))
section('results near the subnormal boundary and in the subnormal range')
for _ in range(2400):
    x = random_double(-200, 200)
    if x == 1.0:
        continue
    case(x, y_for(x, rng.choice((rng.uniform(-1023, -1021), rng.uniform(-1076, -1022), rng.uniform(-1080, -1073)))))
for x in (2.0, 0.5, 4.0, 10.0, 0.1):
    for t in range(-1080, -1015):
        case(x, t / math.log2(x))
        case(x, (t + 0.5) / math.log2(x))

# ---- x near 1, huge and tiny y ----
section('x near 1 with huge y')
for _ in range(2000):
    if rng.random() < 0.5:
        x = 1 + rng.choice((1, -0.5)) * rng.randint(1, 1000) * 2 ** -52
    else:
        x = 1 + rng.choice((1, -1)) * math.ldexp(1 + rng.random(), -rng.randint(1, 52))
    y = math.ldexp(1 + rng.random(), rng.randint(20, 66)) * rng.choice((1, -1))
    case(x, y)
section('tiny and huge |y|')
for _ in range(1500):
    x = random_double(-1074, 1023)
    if rng.random() < 0.5:
        y = math.ldexp(1 + rng.random(), rng.randint(-80, -55))
    else:
        y = math.ldexp(1 + rng.random(), rng.randint(55, 75))
    case(x, y * rng.choice((1, -1)))
for x in (0.5, 0.999, 1.001, 2.0, 1e300, 1e-300, 5e-324):
    for y in (2 ** -65, 2 ** -66, math.nextafter(2 ** -65, 0), 2 ** 63, math.nextafter(2 ** 63, 0), 2 ** 62 * 1.5):
        case(x, y)
        case(x, -y)

# ---- subnormal x ----
section('subnormal x')
for _ in range(1500):
    x = rng.randrange(1, 2 ** 52) * 5e-324 if rng.random() < 0.7 else rng.randrange(1, 2 ** 12) * 5e-324
    y = rng.choice((rng.uniform(-1.05, 1.05), rng.uniform(0.001, 0.1), float(rng.randint(-3, 3) or 1), 0.5))
    case(x, y)

# ---- square roots and simple exponents ----
section('y = 0.5, -0.5, 1.5, 2, -1, 1/3 and friends')
for _ in range(1500):
    x = random_double(-1074, 1023)
    case(x, rng.choice((0.5, -0.5, 1.5, 2.0, -1.0, 1.0, 3.0, -2.0, 1 / 3, 0.25, 2.5, 0.1)))

# ---- special values (CPython's own special cases before pow()) ----
section('special values and negative bases')
specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, float('inf'), float('-inf'), float('nan'),
            5e-324, -5e-324, 1.7976931348623157e308, -1.7976931348623157e308, 2.5, -2.5, 1e-300, -1e-300]
ys = specials + [4.0, -4.0, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 2 ** 53 - 1, 1e300, -1e300, 0.1, -0.1, 1.0000000000000002]
for x in specials:
    for y in ys:
        case(x, y)
for _ in range(400):
    x = -random_double(-30, 30)
    y = float(rng.randint(-300, 300)) if rng.random() < 0.8 else rng.uniform(-10, 10)
    case(x, y)

# ---- hard cases: glibc's FMA and non-FMA builds disagree ----
# Offsets in Debian 12's libm.so.6 (glibc 2.36-9+deb12u*): pow@@GLIBC_2.29, and
# the __ieee754_pow_fma and __ieee754_pow_sse2 builds its ifunc chooses from.
POW_OFFSET, FMA_OFFSET, SSE2_OFFSET = 0x392b0, 0x6f250, 0x2ae90


def libm_builds():
    try:
        libm = ctypes.CDLL(ctypes.util.find_library('m') or 'libm.so.6')
        base = ctypes.cast(libm.pow, ctypes.c_void_p).value - POW_OFFSET
        with open('/lib/x86_64-linux-gnu/libm.so.6', 'rb') as f:
            code = f.read()
        # Both entry points must start as those builds do (vmovq %xmm0,%rax / movq %xmm0,%rax).
        if code[FMA_OFFSET:FMA_OFFSET + 5] != b'\xc4\xe1\xf9\x7e\xc0' or code[SSE2_OFFSET:SSE2_OFFSET + 5] != b'\x66\x48\x0f\x7e\xc0':
            return None
        proto = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_double, ctypes.c_double)
        fma, sse2 = proto(base + FMA_OFFSET), proto(base + SSE2_OFFSET)
        for x, y in ((10.0, 23.0), (2.5, 0.3), (0.7, -123.4)):
            if fma(x, y) != x ** y:
                return None
        return fma, sse2
    except (OSError, AttributeError, TypeError):
        return None


builds = libm_builds()
if builds is None:
    print('warning: libm is not the expected glibc build; hard cases skipped', file=sys.stderr)
else:
    fma, sse2 = builds
    section('hard cases: the FMA and non-FMA builds of glibc pow disagree')
    found = 0
    while found < 6000:
        r = rng.random()
        if r < 0.4:
            x, y = rng.uniform(0.05, 20), rng.uniform(-60, 60)
        elif r < 0.6:
            x = random_double(-1074, 1023)
            y = y_for(x, rng.uniform(-1080, 1025)) if x != 1.0 else 2.0
        elif r < 0.8:
            x, y = random_double(-30, 30), float(rng.randint(-200, 200) or 3)
        else:
            x, y = rng.uniform(0.999, 1.001), rng.uniform(-1e6, 1e6)
        if fma(x, y) != sse2(x, y):
            before = len(lines)
            case(x, y)
            found += len(lines) - before

text = '# float ** float as python3 (CPython 3.11, glibc pow) computes it; see scripts/generate-glibc-pow-fixtures.py\n'
text += '\n'.join(lines) + '\n'
if '--stdout' in sys.argv:
    sys.stdout.write(text)
else:
    with open(OUT, 'w') as f:
        f.write(text)
    print('%d cases' % sum(1 for line in lines if not line.startswith('#')))
