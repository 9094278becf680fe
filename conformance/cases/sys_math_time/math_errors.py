# math domain and range errors with their messages, and special values (inf, nan, negative zero).
import math
cases = [
    ('sqrt', (-1,)), ('log', (0,)), ('log', (-1,)), ('log', (8, 1)), ('log', (8, 0)), ('acos', (2,)),
    ('exp', (1000,)), ('factorial', (-1,)), ('factorial', (2.5,)), ('isqrt', (-1,)), ('comb', (3, -1)),
    ('perm', (-1, 2)), ('gamma', (0,)), ('gamma', (-2,)), ('lgamma', (-1,)), ('fmod', (1, 0)),
    ('ldexp', (1.0, 10000)), ('pow', (0, -1)), ('pow', (-8, 1 / 3)), ('atanh', (1,)), ('ceil', (math.inf,)),
    ('floor', (math.nan,)), ('sqrt', ('4',)), ('gcd', (1.5,)), ('comb', (1.0, 1)), ('cosh', (1e6,)),
    ('dist', ((1, 2), (1,))), ('remainder', (math.inf, 1)), ('log2', (-0.0,)),
]
for name, args in cases:
    try:
        print(name, args, '->', repr(getattr(math, name)(*args)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, '->', type(e).__name__ + ':', e)
print(math.sqrt(-0.0), math.copysign(1, math.sqrt(-0.0)), math.exp(-1000), math.atan(math.inf))
print(math.fsum([math.inf, 1]), math.isnan(math.fsum([math.inf, -math.inf])) if False else 'skip')
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print('ValueError:', e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print('OverflowError:', e)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), type(math.floor(2.5)).__name__, math.floor(10 ** 30))
print(math.hypot(), math.hypot(-3), math.hypot(math.inf, math.nan), math.prod([]), math.fsum([]))
print(math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
