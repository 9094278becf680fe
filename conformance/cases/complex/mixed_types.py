# arithmetic mixing complex with bool, int, big int and float: promotion and result types
ops = [1, True, 2.5, 10 ** 20, -3, 0.5j, 1 + 1j]
for x in ops:
    r = [x + 1j, 1j - x, x * (2 - 1j), (1 + 1j) / x if x else None]
    print(type(x).__name__, r, [type(v).__name__ for v in r])
print(2 ** 100 + 0j, (2 ** 100 + 0j) == 2 ** 100)
try:
    10 ** 400 + 1j
except OverflowError as e:
    print("OverflowError:", e)
try:
    1j * 10 ** 400
except OverflowError as e:
    print("OverflowError:", e)
for f in [lambda: 1j + "a", lambda: "a" * 1j, lambda: [1] * 1j, lambda: 1j & 1, lambda: 1j << 1, lambda: ~1j]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, 2 ** 60 == complex(2 ** 60), 2 ** 60 + 1 == complex(2 ** 60 + 1))
print(complex(1, 2) * True, complex(1, 2) ** True, False * complex(float("inf"), 1))
print([abs(c) for c in (3 + 4j, 5 + 12j, 8 + 15j)], [c * c.conjugate() for c in (1 + 1j, 2 - 1j)])
print((1 + 2j).real + (1 + 2j).imag * 1j, sum([1 + 1j] * 10), 1j * 1j * 1j * 1j)
