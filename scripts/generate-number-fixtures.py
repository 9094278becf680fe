#!/usr/bin/env python3
"""Writes shared/kernels/numbers/number-fixtures.json: numeric operations and python3's answers.

The kernels in shared/kernels/numbers/ are tested against this file
(numbers.test.ts). Each case is [op, args, outcome]: `op` names a Python
operation (OPS below), `args` its encoded arguments, and `outcome` either
{"v": encoded result} or {"e": [exception type, message]}.

Values travel as tagged strings so every one reaches JS unchanged:
  "i:<hex()>"  int            "f:<16 hex digits>"  float, IEEE-754 bits
  "s:<text>"   str            "b:<hex>"            bytes
  "B:0"/"B:1"  bool           lists                tuples
  "r:<JSON [prefix, unit, count, suffix]>"  a long str, prefix + unit * count + suffix
  "c:<JSON list of code points>"  a str holding a high surrogate directly followed by a low
                                  one, which a JS string would merge (PyStrCodePoints in TS)
No "s:" str holds such a pair.

Usage: python3 scripts/generate-number-fixtures.py   (must be CPython 3.11.7)
"""
import json
import math
import os
import random
import struct
import sys
from decimal import Decimal

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'numbers', 'number-fixtures.json')
rng = random.Random(20240311)
sys.set_int_max_str_digits(4300)


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


class Rep(str):
    """A long str that the fixture stores as prefix + unit * count + suffix."""

    def __new__(cls, prefix, unit, count, suffix=''):
        self = super().__new__(cls, prefix + unit * count + suffix)
        self.parts = [prefix, unit, count, suffix]
        return self


def has_split_pair(s):
    return any('\ud800' <= a <= '\udbff' and '\udc00' <= b <= '\udfff' for a, b in zip(s, s[1:]))


def enc(v):
    if isinstance(v, str) and has_split_pair(v):
        return 'c:' + json.dumps([ord(c) for c in v])
    if isinstance(v, Rep):
        return 'r:' + json.dumps(v.parts)
    if isinstance(v, bool):
        return 'B:%d' % v
    if isinstance(v, int):
        return 'i:' + hex(v)
    if isinstance(v, float):
        return 'f:' + bits(v)
    if isinstance(v, str):
        return 's:' + v
    if isinstance(v, bytes):
        return 'b:' + v.hex()
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    raise TypeError(type(v))


def cmp(i, f):
    if f != f:
        return 'nan'
    return (i > f) - (i < f)


OPS = {
    'int_parse': lambda s, base: int(s, base),
    'float_parse': float,
    'float_hex': float.hex,
    'float_fromhex': float.fromhex,
    'float_ratio': float.as_integer_ratio,
    'float_is_integer': float.is_integer,
    'int_from_float': int,
    'float_from_int': float,
    'truediv': lambda a, b: a / b,
    'round_int': round,
    'round_float_int': round,
    'round_float': round,
    'bit_length': int.bit_length,
    'bit_count': int.bit_count,
    'to_bytes': lambda i, n, order, signed: i.to_bytes(n, order, signed=signed),
    'from_bytes': lambda b, order, signed: int.from_bytes(b, order, signed=signed),
    'int_ratio': int.as_integer_ratio,
    'pow': pow,
    'powmod': pow,
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b,
    'divmod': divmod,
    'divmod_float': divmod,
    'neg': lambda a: -a,
    'abs': abs,
    'and': lambda a, b: a & b,
    'or': lambda a, b: a | b,
    'xor': lambda a, b: a ^ b,
    'invert': lambda a: ~a,
    'lshift': lambda a, n: a << n,
    'rshift': lambda a, n: a >> n,
    'cmp_int_float': cmp,
    'str': str,
    'bin': bin,
    'oct': oct,
    'hex': hex,
}

cases = []


def case(op, *args):
    try:
        out = {'v': enc(OPS[op](*args))}
    except (ValueError, OverflowError, ZeroDivisionError, MemoryError) as e:
        out = {'e': [type(e).__name__, str(e)]}
    cases.append([op, [enc(a) for a in args], out])


