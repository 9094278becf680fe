# complex numbers compare for equality only; ordering raises, here uncaught inside sorted()
roots = [complex(1, 0), complex(-0.5, 0.8660254037844386), complex(-0.5, -0.8660254037844386)]
for r in roots:
    print(r, abs(r), round(abs(r), 12), r ** 3)
print(roots[0] == 1, roots[1] == roots[2].conjugate(), roots[1] != roots[2])
print(1j in roots, complex(1, 0) in roots, roots.index(1), roots.count(1.0))
print(sorted(roots, key=lambda c: (c.real, c.imag)))
print({1 + 0j: "a", 1: "b", 1.0: "c"}, {1j, 1j * 1, complex(0, 1)})
for op in ["<", "<=", ">", ">="]:
    try:
        eval("1j " + op + " 2j")
    except TypeError as e:
        print("TypeError:", e)
try:
    max(1j, 2j)
except TypeError as e:
    print("TypeError:", e)
try:
    1j < 2
except TypeError as e:
    print("TypeError:", e)
print(min(roots, key=abs) == roots[0] or "ties broken by position")
print(sorted(roots))
