#!/usr/bin/env python3
"""Writes shared/kernels/hash-fixtures.json: values and python3's hash() of them.

The hash kernels (shared/kernels/hash.ts, siphash.ts, and frozenset hashing in
hash-table/set-table.ts) are tested against this file by hash.test.ts. Values
use the encoding of scripts/hash_fixture_keys.py. Runs under PYTHONHASHSEED=0.

Usage: python3 scripts/generate-hash-fixtures.py [--stdout]
"""
import json
import math
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(__file__))
from hash_fixture_keys import encode, random_str, require_hashseed_zero  # noqa: E402

require_hashseed_zero()
OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'hash-fixtures.json')
rng = random.Random(3117)
P = 2 ** 61 - 1


def ints():
    xs = [0, 1, -1, -2, 2, 7, -7, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 32, -2 ** 32, 2 ** 32 - 1,
          2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -2 ** 53, -2 ** 53 - 1, P - 1, P, P + 1, -P, -P - 1, -P + 1,
          2 ** 61, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 2 ** 64 - 1, -2 ** 64, 10 ** 100, -10 ** 100,
          P * 12345, -P * 12345 - 1, 2 * P - 1, -2 * P + 1]
    xs += [rng.randrange(-1000, 1000) for _ in range(200)]
    xs += [rng.randrange(-2 ** 40, 2 ** 40) for _ in range(200)]
    xs += [rng.randrange(-2 ** 54, 2 ** 54) for _ in range(200)]
    xs += [rng.getrandbits(rng.randrange(54, 400)) * rng.choice([1, -1]) for _ in range(400)]
    xs += [k * P + d for k in range(-3, 4) for d in (-2, -1, 0, 1, 2)]
    return xs


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def floats():
    xs = [0.0, -0.0, 1.0, -1.0, -2.0, 0.5, -0.5, 1.5, float('inf'), float('-inf'), 5e-324, -5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 2,
          -2.0 ** 53, 2.0 ** 61, 2.0 ** 61 - 2 ** 9, 2.0 ** 63, 2.0 ** 64, 1e300, 0.1, 1 / 3, math.pi, -math.e,
          float(P), float(P) * 2, 2.0 ** -1074 * 3]
    xs += [2.0 ** k for k in range(-1074, 1024, 3)]
    xs += [-(2.0 ** k) * 1.5 for k in range(-1000, 1000, 37)]
    xs += [from_bits(rng.getrandbits(64)) for _ in range(800)]
    xs += [rng.uniform(-1e6, 1e6) for _ in range(300)]
    xs += [float(rng.randrange(-2 ** 60, 2 ** 60)) for _ in range(200)]
    return [x for x in xs if x == x]


def strs():
    xs = ['', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'é', '\xff', 'Ā', '€', '\uffff', '😀', 'a😀b', '\U0010ffff',
          'x' * 255, 'x' * 256, 'y' * 257, 'é' * 300, '😀' * 70]
    xs += [random_str(rng) for _ in range(1200)]
    return xs


def lone_surrogate_strs():
    """strs with lone surrogates, none followed by a low one (JS would read the pair as one code point)."""
    out = []
    for _ in range(60):
        s = list(random_str(rng, rng.choice([0x80, 0x10000])))
        s.insert(rng.randrange(len(s) + 1), chr(rng.choice([0xd800, 0xdbff, 0xdc00, 0xdfff, rng.randrange(0xd800, 0xe000)])))
        t = ''.join(s)
        if any(0xd800 <= ord(a) < 0xdc00 and 0xdc00 <= ord(b) < 0xe000 for a, b in zip(t, t[1:])):
            continue
        out.append(t)
    return out


def byteses():
    xs = [b'', b'\0', b'a', b'abcdefgh', b'\xff' * 9]
    xs += [bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 70))) for _ in range(400)]
    return xs


def atom():
    kind = rng.randrange(6)
    if kind == 0:
        return rng.randrange(-100, 100)
    if kind == 1:
        return rng.getrandbits(rng.randrange(1, 100)) * rng.choice([1, -1])
    if kind == 2:
        return random_str(rng, 0x100)[:6]
    if kind == 3:
        return rng.choice([0.5, -1.0, 1e100, -2.5, float('inf')])
    if kind == 4:
        return rng.choice([True, False])
    return complex(rng.randrange(-5, 5), rng.choice([0.5, 1.0, -2.0]))


def value(depth=0):
    if depth < 2 and rng.random() < 0.3:
        return tuple(value(depth + 1) for _ in range(rng.randrange(0, 5)))
    if depth < 2 and rng.random() < 0.1:
        return frozenset(atom() for _ in range(rng.randrange(0, 9)))
    return atom()


def tuples():
    xs = [(), (0,), (-1,), (-1, -1), ((),), ((), ()), (1, 2, 3)]
    xs += [tuple(value(1) for _ in range(rng.randrange(0, 8))) for _ in range(400)]
    return xs


def frozensets():
    xs = [frozenset(), frozenset([0]), frozenset([-1]), frozenset([frozenset()]), frozenset(range(100))]
    xs += [frozenset(value(1) for _ in range(rng.randrange(0, 30))) for _ in range(200)]
    return xs


def complexes():
    parts = [0.0, -0.0, 1.0, -1.0, 0.5, 1e300, float('inf'), float('-inf'), 2.0 ** 60, -3.25]
    xs = [complex(a, b) for a in parts for b in parts]
    xs += [complex(from_bits(rng.getrandbits(64)), from_bits(rng.getrandbits(64))) for _ in range(200)]
    return [z for z in xs if z.real == z.real and z.imag == z.imag]


def main():
    values = ints() + [True, False] + floats() + complexes() + strs() + lone_surrogate_strs() + byteses() \
        + tuples() + frozensets()
    objs = [object() for _ in range(50)]
    fixture = {
        'values': [[encode(v), str(hash(v))] for v in values],
        # object.__hash__ is the address rotated: [id, hash] pairs.
        'ids': [[id(o), str(hash(o))] for o in objs],
    }
    text = json.dumps(fixture, separators=(',', ':')) + '\n'
    if '--stdout' in sys.argv:
        sys.stdout.write(text)
    else:
        with open(OUT, 'w') as f:
            f.write(text)


main()