# ---------------------------------------------------------------- values

def special_ints():
    out = [0, 1, -1, 2, -2, 3, 7, 10, 25, 35, -25, -35, 127, 128, 255, 256, -128, -129, 1000, 12345, -99999]
    for k in (15, 16, 30, 31, 32, 33, 47, 48, 52, 53, 54, 62, 63, 64, 65, 100, 127, 128, 1000):
        out += [2 ** k - 1, 2 ** k, 2 ** k + 1, -(2 ** k - 1), -(2 ** k), -(2 ** k + 1)]
    out += [10 ** 15, 10 ** 16, 10 ** 20, -10 ** 20, 10 ** 100, 5 * 10 ** 20, 15 * 10 ** 20, 10 ** 308, 2 ** 1024 - 2 ** 970]
    return out


def random_int():
    size = rng.choice([4, 8, 16, 31, 32, 40, 52, 53, 54, 60, 64, 100, 200, 600])
    v = rng.getrandbits(size)
    return -v if rng.random() < 0.4 else v


INTS = special_ints() + [random_int() for _ in range(60)]


def special_floats():
    return [0.0, -0.0, math.inf, -math.inf, math.nan, 0.5, -0.5, 1.5, 2.5, -2.5, 3.5, 0.1, 1 / 3, 2.675, 0.125,
            0.375, 1.005, 2.0 ** 52 + 0.5, 2.0 ** 52 - 0.5, 2.0 ** 53, -2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
            1e16, 1e22, 1e23, 1e300, -1e300, 1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324,
            2.2250738585072014e-308, 2.225073858507201e-308, 123456.789, -0.0001, 4503599627370495.5, 0.49999999999999994]


def random_float():
    kind = rng.random()
    if kind < 0.3:
        return from_bits(rng.getrandbits(64))
    if kind < 0.6:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 8))
    if kind < 0.8:
        return rng.random() * 10.0 ** rng.randint(-30, 30)
    return float(rng.randint(-2 ** 60, 2 ** 60)) + rng.choice([0, 0.5, 0.25, -0.5])


FLOATS = special_floats() + [random_float() for _ in range(120)]

# ---------------------------------------------------------------- int()

INT_STRINGS = [
    '0', '-0', '+0', '00', '0_0', '0_0_0', '010', '0_7', '09', '1', '-1', '+1', ' 1 ', '\t-12\n', ' \x0b\x0c\r42\r',
    '1_000', '1__000', '_1', '1_', '1 1', '+ 1', '- 1', '+-1', '--1', '', ' ', '-', '+', '_', '0x', '0x_', '0x_1',
    '0x__1', '0x1_', '0X1F', '0x1f', '-0x1f', '0o17', '0O17', '0o_7_7', '0b101', '0B1_0', '0b', '0b2', '0o8', '0xg',
    'z', 'Z', 'zz', 'abc', 'ABC', '12abc', '1.5', '1e5', '١٢٣', '١٢x', '-٣', '\u0966\u0967', '𝟏𝟐', '12\u3000x',
    '\u3000 12 \u2003', '\x8512\xa0', '1\x1c', '\x1c1', '1\x85', '1\ud800', '\udfff', '1\x00', '1\x002', "it's",
    Rep('', 'x', 300), Rep('', 'x', 250, "'"), Rep('', 'x', 150, "'"), Rep('', 'é', 250), Rep('', '😀', 250),
    Rep('', '1\x00', 300), '9' * 15, '9' * 16, '9' * 17,
    '-' + '9' * 16, '9007199254740991', '9007199254740992', '-9007199254740991', '-9007199254740992',
    '123456789012345678901234567890', '0' * 30 + '1', '-' + '0' * 30 + '7', 'ffffffffffffffff', '1' * 64,
    '7fffffffffffffff', '10000000000000000000000000000000000000000000000000000000000000000001',
]
BASES = [0, 2, 3, 4, 7, 8, 10, 16, 32, 36]


