# bool() of every built-in value kind and of objects defining __bool__ or __len__
values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), 0j, 1j, "", " ", "0", b"", b"\x00", bytearray(),
          [], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, ..., NotImplemented.__class__]
for v in values:
    print(repr(v), bool(v), not v)
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Plain:
    pass
print(bool(WithBool(True)), bool(WithBool(False)), bool(WithLen(0)), bool(WithLen(3)), bool(Plain()))
print("yes" if WithLen(2) else "no", "yes" if WithBool(False) else "no")
for bad in [WithBool(1), WithBool("x"), WithLen(-1)]:
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(bool(), bool(0), bool("False"), bool([[]]), bool(x for x in []))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in range(5)))
