def compare(a, b, c):
    r = a < b
    r = a <= b
    r = a == b
    r = a != b
    r = a > b
    r = a >= b
    r = a is b
    r = a is not b
    r = a in b
    r = a not in b
    return r
