def chained(a, b, c, d):
    x = a < b < c
    y = a < b <= c != d
    if a < b < c:
        return x
    if 0 <= a is not None in d:
        return y
    return a == b == c == d