def random_int_string():
    alphabet = '0123456789abcdefxyzXOBob_ +-'
    body = ''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
    if rng.random() < 0.3:
        body = rng.choice(['0x', '0o', '0b', '0']) + body
    return body


def int_parse_cases():
    for s in INT_STRINGS:
        for base in (0, 10, 16):
            case('int_parse', s, base)
    for s in ['101', '0b101', '0o17', '0x1f', '0_1', 'zz', '1_2_3', '-7', '0']:
        for base in BASES:
            case('int_parse', s, base)
    for base in (1, 37, -1, 100):
        case('int_parse', '12', base)
    for _ in range(500):
        case('int_parse', random_int_string(), rng.choice(BASES))
    for _ in range(120):
        base = rng.choice(BASES[1:])
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
        text = ''.join(rng.choice(digits) for _ in range(rng.randint(1, 60)))
        if rng.random() < 0.5:
            text = text.upper()
        case('int_parse', rng.choice(['', '-', '+', ' ']) + text, base)
    # The digit limit (4300 by default) and the bases it does not apply to.
    for s in [Rep('', '1', 4300), Rep('', '1', 4301), Rep(' -', '1', 4301, ' '), Rep('', '1', 5000, 'x'),
              Rep('', '1', 5000, 'é'), Rep('', '1', 5000, '\x7f'), Rep('', '1_', 4300, '1'), Rep('1__', '1', 5000),
              Rep('', '1', 5000, '_'), Rep('', '١', 4400)]:
        case('int_parse', s, 10)
    for base in (2, 4, 8, 16, 32, 3, 36):
        case('int_parse', Rep('', '1', 5000), base)
    for s in ['1\ud83d\ude00', '\ud83d\ude00', '1' * 4400 + '\ud83d\ude00']:
        case('int_parse', s, 10)
        case('float_parse', s)


# ---------------------------------------------------------------- float()

FLOAT_STRINGS = [
    '0', '-0', '+0', '0.0', '-0.0', '1', '1.', '.5', '-.5', '+.5e-3', '.', '-.', 'e5', '.e5', '1e', '1e+', '1e-',
    '1e5', '1E5', '1.5E+3', ' 1.5 ', '\t\n1\r\x0b\x0c', '1 1', '1_000', '1__000', '_1', '1_', '1_.5', '1._5',
    '1.5_5', '1e_5', '1_e5', '1e1_0', '1_0.0_1e1_0', 'inf', 'INF', '-inf', '+inf', 'infinity', '-InFiNiTy', 'infinit',
    'infinityy', 'in_f', 'nan', 'NaN', '-nan', '+nan', 'nan1', 'nanq', 'snan', '0x10', '0X1p3', '1e500', '-1e500',
    '1e-500', '-1e-500', '1e99999999999999999999999', '1e-99999999999999999999999', '0e99999999999999999999999',
    Rep('', '1', 400, 'e-400'), Rep('0.', '0', 400, '1e400'), '', ' ', '+-1', '-+1', '1.5.5', '1e5.5', '١.٢', '\u0661\u0662e\u0663',
    '𝟙.𝟝', '\xa01\u2003', '\u30001.5\u3000', '1\x1c', '\x1c1', '1\x85', '1\x00', '1\ud800', Rep('', 'x', 300), "it's",
    '2.2250738585072011e-308', '2.2250738585072012e-308', '4.9406564584124654e-324', '2.4703282292062327e-324',
    '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
    '9007199254740993', '9007199254740993.0000000000001', '0.1', '0.30000000000000004', '123456789012345678901234567890',
    '1.00000000000000011102230246251565404236316680908203125', '1.00000000000000011102230246251565404236316680908203124',
    '1.00000000000000011102230246251565404236316680908203126', '٫5',
]


def random_float_string():
    alphabet = '0123456789._eE+- '
    return ''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))


def halfway_strings():
    """Exact decimal midpoints between neighbouring doubles, and a hair either side."""
    out = []
    for _ in range(150):
        x = abs(random_float())
        if not math.isfinite(x) or x == 0:
            continue
        mid = (Decimal(x) + Decimal(math.nextafter(x, math.inf))) / 2
        text = format(mid, 'f') if rng.random() < 0.5 else format(mid, 'e')
        out.append(text)
        out.append(str(mid.next_plus()) if len(text) < 700 else text + '1')
        out.append(str(mid.next_minus()))
    return out


