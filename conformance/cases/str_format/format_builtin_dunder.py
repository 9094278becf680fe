# format() and __format__: object.__format__ rejects non-empty specs, subclasses delegate, custom __format__
print(format(42), format(42, ""), format("s"), format(1.5, ""), format([1, 2]), format(None), format((1,), ""))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money!"
m = Money(12345)
print(format(m), format(m, "cents"), format(m, ">10.1f"), f"{m}", f"{m:cents}", "{:,.2f}".format(m), str(m))
class Plain:
    pass
class IntSub(int):
    pass
class StrSub(str):
    def __format__(self, spec):
        return "custom:" + str.__format__(self, spec)
print(format(IntSub(255), "#x"), format(StrSub("ab"), ">4"), f"{StrSub('q'):*<3}")
for obj, spec in [(Plain(), "x"), ([1], ">5"), (None, "s"), (object(), "^3")]:
    try:
        format(obj, spec)
    except TypeError as e:
        print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 123
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
print(type(format(Plain(), "")).__name__, format(Plain(), "") == str(Plain()))
print((5).__format__("03"), "ab".__format__("^6"), (2.5).__format__(".3e"), True.__format__(""))
