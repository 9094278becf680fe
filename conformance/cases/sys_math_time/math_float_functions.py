# math's float helpers, bit-exact: frexp/ldexp, modf, copysign, nextafter, ulp, fmod vs %, remainder, isclose, sums.
import math
for x in (0.0, -0.0, 1.0, 0.1, -3.75, 1e-310, 1e308):
    m, e = math.frexp(x)
    print(x, (m, e), math.ldexp(m, e) == x, math.modf(x))
print(math.copysign(1.0, -0.0), math.copysign(-2, 3), math.copysign(math.inf, -1), math.copysign(math.nan, -1))
print(math.nextafter(0.0, 1.0), math.nextafter(1.0, 0.0), math.nextafter(1.0, 1.0), math.ulp(0.0), math.ulp(1e300))
print(math.fmod(-7.5, 2), -7.5 % 2, math.fmod(7, -3), 7 % -3, math.remainder(5, 2), math.remainder(-5, 2))
print(math.isclose(1e-9, 0), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1.0, 1.0 + 1e-10))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e16, 1.0, 1e-16]), math.fsum([-0.0, -0.0]))
print(math.sqrt(16), math.cbrt(-8), math.exp2(-1), math.log1p(-0.5), math.expm1(1))
print(math.degrees(1), math.radians(1), math.hypot(1e200, 1e200), math.dist([1, 1, 1], [2, 2, 2]))
print(math.sin(math.pi), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan2(-0.0, -1.0), math.atan2(0.0, -1.0))
print(math.erf(0), math.erfc(10), math.gamma(0.5) ** 2, math.lgamma(0.5), math.gamma(171.5) if False else math.gamma(170))
print(math.trunc(-0.5), math.floor(-0.0), math.ceil(1e-300), round(math.pi, 5), math.pi.hex())