def float_parse_cases():
    for s in FLOAT_STRINGS:
        case('float_parse', s)
    for _ in range(400):
        case('float_parse', random_float_string())
    for s in halfway_strings():
        case('float_parse', s)
    for x in FLOATS:
        case('float_parse', repr(x))


# ---------------------------------------------------------------- float.hex / fromhex

FROMHEX_STRINGS = [
    '0x1p0', '0x1.8p1', '-0x1.8p1', '+0x1p-1', '0X1P+1', '1', '1.8', 'a', '.8p1', '0x.8', '0x.p1', '0x1.p1', '0x',
    '0xp1', '0x1p', '0x1p+', '1_0', ' 0x1p0 ', '\t-0x1p0\n', '\u2003 0x1p0', '0x1p0\xa0', 'inf', '-Inf', 'infinity',
    '-InFiNiTy', 'infinit', 'nan', '-NaN', 'nan(1)', '0x0p99999999999999999999', '0x1p99999999999999999999',
    '0x1p-99999999999999999999', '0x1.fffffffffffffp1023', '0x1.fffffffffffff7ffp1023', '0x1.fffffffffffff8p1023',
    '0x2p1023', '0x1p1024', '0x0.0000000000001p-1022', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075',
    '0x1p-1076', '0x0.8p-1074', '0x0.80000000001p-1074', '0x1.00000000000008p0', '0x1.00000000000018p0',
    '0x1.000000000000080001p0', '0x1.0000000000000fffffffp0', Rep('0x', '0', 300, '1p0'), Rep('0x1', '0', 300, 'p-1200'),
    Rep('0x.', '0', 300, '1p1200'), '0x1.8p1 x', 'x0x1p0', '0x1p1.5', '00x1p0', '0x-1p0', '-', '', ' ',
]


def fromhex_cases():
    for s in FROMHEX_STRINGS:
        case('float_fromhex', s)
    for x in FLOATS:
        case('float_hex', x)
        if math.isfinite(x):
            case('float_fromhex', x.hex())
    for _ in range(150):
        digits = ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(rng.randint(1, 20)))
        point = rng.randint(0, len(digits))
        text = digits[:point] + '.' + digits[point:] + 'p%d' % rng.randint(-1100, 1100)
        case('float_fromhex', rng.choice(['', '-', '0x', '-0x']) + text)


# ---------------------------------------------------------------- conversions, rounding

def conversion_cases():
    for x in FLOATS:
        case('float_ratio', x)
        case('float_is_integer', x)
        case('int_from_float', x)
        case('round_float_int', x)
    for i in INTS:
        case('float_from_int', i)
        case('int_ratio', i)
    for k in (1023, 1024, 1025, 2000):
        for i in (2 ** k, 2 ** k - 2 ** (k - 54), 2 ** k - 2 ** (k - 53), -(2 ** k)):
            case('float_from_int', i)
    for a, b in [(1, 3), (-7, 2), (2 ** 53 + 1, 1), (10 ** 400, 10 ** 399), (1, 10 ** 400), (10 ** 400, 1),
                 (-(10 ** 400), 3), (1, 0), (10 ** 400, 0), (0, 5), (0, -5), (2 ** 1100, 2 ** 100 + 1)]:
        case('truediv', a, b)
    for _ in range(120):
        case('truediv', random_int(), random_int() or 1)


