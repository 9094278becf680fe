def make(n):
    fs = [lambda x, i=i: x + i for i in range(n)]
    g = lambda *, k=n: k
    h = lambda a, /, b=lambda: n: (a, b)
    return fs, g, h
