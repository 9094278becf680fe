# A key of another type that equals an int key (same hash, __eq__ says so) finds that entry, in
# lookups, membership, assignment and counting, as CPython's single hash table does
from fractions import Fraction


class Num:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return self.n == other

    def __repr__(self):
        return f"Num({self.n})"


d = {1: 'one', -1: 'minus one', -2: 'minus two', 'x': 'ex', 3.0: 'three', 2**40: 'big'}
for k in [Fraction(1), Num(1), Num(-1), Num(-2), Fraction(3), Num(3), Num(5), Num(2**40), Fraction(7, 2)]:
    print(repr(k), d.get(k), k in d)
d[Num(1)] = 'replaced'
print(d[1], len(d), list(d)[0])
del d[Fraction(-1)]
print(-1 in d, len(d))
counts = {}
for k in [1, Num(1), Fraction(1), 1.0, True]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(Num(2) in {1, 2, 3}, Fraction(3) in {1, 2, 3}, {Num(2): 'n'}.get(2))
