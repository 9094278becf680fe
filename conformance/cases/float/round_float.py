# round() on floats with ndigits: correctly rounded decimal results, huge and negative ndigits
vals = [2.675, 1.005, 0.125, 0.375, -0.125, 2.5, 3.14159, 1234.5678, -1234.5678, 1e-10, 1.5e300, 0.5, 1e16 + 2]
for v in vals:
    print(repr(v), [round(v, n) for n in (-3, -1, 0, 1, 2, 3, 5, 20)])
print(round(0.5), round(1.5), round(-0.5), round(-1.5), round(1e20), round(-1e20))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1.7976931348623157e308, -300), round(1.7976931348623157e308, -309))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError:", e)
print(round(5e-324, 323), round(5e-324, 324), round(-5e-324, 400))
print(round(12.5, -1), round(15.0, -1), round(25.0, -1), round(-25.0, -1))
print(round(123.456, 10 ** 6), round(123.456, -(10 ** 6)), round(-123.456, -(10 ** 6)))
print(round(2.5, None), type(round(2.5, None)).__name__)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(round(1e300, -400), round(float("inf"), -2), round(float("-inf"), 0))
