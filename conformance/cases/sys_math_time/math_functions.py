# math module: every function of 3.11 on representative arguments, printed with repr.
import math
names = sorted(n for n in dir(math) if not n.startswith('_'))
print(names)
print(math.pi, math.e, math.tau, math.inf, math.nan)
one_arg = {
    'acos': 0.5, 'acosh': 2.0, 'asin': 0.5, 'asinh': 1.0, 'atan': 1.0, 'atanh': 0.5, 'cbrt': 27.0,
    'ceil': 2.1, 'cos': 1.0, 'cosh': 1.0, 'degrees': math.pi, 'erf': 0.5, 'erfc': 0.5, 'exp': 1.0,
    'exp2': 10.0, 'expm1': 1e-10, 'fabs': -3.5, 'factorial': 20, 'floor': -2.1, 'frexp': 40.0,
    'gamma': 5.5, 'isfinite': 1.0, 'isinf': math.inf, 'isnan': math.nan, 'isqrt': 99, 'lgamma': 10.0,
    'log10': 1000.0, 'log1p': 1e-10, 'log2': 1024.0, 'modf': -3.25, 'radians': 180.0, 'sin': 1.0,
    'sinh': 1.0, 'sqrt': 2.0, 'tan': 1.0, 'tanh': 0.5, 'trunc': -3.7, 'ulp': 1.0, 'fsum': [0.1] * 10,
    'prod': [1, 2, 3, 4],
}
for name, arg in one_arg.items():
    print(name, repr(getattr(math, name)(arg)))
print(math.atan2(1, -1), math.copysign(3, -0.0), math.dist((0, 0), (3, 4)), math.fmod(-7, 3))
print(math.hypot(3, 4, 12), math.ldexp(0.5, 3), math.log(8, 2), math.log(100), math.nextafter(1, 2))
print(math.pow(2, 0.5), math.remainder(7, 4), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.comb(10, 3), math.perm(10, 3), math.perm(5), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print(math.factorial(30), math.isqrt(10 ** 40 + 1), math.prod(range(1, 6), start=2), math.fsum([1e100, 1.0, -1e100]))
print(sum([1e100, 1.0, -1e100]), math.log(2 ** 1000, 2), math.log10(10 ** 300), math.log2(2 ** 2000))
