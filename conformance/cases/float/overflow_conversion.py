# float overflow: arithmetic gives inf, ** and conversions raise OverflowError with CPython's texts
print(1e308 * 10, 1e308 + 1e308, -1e308 * 10, 1e-308 / 1e300)
for f in [lambda: 2.0 ** 10000, lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: 1e308 ** 2,
          lambda: float(2 ** 1024), lambda: float(-(10 ** 400)), lambda: int(float("inf")),
          lambda: int(float("-inf")), lambda: 2 ** 1024 * 1.0, lambda: 10 ** 400 + 0.5]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(1e18), int(-1e18), int(1.9999999999999998), int(-0.9), int(1e100))
print(2.0 ** -1075, 2.0 ** -1074, 2.0 ** 1023, (-2.0) ** 1023)
print(float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print("ties to even overflows:", e)
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(-(2 ** 64 + 2 ** 11)))
print(1e308 * 10 - 1e308 * 10)
x = 1.0
for _ in range(1100):
    x *= 2.0
print(x)
print(float(2 ** 1024))
