# three-argument pow: modular exponentiation, negative exponents as modular inverses, errors
print(pow(3, 200, 7), pow(2, 10, 1000), pow(5, 0, 7), pow(5, 0, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 10 ** 20, 10 ** 9 + 7))
print(pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(10, -1, 17))
print(pow(38, -1, 97) * 38 % 97)
for b in range(1, 11):
    print(b, pow(b, -1, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(True, 5, 3), pow(7, 2, True))
print(pow(2, -1, 1))
pow(6, -1, 9)
