# complex repr/str: omitted zero real part, signed zeros, inf and nan parts, exponents
vals = [1j, -1j, 0j, -0j, 1 + 2j, 1 - 2j, -1 + 0j, complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0),
        complex(-0.0, -0.0), complex(1.5, -0.0), 1e16j, 1e-5 + 1e20j, 0.1 + 0.2j, complex(1e300, -1e-300),
        complex(float("inf"), 1), complex(1, float("-inf")), complex(float("nan"), float("nan")),
        complex(float("nan"), -1), 2 ** 0.5 * 1j, 3 + 1e-7j, 12345678901234567.0 + 1j]
for v in vals:
    print(repr(v), str(v))
print([1j, 2 + 0j], (1j,), {1j: 1j})
print(f"{1 + 2j}", f"{-1j!r}", "%s %r" % (3j, 4 + 0j))
print(complex(1), complex(1.5), complex(True), complex(), complex(2, 3), complex(real=1, imag=-1))
print(complex(1j, 1j), complex(1 + 1j, 2), complex(2, 1 + 1j))
print(type(1j).__name__, complex.__mro__, (1j).real, (1j).imag, (3 + 4j).conjugate())
print(-(1 + 2j), +(1 - 2j), -(0j), -complex(0.0, -0.0))
print(1j * 1j, 1j ** 2, (1j).__class__ is complex, isinstance(1j, complex))
print(0.0j, 00j, 1_0j, 1e3j, 1.5e-2j, 0x10 * 1j)
print(complex(2 ** 53 + 1, 0), complex(10 ** 20, 10 ** -20))
print(repr(complex(-0.0, 1)), repr(complex(0.0, 1)), repr(complex(-1e-320, 5e-324)))
