# fractions.Fraction construction and conversions: ints, Rationals, floats, strings (signs,
# decimals, exponents, underscores, whitespace), repr/str/format, limit_denominator, rounding,
# int/float/complex conversions, numbers ABCs, and the errors of bad literals and zero denominators.
from fractions import Fraction
import math, numbers

print(Fraction(3, 4), repr(Fraction(10, -8)), Fraction(), Fraction(7), Fraction(Fraction(1, 7), 5))
print(Fraction(Fraction(1, 7), Fraction(2, 3)), Fraction(True), Fraction(2.25), Fraction(1.47), Fraction(-0.0))
for text in ['3/4', ' -1.5e3 ', '314', '-35/4', '3.1415', '-47e-2', '1_000.000_1', '.5', '5.', '+7/21', '1E+3', '\t2\n']:
    print(repr(text), repr(Fraction(text)))

def attempt(label, f, *args):
    try:
        print(label, '->', repr(f(*args)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

for text in ['', '3/0', '1/-2', 'abc', '1.5/2', '3 / 4', 'inf', '1e', '--1', '1__0', '0x10']:
    attempt('Fraction(%r)' % text, Fraction, text)
attempt('Fraction(1, 0)', Fraction, 1, 0)
attempt("Fraction('1', 2)", Fraction, '1', 2)
attempt('Fraction(1.5, 2)', Fraction, 1.5, 2)
attempt('Fraction([1])', Fraction, [1])
attempt('Fraction(inf)', Fraction, float('inf'))
attempt('Fraction(nan)', Fraction, float('nan'))
attempt('limit_denominator(0)', Fraction(1, 3).limit_denominator, 0)
attempt("from_float('1')", Fraction.from_float, '1')
attempt('from_decimal(1.5)', Fraction.from_decimal, 1.5)
attempt("format(.2f)", format, Fraction(1, 3), '.2f')

pi = Fraction(math.pi)
print(pi, pi.limit_denominator(1000), pi.limit_denominator(10), Fraction(1, 3).limit_denominator(5), Fraction(11, 10).limit_denominator(1))
a = Fraction(-7, 2)
print(float(a), int(a), math.trunc(a), math.floor(a), math.ceil(a), round(a), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(round(Fraction(1, 3), 2), round(Fraction(12345, 7), -2), round(Fraction(-7, 3)), complex(a), a.real, a.imag, a.conjugate())
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction.from_float(0.1), Fraction.from_float(3), Fraction.from_decimal(4))
print(str(Fraction(-5, 1)), format(a, ''), f'{a}', f'{a!r:>18}', '%s and %r' % (a, a), float(Fraction(1, 3 ** 200)))
print([isinstance(a, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print([isinstance(v, numbers.Rational) for v in (1, True, 1.5, 1j)], issubclass(Fraction, numbers.Real))
print(bool(Fraction(0)), bool(Fraction(1, 9)), Fraction(2 ** 100, 6), Fraction(10 ** 30 + 1, 10 ** 30) > 1)
