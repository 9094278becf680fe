# Lazy built-in iterators: enumerate, zip, map, filter and reversed consume their inputs only as far as needed.
def noisy(name, items):
    for it in items:
        print(f'{name} yields {it}')
        yield it

z = zip(noisy('A', [1, 2, 3]), noisy('B', 'xy'))
print(list(z))
m = map(lambda a, b: a * b, noisy('M', [1, 2, 3]), [10, 20])
print(next(m))
print(list(m))
f = filter(lambda v: v % 2, noisy('F', range(4)))
print(next(f), next(f))
e = enumerate(noisy('E', 'ab'), 1)
print(next(e))
print(list(e))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
r = reversed([1, 2, 3])
print(next(r), list(r), r.__length_hint__())
print(list(zip(*[(1, 'a'), (2, 'b')])))
