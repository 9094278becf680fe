def deep(a, b, c):
    return ((((((a + b) * c) - (a - (b * (c + (a / (b - c)))))) ** 2) // (a or 1)) % (b and c or 3))


def many_args(f):
    return f(f(1, 2, f(3, f(4, 5, f(6)))), [f(x) for x in (f(7), f(8))], {f(9): f(10)}, *f(11), **f(12))
