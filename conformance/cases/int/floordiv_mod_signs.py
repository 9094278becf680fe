# int floor division, modulo and divmod: results take the sign rules of floor semantics
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big - 1), (-big, big + 1)]:
    print(a // b, a % b)
print(divmod(2 ** 100, -(2 ** 50 + 1)))
print(divmod(-(3 ** 80), 7 ** 20))
x = 17
x //= 5
print(x)
x = -17
x %= 5
print(x)
print((-1) // 2 ** 64, (-1) % 2 ** 64)
print(True // 2, True % 2, -True // 2)
for a in range(-5, 6):
    print(a, a // 3, a % 3, a // -3, a % -3)
