# int<->float conversions: truncation toward zero, exactness limits at 2**53, rounding of big ints to nearest-even
for v in [0.0, -0.0, 0.9999, -0.9999, 1.5, -1.5, 2.5, 1e15 + 0.5, 9007199254740993.0, 1e20, -1e22, 1.7976931348623157e308]:
    print(repr(v), int(v), int(v) == v, float(int(v)) == float(v))
for n in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, -(2 ** 53 + 1), 2 ** 63 - 1, 10 ** 17 + 1, 2 ** 1023 + 2 ** 970]:
    f = float(n)
    print(n, repr(f), int(f) - n, f == n, f < n, f > n)
print(float(True), float(-7), float(10 ** 308), float(-(10 ** 308)), float(2 ** 1024 - 2 ** 971 - 1))
print(int(1e-300), int(-1e-300), int(123.999999999), int(-123.999999999), int(2.0 ** 100))
print(int(float("1e20")), int("100") / 1, 7 // 2.0, 7.0 // 2, int(7 / 2), round(7 / 2), -7 // 2.0, int(-7 / 2))
print((2 ** 53 + 1) * 1.0, (2 ** 53 + 1) + 0.0, (2 ** 53 + 1) / 1, 2 ** 53 + 1.0)
print(1e16 + 1 == 1e16, 1e16 + 2 == 1e16, int(1e16) + 1, float(int(1e16) + 1))
print(int(0.1 * 3 * 10), int(2.9999999999999996), int(2.9999999999999998), round(2.9999999999999996))
