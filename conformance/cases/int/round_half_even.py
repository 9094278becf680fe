# round() on ints and floats: banker's rounding, negative ndigits, return types
for n in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(n, round(n), round(n, 0), round(n, 1), round(n, 2))
for n in [5, 15, 25, 35, -25, 125, 150, 250, 14, 16]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n))
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(-(10 ** 30) - 5 * 10 ** 9, -10))
print(round(12345, -10), round(12345, 3), round(-1), round(True), round(True, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
print(round(123.456, -1), round(123.456, -2), round(-123.456, -3), round(5e-324, 400))
print(round(1e300, -300), round(1.23456789e-5, 8))
print(round(float("inf"), 2), round(float("nan"), 2))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
