"""Shared by the hash fixture generators: random Python values and their JSON encoding.

A value travels as a tagged list, so JSON keeps what JSON cannot carry (big
ints, exact floats, bytes, lone surrogates, tuples):
  ['i', '123']            int (decimal)         ['b', 1]           bool
  ['f', '<16 hex>']        float, IEEE bits      ['c', re, im]      complex, two float bit strings
  ['s', [code points]]     str                   ['y', '<hex>']     bytes
  ['t', [values]]          tuple                 ['z', [values]]    frozenset
Hashes travel as decimal strings. Every generator re-runs itself under
PYTHONHASHSEED=0 when started without it, since str and bytes hashes depend on it.
"""
import os
import struct
import sys


def require_hashseed_zero():
    if os.environ.get('PYTHONHASHSEED') != '0':
        env = dict(os.environ, PYTHONHASHSEED='0')
        os.execve(sys.executable, [sys.executable] + sys.argv, env)


def float_bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def encode(v):
    if isinstance(v, bool):
        return ['b', int(v)]
    if isinstance(v, int):
        return ['i', str(v)]
    if isinstance(v, float):
        return ['f', float_bits(v)]
    if isinstance(v, complex):
        return ['c', float_bits(v.real), float_bits(v.imag)]
    if isinstance(v, str):
        return ['s', [ord(c) for c in v]]
    if isinstance(v, bytes):
        return ['y', v.hex()]
    if isinstance(v, tuple):
        return ['t', [encode(x) for x in v]]
    if isinstance(v, frozenset):
        return ['z', [encode(x) for x in v]]
    raise TypeError(type(v))


def random_str(rng, alphabet_max=None):
    """A str of 0..40 code points from one of ASCII, latin-1, BMP or all planes (no surrogates)."""
    top = alphabet_max or rng.choice([0x80, 0x100, 0x800, 0x10000, 0x110000])
    n = rng.choice([0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 23, 24, 31, 40])
    out = []
    for _ in range(n):
        c = rng.randrange(top)
        if 0xd800 <= c < 0xe000:
            c = 0x41
        out.append(chr(c))
    # Mostly keep the kind at its top: one code point near the maximum.
    if out and rng.random() < 0.7:
        c = top - 1 - rng.randrange(min(top, 64))
        out[rng.randrange(len(out))] = chr(c if not 0xd800 <= c < 0xe000 else 0x41)
    return ''.join(out)
