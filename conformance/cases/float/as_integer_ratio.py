# float.as_integer_ratio and is_integer, and their errors for inf and nan
for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e-10, 1e20, 2.0 ** 70, 5e-324, 1.7976931348623157e308, 3.14, 1 / 3]:
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v, v.is_integer())
print((2.5).is_integer(), (1e300).is_integer(), (-0.0).is_integer(), (2.0 ** 52 + 0.5).is_integer())
print(float("inf").is_integer(), float("nan").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((7.5).real, (7.5).imag, (7.5).conjugate(), (-2.0).__abs__(), (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__())
print(float.__name__, type(1.5).__mro__, isinstance(1.5, int))
print(float(True), float(" 12 "), float(b"1.5"), float(), float(7))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
float(float("nan")).as_integer_ratio()
