# arithmetic on big ints: products, factorial-sized values, mixed signs, carries across limbs
f = 1
for i in range(1, 61):
    f *= i
print(f)
print(f // (2 ** 56), f % (10 ** 9 + 7))
a = 2 ** 127 - 1
b = 3 ** 80
print(a + b, a - b, b - a, a * b)
print(-a * b, a * -b, (-a) * (-b))
print(a // b, a % b, -a // b, -a % b)
print((2 ** 64) * (2 ** 64) - 1, (2 ** 32 - 1) * (2 ** 32 + 1))
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 20)
print(abs(-(10 ** 50)), -(-(10 ** 50)), +(10 ** 50))
print(max(10 ** 40, 10 ** 40 + 1, -(10 ** 41)), min(-(2 ** 100), 2 ** 100))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(fib[300] % fib[150], fib[300] // fib[299])
x = 1
for k in range(50):
    x = x * 1000003 ^ k
print(x)
print(10 ** 40 == 10 ** 40, 10 ** 40 < 10 ** 40 + 1, -(10 ** 40) < 1)
print(hash(10 ** 40), hash(-(10 ** 40)), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
