n = 0
n += 1
n -= 2
n *= 3
n /= 4
n //= 5
n %= 6
n **= 7
n <<= 1
n >>= 1
n &= 3
n |= 4
n ^= 5
m = [1, 2, 3]
m[0] += 1
m[1:2] += [4]
import os
os.sep += ''


def f(v):
    v @= v
    return v
