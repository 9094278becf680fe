# Argument unpacking: multiple * and ** in calls, mapping order, star-assignment and nested unpacking.
def show(*args, **kw):
    return args, kw

print(show(*[1, 2], 3, *(4,), *'ab'))
print(show(**{'a': 1}, b=2, **{'c': 3}))
print(show(*range(3), x=1, **dict(y=2)))

class Mapping:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(show(**Mapping()))

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
(a, b), [c, *d] = (1, 2), [3, 4, 5]
print(a, b, c, d)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=' ')
print()
print([*range(3), *'xy'], {*[1, 1], *[2]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2, 3], sep='-')
a, b = b, a
print(a, b)
try:
    show(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError:', e)
try:
    show(*None)
except TypeError as e:
    print('TypeError:', e)
try:
    x, *y, z = [1]
except ValueError as e:
    print('ValueError:', e)