def round_cases():
    for i in INTS[:120]:
        for n in (-1, -2, -3, 0, 2):
            case('round_int', i, n)
    for i, n in [(25, -1), (35, -1), (-25, -1), (15, -1), (150, -2), (250, -2), (5, -1000), (5 * 10 ** 20, -21),
                 (15 * 10 ** 20, -21), (9007199254740991, -1), (9007199254740995 - 4, -1), (-9007199254740991, -1),
                 (10 ** 100 + 5 * 10 ** 49, -50), (10 ** 100 + 15 * 10 ** 49, -50), (12345, -15), (12345, -16), (10 ** 16 // 2, -16)]:
        case('round_int', i, n)
    for x in special_floats():
        for n in (0, 1, 2, 3, -1, -2, 5, 10, 15, 16, 17, 22, 23):
            case('round_float', x, n)
    for x in FLOATS:
        for n in (0, 2, rng.randint(-25, 30)):
            case('round_float', x, n)
    for x, n in [(2.675, 2), (0.285, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (-2.5, 0), (-0.4, 0),
                 (0.5, 0), (1e-320, 323), (1e-320, 324), (1.5, 323), (1.5, -308), (1.5, -309), (-1.5, -400),
                 (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (-1.7976931348623157e308, -308),
                 (5e-324, 323), (5e-324, 322), (1e300, -300), (1.5e300, -300), (2.5e300, -300), (123.456, -1),
                 (5.0, -1), (15.0, -1), (25.0, -1), (0.5e-300, 300), (1.5e-300, 300), (2.5e-300, 300)]:
        case('round_float', x, n)
    for _ in range(300):
        x = random_float()
        case('round_float', x, rng.randint(-20, 30))
    # Doubles nearest to a decimal tie k.5 × 10^-n and their neighbours: the
    # scaled value in doubles may land on the tie, or on the wrong side of it.
    for _ in range(150):
        n = rng.randint(-5, 20)
        k = rng.randint(0, 10 ** rng.randint(1, 17))
        x = float((Decimal(k) + Decimal('0.5')).scaleb(-n))
        for y in (x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf)):
            case('round_float', y, n)


# ---------------------------------------------------------------- int methods and arithmetic

def int_method_cases():
    for i in INTS:
        case('bit_length', i)
        case('bit_count', i)
        case('str', i)
        case('bin', i)
        case('oct', i)
        case('hex', i)
        case('neg', i)
        case('abs', i)
        case('invert', i)
    case('str', 10 ** 4299)
    case('str', 10 ** 4300)
    case('str', -(10 ** 4300))
    for v in (-3, -2, -1, 0, 1, 127, 128, -128, -129, 255, 256, 65535, 65536, -32768, -32769, 2 ** 47, -(2 ** 47),
              2 ** 48 - 1, 2 ** 48, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 2 ** 64, 10 ** 30, -(10 ** 30)):
        for n in (0, 1, 2, 5, 6, 7, 8, 9, 16):
            for signed in (False, True):
                case('to_bytes', v, n, rng.choice(['big', 'little']), signed)
    for i in INTS[:80]:
        case('to_bytes', i, 20, 'little', True)
        case('to_bytes', i, 20, 'big', False)
    case('to_bytes', 5, -1, 'big', False)
    case('to_bytes', -5, -1, 'big', False)
    case('to_bytes', 5, 1, 'bad', False)
    case('to_bytes', 5, -1, 'Big', False)
    for _ in range(120):
        b = bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 2, 5, 6, 7, 8, 9, 16, 33])))
        case('from_bytes', b, rng.choice(['big', 'little']), rng.random() < 0.5)
    for b in (b'', b'\x80', b'\xff', b'\x00\x80', b'\xff' * 6, b'\xff' * 7, b'\x80' + b'\x00' * 7, b'\x00' * 6):
        for signed in (False, True):
            case('from_bytes', b, 'big', signed)
            case('from_bytes', b, 'little', signed)
    case('from_bytes', b'\x01', 'middle', False)


SMALL_INTS = [0, 1, -1, 2, -3, 7, -10, 97, 2 ** 31 - 1, -(2 ** 31), 2 ** 32 + 5, 2 ** 52, 2 ** 53 - 1,
              -(2 ** 53 - 1), 2 ** 53, -(2 ** 60), 10 ** 20, 2 ** 100 + 7]


