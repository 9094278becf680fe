def build(a, b, c):
    t = (a, b, c)
    l = [a, b, c]
    s = {a, b, c}
    d = {a: b, c: a}
    e = ()
    f = []
    g = {}
    h = [1, 2, 3]
    i = {1, 2, 3}
    j = {'a': 1, 'b': 2}
    k = {'a': a, 'b': b}
    return t, l, s, d, e, f, g, h, i, j, k
