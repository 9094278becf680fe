# hash() of ints is the value modulo 2**61 - 1 with the sign kept and -1 mapped to -2; floats and bools agree
M = 2 ** 61 - 1
for n in [0, 1, -1, -2, 2, 100, -100, M - 1, M, M + 1, -M, -M - 1, 2 ** 61, 2 ** 62, 2 ** 64, -(2 ** 64), 10 ** 20, -(10 ** 30), 3 ** 100]:
    h = hash(n)
    expected = (abs(n) % M) * (1 if n >= 0 else -1)
    if expected == -1:
        expected = -2
    print(n, h, h == expected)
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(2.0 ** 61), hash(2.0 ** 64), hash(float(M)))
print(hash(0.5), hash(-0.5), hash(0.25), hash(1 / 3), hash(1e300), hash(-1e-300))
print(hash(10 ** 20) == hash(1e20), hash(2 ** 100) == hash(2.0 ** 100), hash(M * 5) == 0)
print(int.__hash__(12345), (12345).__hash__(), hash(-(2 ** 61)) == -1 or hash(-(2 ** 61)))
class I(int):
    pass
print(hash(I(7)) == hash(7), hash(I(-1)), {I(5): "x"}[5])
