# float ** : negative base with fractional exponent gives complex, zero and one special cases
print(2.0 ** 0.5, 4.0 ** -0.5, 2 ** 0.5, (-8.0) ** 3, (-8.0) ** -1)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2) ** 0.5)
print(0.0 ** 0.0, 0.0 ** 1, (-0.0) ** 3, (-0.0) ** 2, 1.0 ** float("nan"), float("nan") ** 0)
print(1.0 ** float("inf"), (-1.0) ** float("inf"), 0.5 ** float("inf"), 2.0 ** float("-inf"))
print(float("inf") ** -1, float("-inf") ** 3, float("-inf") ** 2, float("-inf") ** -3)
print(pow(2.0, 3), pow(2, 3.0), pow(9.0, 0.5), pow(-27, 1 / 3))
print(10.0 ** -5, 10.0 ** 22, 10.0 ** 23, 1.1 ** 100)
for f in [lambda: 0.0 ** -1, lambda: 0.0 ** -0.5, lambda: (-0.0) ** -3, lambda: 0 ** -2.0]:
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
x = 1.5
x **= 2
print(x)
print(type((-8) ** (1 / 3)).__name__, type(4 ** 0.5).__name__, type(2 ** -1).__name__)
print((-2.0) ** 2, (-2.0) ** 2.0, (-2.0) ** -2, (-0.5) ** 3)
print(2.0 ** 1023 * 2 ** -1023, 2 ** -1.5, 10 ** -0.5)
print(0.1 ** 2, 0.3 ** 3, 1e-200 ** 2, 1e-200 ** -1)
print((-8) ** 2.0, (-1) ** 0.0, (-1.0) ** -0.0)
