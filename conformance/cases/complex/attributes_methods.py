# complex attributes and dunder methods: real, imag, conjugate, __complex__, __abs__, __bool__
z = complex(3, -4)
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, z.__abs__(), z.__bool__(), (0j).__bool__())
print(z.__neg__(), z.__pos__(), z.__complex__() == z, z.__getnewargs__(), z.__repr__(), z.__str__())
print((5).real, (5).imag, (5).conjugate(), (2.5).imag, True.imag)
print(complex.real.__class__.__name__, hasattr(1j, "__round__"), hasattr(1j, "__float__"), hasattr(1j, "__int__"))
for name in ["real", "imag"]:
    try:
        setattr(z, name, 0)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    z.foo
except AttributeError as e:
    print("AttributeError:", e)
class MyComplex(complex):
    def __repr__(self):
        return f"MyComplex({self.real}, {self.imag})"
m = MyComplex(1, 2)
print(m, m + 1, type(m + 1).__name__, m.conjugate(), type(m.conjugate()).__name__, isinstance(m, complex))
print(m == 1 + 2j, hash(m) == hash(1 + 2j), complex(m), type(complex(m)).__name__)
print(sorted([3 + 1j, 1 + 5j, 2 + 0j], key=abs), sorted([1j, -2j, 3j], key=lambda c: c.imag))
print(max([1 + 1j, 3j, 2], key=abs), [c.real for c in (1j, 2 + 0j)], sum(c.imag for c in (1j, 2j)))
print(complex.__name__, complex.__doc__.splitlines()[0])
print(format(z, ""), str(z) == repr(z), bool(complex(0, -0.0)), bool(complex(float("nan"), 0)))
