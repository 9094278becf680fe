# int ** with negative exponents (float results), negative bases, zero powers
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print((-2) ** 3, (-2) ** 4, -2 ** 4, (-1) ** 1001)
print(0 ** 0, 1 ** 1000, 0 ** 5)
print(2 ** 100)
print((-3) ** 41)
print(pow(3, 4), pow(-3, 3), pow(2, -10))
print(7 ** 0.5)
print((-8) ** (1 / 3))
print(2 ** 0.0, 0 ** 0.0)
x = 3
x **= 4
print(x)
print(1 ** -1, (-1) ** -1, (-1) ** -2)
print(2 ** -1074, 2 ** -1075)
try:
    print(2 ** -1080)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(10 ** -400)
except Exception as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (-0) ** -2
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(0 ** -1)
