# complex arithmetic identities computed in floating point: conjugates, polar pieces by hand, exact int powers
z = 3 + 4j
print(z * z.conjugate(), (z * z.conjugate()).real, abs(z) ** 2, z / z, z - z, z + z.conjugate())
print(z.real ** 2 + z.imag ** 2, (z ** 2).real, (z ** 2).imag, (z ** 3), z ** -1, 1 / z)
for n in range(0, 9):
    print(n, 1j ** n, (1 + 1j) ** n, (-1 + 0j) ** n)
w = complex(0.5, 0.8660254037844386)
print(w ** 3, w ** 6, w * w * w, abs(w), abs(w ** 3))
roots = [complex(1, 0), w, w.conjugate() * -1 * -1]
print(roots, sum(roots), [abs(r) for r in roots])
print((2 + 2j) / (1 - 1j), (1e10 + 1e-10j) * (1e-10 + 1e10j), complex(1e-300, 1e-300) * complex(1e-300, 1e-300))
print((1 + 1j) ** 0.5, ((1 + 1j) ** 0.5) ** 2, 4j ** 0.5, (-4 + 0j) ** 0.5, (-4) ** 0.5)
a = complex(1.0, 2.0)
a += 1j
a *= 2
a **= 2
print(a, a.real, a.imag)
print(sum([complex(i, -i) for i in range(5)]), [complex(i, i) * complex(i, -i) for i in range(4)])
