# str() of values and of bytes with encoding/errors; str.__new__ rules and __str__/__repr__ fallbacks
print(str(), str(0), str(-1.5), str(1e100), str(2j), str(None), str(True), str([1, "a"]), str(("x",)), str({"k": 1}))
print(str(b"abc"), str(bytearray(b"x")), str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"ab", encoding="ascii"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"), str(b"a\xffb", "ascii", "backslashreplace"))
print(str(memoryview(b"mv"), "utf-8"), str(object).split("'")[1], str(str), str(len))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __repr__(self):
        return "R"
    def __str__(self):
        return "S"
print(str(OnlyRepr()), repr(OnlyRepr()), str(Both()), repr(Both()), [Both()], f"{Both()}", f"{Both()!r}")
class BadStr:
    def __str__(self):
        return 42
for call in [lambda: str(BadStr()), lambda: str("abc", "utf-8"), lambda: str(1, "utf-8"), lambda: str(b"x", 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    str(b"x", "no-such-codec")
except LookupError as e:
    print("LookupError:", e)
class MyStr(str):
    pass
m = MyStr("hi")
print(m, type(m).__name__, type(m + "!").__name__, type(m.upper()).__name__, type(str(m)).__name__, m == "hi")
print(str.__name__, str.__mro__, isinstance("", str), issubclass(MyStr, str))
