def spread(a, b, m):
    t = (*a, *b)
    l = [*a, 1, *b]
    s = {*a, *b}
    d = {**m, 'k': 1, **m}
    e = [*a]
    f = (1, *a)
    return t, l, s, d, e, f
