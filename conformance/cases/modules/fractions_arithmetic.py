# fractions.Fraction arithmetic as programs use it: exact results with ints and Fractions,
# float and complex results when mixed with them (both operand orders), powers, divmod,
# comparisons with ints/floats/inf/nan, hashes equal to equal ints' and floats' (dict and set
# lookups), sums and sorting, subclasses, copying and pickling, and the errors of bad operands.
from fractions import Fraction as F
import copy, pickle

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a ** 2, a ** -2, (-a) ** -3, a ** 0, b ** F(1, 2), F(4) ** F(1, 2), 2 ** F(-2), 4 ** F(1, 2), 2 ** b)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, a % 1, 1 % b, divmod(7, b), True + a)
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 1.0 - a, a + 1j, 1j * b, a ** 0.5, 2.0 ** a, (-b) ** 0.5)
print(a == 1 / 3, b == 0.75, b == 0.75 + 0j, F(1, 2) == 0.5, F(4, 2) == 2, 2 == F(4, 2), a == F(2, 6), a != b)
print(a < b, a <= b, a > 0.3, b >= 1, 1 > a, b < float('inf'), b > float('-inf'), b > float('nan'), b == float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-2, 3)), hash(F(2 ** 70, 3)))
counts = {F(1, 2): 'half', F(1): 'one'}
print(counts[0.5], counts[1], counts.get(1.0), 0.5 in {F(1, 2)}, F(1, 4) in {0.25, 3}, len({F(2, 4), 0.5, F(1, 2)}))
counts[0.5] = 'HALF'
print(counts, len(counts))
harmonic = sum(F(1, n) for n in range(1, 21))
print(harmonic, float(harmonic), max(F(1, 2), 0.4, F(2, 3)), sorted([F(1, 2), 0.3, 1, F(-1, 9), F(5, 4)]))
print(F(2 ** 100, 3) / F(5, 2 ** 80), F(1, 10) * 10 == 1, sum([F(1, 10)] * 10) == 1, sum([0.1] * 10) == 1)

class Money(F):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money(5, 2)
print(repr(m), type(m + 1).__name__, type(copy.copy(m)).__name__, copy.copy(a) is a, copy.deepcopy(a) is a)
print(pickle.loads(pickle.dumps(a)) == a, pickle.loads(pickle.dumps(m)), F(m), m == F(5, 2))

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

attempt('a / 0', lambda: a / 0)
attempt('a / F(0)', lambda: a / F(0))
attempt('a // 0', lambda: a // 0)
attempt('a % F(0)', lambda: a % F(0))
attempt('F(0) ** -1', lambda: F(0) ** -1)
attempt("a + 'x'", lambda: a + 'x')
attempt("'x' * a", lambda: 'x' * a)
attempt("a < 'x'", lambda: a < 'x')
attempt('a < 1j', lambda: a < 1j)
attempt('a.x = 1', lambda: setattr(a, 'x', 1))
attempt('hash(F(1, 2**61 - 1))', lambda: hash(F(1, 2 ** 61 - 1)))
