f = lambda: 0
g = lambda x, y=1, *a, k, **kw: x + y
h = lambda x: (lambda y: x + y)
items = sorted([3, 1, 2], key=lambda v: -v)
