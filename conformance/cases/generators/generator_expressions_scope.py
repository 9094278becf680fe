# Generator expressions: the first iterable is evaluated eagerly, the rest lazily; exceptions surface on iteration.
def source(name, n):
    print('creating source', name)
    return range(n)

g = (x * y for x in source('outer', 2) for y in source('inner', 2))
print('genexp created')
print(list(g))

try:
    bad = (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)

lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print('ZeroDivisionError on iteration:', e)

n = 10
g2 = (n + i for i in range(2))
n = 20
print(list(g2))
print(type(x for x in ()).__name__, sum(i for i in range(10) if i % 2), ''.join(c for c in 'abc' if c != 'b'))
nested = [[1, 2], [3]]
print([y for x in nested for y in x], list(y for x in nested for y in x))
print({k: v for k, v in zip('ab', (1, 2))}, {c for c in 'hello' if c in 'lo'})
