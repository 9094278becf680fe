# float floor division, modulo and divmod: sign of result follows the divisor, signed zeros
pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (7.5, 2), (-7.5, 2), (0.0, 3.0), (-0.0, 3.0),
         (0.0, -3.0), (1.0, 0.1), (5.0, 1e-300), (1e300, 3.0), (-1e-300, 1.0), (6.0, -3.0), (-6.0, 3.0)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(7 // 2.0, -7 % 2.0, 10 ** 20 // 3.0, 3 % 0.7)
x = 9.5
x //= 2
print(x)
x %= 0.75
print(x)
print(-1e-20 % 1.0, 1e-20 % -1.0, (-0.0) % 5.0, 0.0 % -5.0)
print(divmod(10.0, 3), divmod(-10, 3.0), divmod(2 ** 70, 3.5))
print(3.5 // 1, -3.5 // 1, 3.5 % 1, -3.5 % 1)
for a in [5.5, -5.5]:
    for b in [2.5, -2.5, 0.3]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
