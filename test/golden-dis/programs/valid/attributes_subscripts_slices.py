def access(o, s):
    a = o.x.y
    b = s[0]
    c = s[1:2]
    d = s[::2]
    e = s[1:-1:3]
    f = s[:]
    g = s[1, 2]
    h = s[1:2, ::3]
    s[0] = a
    s[1:2] = b
    del s[0]
    del s[1:2]
    del o.x
    return a, b, c, d, e, f, g, h
