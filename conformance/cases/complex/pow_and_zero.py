# complex powers (integer exponents computed exactly), zero bases, and complex division by zero
for e in [0, 1, 2, 3, 4, 5, -1, -2, 10, 0.5, 1.5, 1j]:
    print(e, (1 + 1j) ** e, (2 - 3j) ** e)
print(0j ** 0, 0j ** 1, 0j ** 2.5, (0j) ** (1 + 0j), pow(1j, 4), pow(2j, 3))
print((-8 + 0j) ** (1 / 3), 1j ** 0.5, (1e100j) ** 2, 10 ** 1j, 2.0 ** (1 + 1j), (-1) ** 0.5)
print(1j ** 100, 1j ** 101, 1j ** -100, (1 + 1j) ** 100)
for f in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** (1 + 1j), lambda: 1 / 0j, lambda: 1j / 0,
          lambda: (1 + 1j) / 0.0, lambda: 0j / 0j]:
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print("ValueError:", e)
for base, exp in [(1e200 + 1e200j, 3), (1e200j, 2), (1e200j, 2.0), (10 + 0j, 400)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print("OverflowError:", e)
def ratio(a, b):
    return a / b
print(ratio(1 + 1j, 2))
print(ratio(1 + 1j, 0j))
