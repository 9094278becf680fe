# float str/repr across the decimal exponent range and for values just around powers of ten
for e in range(-8, 24, 1):
    v = 10.0 ** e
    print(e, repr(v), repr(v * 1.5), repr(-v / 7))
for v in [1e16 - 2, 1e16 - 1.5, 9.999999999999999e15, 1.0000000000000001e16, 0.00009999999999999999, 0.0001000000000000001]:
    print(repr(v))
for k in range(1, 12):
    print(repr(1 / k), repr(k / 10), repr(k * 1.1))
for v in [0.1 * 3, 0.7 * 3, 1.1 * 1.1, 100 * 1.1, 0.57 * 100, 1.15 * 100, 4.35 * 100, 1 - 0.9]:
    print(repr(v), str(v))
for bits in [52, 53, 54, 62, 63, 64]:
    print(bits, repr(2.0 ** bits), repr(2.0 ** bits + 1), repr(2.0 ** -bits))
