# Operator overloading and data-model protocols: a Vector/Matrix library with __slots__,
# reflected/in-place operators, __format__, __hash__, __bool__, __getitem__ slices, __class_getitem__
import math
from numbers import Number
from functools import reduce
import operator


class Vector:
    __slots__ = ("_c",)
    typecode = "d"

    def __init__(self, *components):
        self._c = tuple(float(x) for x in components)

    @classmethod
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __reversed__(self):
        return Vector(*reversed(self._c))

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Vector(*self._c[idx])
        return self._c[idx]

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._c))})"

    def __str__(self):
        return str(self._c)

    def __format__(self, spec):
        if spec.endswith("p"):
            spec = spec[:-1]
            r = abs(self)
            return f"<{r:{spec}}, {math.degrees(math.atan2(self[1], self[0])):{spec}}°>"
        return "(" + ", ".join(format(c, spec) for c in self) + ")"

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return reduce(operator.xor, map(hash, self._c), 0)

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return bool(abs(self))

    def __neg__(self):
        return Vector(*(-x for x in self))

    def __pos__(self):
        return self

    def __add__(self, other):
        try:
            return Vector(*(a + b for a, b in zip(self, other, strict=True)))
        except (TypeError, ValueError):
            return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self + other

    def __mul__(self, k):
        if isinstance(k, Number):
            return Vector(*(k * x for x in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __rmatmul__(self, other):
        return self @ other

    def __round__(self, n=None):
        return Vector(*(round(x, n) for x in self))

    def __lt__(self, other):
        return abs(self) < abs(other)


v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(v), len(v), abs(v), bool(Vector(0, 0)), -v, +v is v)
print(v + w, v * 2, 3 * v, v @ w, [1, 1] @ v, sum([v, w, v]), reversed(v), v[::-1], v[0])
print(f"{v:.2f}", f"{v:.3ep}", format(w, "+.1f"), f"{v!r:>30}|", f"{v!s}")
print(hash(Vector(1, 2)) == hash(Vector(1, 2)), v == Vector(3.0, 4.0), v != w, {v, Vector(3, 4), w} == {v, w})
print(round(Vector(1.25, 2.675), 1), round(Vector(1.5, 2.5)), sorted([v, w, Vector(0, 1)]), max(v, w))
print(Vector[int], v.typecode)
for bad in ("v + Vector(1, 2, 3)", "v * 'x'", "v + 1", "'a' @ v", "v < 3", "v.extra = 1", "del v[0]"):
    try:
        eval(bad) if "=" not in bad and not bad.startswith("del") else exec(bad)
    except (TypeError, AttributeError) as e:
        print(f"{bad:22} {type(e).__name__}: {e}")


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Vector(*(Vector(*r) @ other for r in self.rows))

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(self.shape[0])] for i in range(self.shape[0])])
        for _ in range(n):
            result @= self
        return result

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)


fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10, (fib ** 90)[0, 1], sep="\n")
m = Matrix([[1, 2], [3, 4]])
m[0, 0] = 10
print(m @ Vector(1, 1), m.shape, m[1, 1])
ident = m
m @= Matrix([[0, 1], [1, 0]])
print(m, m is ident, sep="\n")
print(divmod(-7, 2), divmod(7.5, -2), -7 // 2, -7 % 2, 2 ** -2, (-8) ** (1 / 3), pow(3, -1, 7), pow(2, 100, 97))
print(round(2.5), round(3.5), round(-0.5), round(1234.5678, -2), round(0.125, 2), int(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0 * 1000, 1 / 3, float("nan") == float("nan"), -0.0, 2 ** 0.5, 10 ** 21 * 1.0)
print(f"{1234567.891:,.2f} {0.000123:.2e} {42:08b} {255:#x} {255:X} {-3.14159:+.3f} {1e6:g} {1.5:%} {10**10:_}")
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-5).bit_length(), (10).bit_count(), 7 .as_integer_ratio())
print(0.5.as_integer_ratio(), (1.1).hex(), float.fromhex("0x1.8p1"), 3 .__truediv__(2), (2 ** 64) >> 3, ~7, -1 & 0xFF, 6 ^ 3 | 8)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), 1j ** 2, complex("1+2j"), f"{1+2j:.1f}")
print(int("ff", 16), int("0b101", 0), int(" 42 "), int("1_000"), float(" 1e3 "), str(10 ** 30), 10 ** 30 // 7, -(10 ** 20) // 3)
