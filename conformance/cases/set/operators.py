# set operators and comparisons: | & - ^ with sets and frozensets (result type follows the left operand), subset/superset
a = {1, 2, 3, 4}
b = {3, 4, 5}
fa = frozenset(a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, type(fa & fa).__name__, fa - {1}, fa ^ {9})
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= fa, fa == a, {1, 2} <= {2, 1}, set() < {0}, {5} <= a)
print(a == {4, 3, 2, 1}, a != b, set() == frozenset(), {1} < {2}, {1} > {2})
c = set(a)
c |= {10}
c &= {1, 2, 10, 20}
c -= {2}
c ^= {1, 7}
print(c)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
print({1, 2} | {2.0}, {1} & {1.0}, {True} | {1}, {0} ^ {False})
for call in [lambda: a | [1], lambda: a & "ab", lambda: [1] - a, lambda: a + b, lambda: a < [1], lambda: a * 2]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(a.union([9], "ab") >= {9}, a.intersection(range(3)), a.difference([1], (2,)), a.symmetric_difference([4, 6]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint("xyz"), fa.union(), type(fa.union()).__name__)
