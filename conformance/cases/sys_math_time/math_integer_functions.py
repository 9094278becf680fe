# math's integer functions on big and edge inputs: gcd, lcm, comb, perm, isqrt, factorial, prod.
import math
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(7), math.gcd(10, 0))
print(math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2 ** 64, 3 ** 40) % 1000003, math.lcm(3))
print(math.comb(0, 0), math.comb(5, 7), math.comb(100, 50), math.comb(1000, 3))
print(math.perm(5, 0), math.perm(5, 7), math.perm(20, 10), math.perm(0))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 17, 10 ** 12 - 1)])
print(math.isqrt(2 ** 200), math.isqrt(10 ** 100 - 1) == 10 ** 50 - 1)
print(math.factorial(0), math.factorial(1), math.factorial(25))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
print(math.prod([]), math.prod([2] * 70), math.prod([1.5, 2]), math.prod(range(1, 21)) == math.factorial(20))
print(math.comb(True, False), math.gcd(True, 4))
for call in ('math.comb(-1, 2)', 'math.perm(3, -1)', 'math.isqrt(2.0)', 'math.gcd("4", 2)', 'math.factorial(10 ** 20)'):
    try:
        eval(call)
    except (ValueError, TypeError, OverflowError) as e:
        print(call, type(e).__name__ + ':', e)
