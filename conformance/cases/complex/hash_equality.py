# complex hashing agrees with int/float for real values; complex keys in dicts and sets; equality across types
vals = [0j, 1 + 0j, -1 + 0j, 1.5 + 0j, 1j, -1j, 2 + 3j, complex(2 ** 61, 0), complex(0, 2 ** 61), complex(float("inf"), 0)]
for v in vals:
    print(repr(v), hash(v))
print(hash(1 + 0j) == hash(1) == hash(1.0) == hash(True), hash(1.5 + 0j) == hash(1.5), hash(0j) == hash(0))
d = {1: "int", 2.5: "float"}
print(d[1 + 0j], d[2.5 + 0j], 1j in d, (1 + 0j) in d, d.get(complex(2.5)))
d[1 + 0j] = "complex"
print(d, len(d))
s = {0j, 0, 0.0, False, -0j, complex(-0.0, -0.0)}
print(s, len(s))
print({1j, 2j, 1j * 1, complex("1j")}, len({1 + 1j, complex(1, 1), (1 + 1j) * 1}))
print(1j == complex(0, 1), 1 + 2j == (1 + 2j) + 0, 2j == 2, complex(2, 0) == 2, complex(2, 0) == 2.0, complex(2, 1e-300) == 2)
print((1 + 2j) != (1 - 2j), [1j, 2j].index(2j), (1j, 1j).count(1j), 1j in [1j], 1j in {1j: 0})
nan = complex(float("nan"), 0)
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan])
print(hash(complex(1, 2)) == hash(complex(1.0, 2.0)), hash(1 + 2j) != hash(2 + 1j))
for a, b in [(1j, 1j), (0j, -0j), (complex(1, 0), 1), (1j, "1j")]:
    print(repr(a), repr(b), a == b, a != b)
