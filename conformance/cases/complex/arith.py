# complex arithmetic with complex, int, float and bool operands; division and abs
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, b / a, a ** 2, a * 2, 2 * a, a / 2, 2 / a, a + 1.5, True + a)
print(abs(a), abs(b), abs(-0j), abs(complex(3e200, 4e200)), abs(complex(float("inf"), float("nan"))))
print((1 + 1j) ** 10, (1 + 1j) ** -2, (2 + 0j) ** 0.5, 1j ** 1j, (-1 + 0j) ** 0.5)
print((1 + 2j) * (1 - 2j), (1e308 + 1e308j) * 2, (1 + 2j) / (3 + 4j))
print(1j / 1j, (1 + 1j) / 1e-320, (5 + 0j) / (0 + 1j))
x = 2 + 3j
x += 1
x *= 1j
x -= 2j
x /= 2
print(x)
print(sum([1j, 2, 3.5, 1 - 1j]), sum([], 0j))
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, (0j == 0) and (0j == False))
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1), (1j).__eq__("x"), (1j).__mul__([]))
print(divmod.__name__, hash(1 + 0j) == hash(1), hash(1j), hash(3 + 4j), hash(complex(-1, 0)), hash(-1j))
for f in [lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a < b, lambda: int(a), lambda: float(a), lambda: round(a)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print((1 + 2j) * 0, 0 * complex(float("inf"), 0), (1 + 2j) - (1 + 2j))
