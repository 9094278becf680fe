# The sign bit of a NaN: float('-nan') and float.fromhex('-nan') keep it, as do negation and
# copysign; it shows through math.copysign (repr and formatting never print it).
import math

def sign(x):
    return math.copysign(1.0, x)

nan = float("nan")
print(sign(nan), sign(-nan), sign(-(-nan)), sign(abs(-nan)))
print(sign(float("-nan")), sign(float("-NaN ")), sign(float(b"-nan")), sign(float("+nan")))
print(sign(float.fromhex("-nan")), sign(float.fromhex(" -NAN")), sign(float.fromhex("nan")))
print(sign(complex("-nanj").imag), sign(complex("-nan+1j").real), sign(-math.nan))
print(sign(math.copysign(nan, -1.0)), sign(math.copysign(nan, -0.0)), sign(math.copysign(-nan, 1.0)))
print(sign(-float("-nan")), sign(float("-inf") * 0), sign(math.inf - math.inf))
m = float("-nan")
print(repr(m), str(m), format(m, "f"), "%e" % m, m.hex(), m.is_integer(), m == m)
print(math.isnan(m), [m], f"{m:+}", f"{-nan:08.2f}")
