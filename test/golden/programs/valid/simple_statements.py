x = 1
a = b = c = 2
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x @= m; x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1
y: int
y: list[int] = []
(z): int = 3
obj.attr: str = "a"
d["k"]: float
del x
del a, b, (c,), [obj.attr], d["k"]
pass
assert x, "message"
assert (x, y)
raise
raise ValueError
raise ValueError("x") from None
global g1, g2
