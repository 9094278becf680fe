# Rich comparisons: reflection (< becomes >), chained comparisons, total_ordering, == fallback to identity, TypeError for ordering.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'V({self.v})'
    def __lt__(self, other):
        print(f'{self!r} < {other!r}')
        return self.v < (other.v if isinstance(other, V) else other)
    def __eq__(self, other):
        print(f'{self!r} == {other!r}')
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v

print(V(1) < V(2))
print(V(2) > V(1))
print(3 > V(2))
print(V(1) == V(1), V(1) != V(2))
print(V(1) == 1)
print(1 == V(1))
print(V(1) < V(2) < V(3))
try:
    V(1) <= V(2)
except TypeError as e:
    print('TypeError:', e)

class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
for expr in ('a < a', '1 < "x"', '[1] < (1,)', 'None > 0', '{1} < [1]'):
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)

import functools
@functools.total_ordering
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'Ver' + str(self.parts)
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9), Ver(1, 2)]
print(sorted(vs), max(vs), Ver(1) >= Ver(0, 9), Ver(1) <= Ver(1))

class Weird:
    def __eq__(self, o):
        return 'truthy string'
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [1], Weird() in [1, 2])
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan], (1, 2) < (1, 3), [1, 2] < [1, 2, 0], 'abc' < 'abd')
