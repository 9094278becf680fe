#!/usr/bin/env python3
"""Writes shared/kernels/repr/repr-fixtures.json: inputs and what python3's repr() says of them.

The TS repr kernels (shared/kernels/repr/*) are tested against this file.
Floats travel as their IEEE-754 bit patterns (16 hex digits) so that every
value, including -0.0, subnormals and NaNs, reaches JS unchanged. Strings
travel as lists of code points so that lone surrogates survive; no string
holds a high surrogate directly followed by a low one, which JS could not
tell apart from the astral character they encode. Ints travel as hex.

Usage: python3 scripts/generate-repr-fixtures.py
"""
import json
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'repr', 'repr-fixtures.json')
rng = random.Random(3110)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def float_inputs():
    xs = [0.0, -0.0, float('inf'), float('-inf'), float('nan'), -float('nan'),
          5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.5, 123456789012345.0, 1234567890123456.0,
          9999999999999998.0, 1e16, 1e15, 1e17, 0.0001, 0.00001, 0.00012345, 1.0000000000000002,
          2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** 1023, 4.35, 0.07, 100.0, 1e22, 1e23]
    xs += [10.0 ** k for k in range(-325, 309)]
    xs += [-(10.0 ** k) for k in range(-20, 20)]
    xs += [float('%de%d' % (rng.randint(1, 9999999), k)) for k in range(-330, 310, 3)]
    xs += [2.0 ** k for k in range(-1074, 1024, 7)]
    xs += [(10.0 ** k) * (1 - 2 ** -53) for k in range(-6, 20)]
    xs += [from_bits(rng.getrandbits(64)) for _ in range(2500)]
    xs += [from_bits(rng.getrandbits(52)) for _ in range(200)]  # subnormals
    xs += [rng.random() * 10.0 ** rng.randint(-8, 20) for _ in range(1000)]
    xs += [float(rng.randint(0, 2 ** 60)) for _ in range(200)]
    xs += [round(rng.uniform(-1000, 1000), rng.randint(0, 6)) for _ in range(300)]
    return xs


def complex_inputs():
    specials = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, float('inf'), float('-inf'), float('nan'), 1e300, 3.0e-320]
    pairs = [(a, b) for a in specials for b in specials]
    pairs += [(0.0, from_bits(rng.getrandbits(64))) for _ in range(300)]
    pairs += [(from_bits(rng.getrandbits(64)), from_bits(rng.getrandbits(64))) for _ in range(300)]
    pairs += [(0.0, rng.random() * 10.0 ** rng.randint(-8, 20)) for _ in range(200)]
    return pairs


def random_code_point():
    plane = rng.random()
    if plane < 0.4:
        return rng.randint(0, 0x7f)
    if plane < 0.8:
        return rng.randint(0x80, 0xffff)
    return rng.randint(0x10000, 0x10ffff)


def no_merging_pairs(cps):
    """Drops a low surrogate that directly follows a high one (JS would merge them)."""
    out = []
    for cp in cps:
        if out and 0xd800 <= out[-1] <= 0xdbff and 0xdc00 <= cp <= 0xdfff:
            continue
        out.append(cp)
    return out


def str_inputs():
    texts = ['', 'abc', "'", '"', '\'"', "it's", 'say "hi"', 'both \' and "', '\\', '\\n', 'tab\there',
             'line\nbreak\r\n', '\x00\x01\x1f\x7f\x80\x9f\xa0\xad\xff', '\u2028\u2029\u200b\ufeff\ufffe\uffff',
             'caf\xe9 \u4e2d\u6587 \U0001f600 \U000e0001 \U0010ffff', '\ud800', '\udfff x \udc80', 'a\ud800b']
    out = [[ord(c) for c in t] for t in texts]
    out += [list(range(start, start + 64)) for start in range(0, 0x800, 64)]
    out += [list(range(start, start + 64)) for start in (0x2000, 0x2040, 0xd7c0, 0xd800, 0xdfc0, 0xe000, 0xfdc0, 0xffc0)]
    out += [no_merging_pairs([random_code_point() for _ in range(rng.randint(1, 16))]) for _ in range(700)]
    out += [[rng.randint(0x20, 0x7e) for _ in range(rng.randint(0, 20))] for _ in range(100)]
    return out


def bytes_inputs():
    out = [b'', b"'", b'"', b'\'"', b'\\', bytes(range(256)), bytes(range(255, -1, -1))]
    out += [bytes([b]) for b in range(256)]
    out += [bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 24))) for _ in range(150)]
    return out


def int_inputs():
    limit = sys.get_int_max_str_digits()
    out = [0, 1, -1, 2 ** 63, -(2 ** 64), 10 ** 100, 10 ** (limit - 1), 10 ** limit - 1, 10 ** limit,
           -(10 ** limit - 1), -(10 ** limit), 16 ** 4000, 7 ** 5000]
    out += [rng.getrandbits(rng.randint(1, 300)) for _ in range(60)]
    return out


def int_entry(n):
    try:
        return {'hex': hex(n), 'repr': repr(n)}
    except ValueError as e:
        return {'hex': hex(n), 'error': 'ValueError', 'message': str(e)}


def main():
    data = {
        'generator': 'scripts/generate-repr-fixtures.py',
        'python': sys.version.split()[0],
        'float': [[bits(x), repr(x)] for x in float_inputs()],
        'complex': [[bits(a), bits(b), repr(complex(a, b))] for a, b in complex_inputs()],
        'str': [[cps, repr(''.join(map(chr, cps)))] for cps in str_inputs()],
        'bytes': [[b.hex(), repr(b)] for b in bytes_inputs()],
        'int': [int_entry(n) for n in int_inputs()],
    }
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print('wrote', os.path.normpath(OUT), {k: len(v) for k, v in data.items() if isinstance(v, list)})


if __name__ == '__main__':
    main()