def arithmetic_cases():
    pairs = [(a, b) for a in SMALL_INTS for b in SMALL_INTS]
    pairs += [(random_int(), random_int()) for _ in range(120)]
    for a, b in pairs:
        for op in ('add', 'sub', 'mul', 'floordiv', 'mod', 'divmod', 'and', 'or', 'xor'):
            case(op, a, b)
    for a in SMALL_INTS + INTS[:24]:
        for n in (0, 1, 2, 3, 7, 31, 32, 33, 52, 53, 54, 64, 100, 1000, -1, 2 ** 64):
            case('rshift', a, n)
            if n < 2 ** 20:
                case('lshift', a, n)
    for a, n in [(0, 2 ** 64), (0, 2 ** 100), (1, -1), (0, -1), (1, 2 ** 64), (1, 2 ** 100), (-1, 2 ** 63),
                 (1, 30 * (2 ** 61 - 3)), (1, 30 * (2 ** 61 - 4) - 10), (2 ** 100, 30 * (2 ** 61 - 8) + 1), (1, 2 ** 40)]:
        case('lshift', a, n)
    for x, y in [(a, b) for a in special_floats()[:20] for b in special_floats()[:20]] + \
            [(random_float(), random_float()) for _ in range(100)]:
        case('divmod_float', x, y)


def pow_cases():
    bases = [0, 1, -1, 2, -2, 3, -3, 7, 10, -10, 2 ** 26, 12345, 2 ** 53 - 1, -(2 ** 40), 10 ** 20]
    exps = [0, 1, 2, 3, 10, 17, 33, 52, 53, 54, 64, 100, -1, -2, -3, -100, -1100]
    for a in bases:
        for b in exps:
            case('pow', a, b)
    for a, b in [(0, -1), (0, -(10 ** 30)), (10 ** 400, -1), (2, -1074), (2, -1075), (2, -1076), (10 ** 30, -10),
                 (1, 10 ** 30), (-1, 10 ** 30), (-1, 10 ** 30 + 1), (0, 10 ** 30), (7, 1000)]:
        case('pow', a, b)
    mods = [1, -1, 2, 3, -3, 7, 10, -10, 97, 2 ** 26, 2 ** 26 + 1, 2 ** 31 - 1, 2 ** 61 - 1, -(2 ** 61 - 1), 10 ** 30 + 57, 0]
    for m in mods:
        for a, b in [(0, 0), (2, 0), (5, 0), (3, 5), (-3, 5), (2, 100), (12345, 6789), (2, -1), (3, -1), (-3, -2),
                     (4, -1), (10 ** 25 + 3, 10 ** 20), (7, 2 ** 70 + 1), (0, -1), (6, -1), (2, 10 ** 30)]:
            case('powmod', a, b, m)
    for _ in range(150):
        case('powmod', random_int(), abs(random_int()) * rng.choice([1, 1, -1]), random_int() or 7)


def compare_cases():
    ints = [0, 1, -1, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53 + 1), 2 ** 54 + 1, 2 ** 1024, -(2 ** 1024),
            10 ** 400, 2 ** 64, 2 ** 64 + 1, 2 ** 63 - 1, 12345678901234567890]
    floats = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0 ** 53, 2.0 ** 53 + 2, -2.0 ** 53, 2.0 ** 54, 2.0 ** 64, 2.0 ** 63,
              1.7976931348623157e308, -1.7976931348623157e308, math.inf, -math.inf, math.nan, 1e20, 1.2345678901234567e19,
              9007199254740991.0, 0.999999]
    for i in ints + INTS[:24]:
        for f in floats:
            case('cmp_int_float', i, f)
    for _ in range(200):
        i = random_int()
        case('cmp_int_float', i, float(i) * rng.choice([1.0, 1.0000000000000002, 0.9999999999999999]))


def main():
    int_parse_cases()
    float_parse_cases()
    fromhex_cases()
    conversion_cases()
    round_cases()
    int_method_cases()
    arithmetic_cases()
    pow_cases()
    compare_cases()
    text = json.dumps({'python': sys.version.split()[0], 'cases': cases}, separators=(',', ':'))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text + '\n')
    print(f'{len(cases)} cases, {len(text)} bytes -> {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
