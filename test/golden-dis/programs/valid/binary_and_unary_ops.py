def ops(a, b):
    r = a + b - a * b / a // b % a ** b
    r = a << b >> a & b | a ^ b
    r = a @ b
    r = -a + +b + ~a
    r = not a
    return r
