# float comparisons with ints (exact), hashing rules shared with int, and float keys in dicts
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1.0 == 1, -0.0 == 0.0, 0.5 < 1 < 1.5)
print(2.0 ** 53 == 2 ** 53, 2.0 ** 53 == 2 ** 53 + 1, 2.0 ** 53 < 2 ** 53 + 1, 2.0 ** 53 + 2 > 2 ** 53 + 1)
print(1e16 == 10 ** 16, 1e23 == 10 ** 23, 1e23 < 10 ** 23, 1e22 == 10 ** 22)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(2.0 ** 61), hash(2.0 ** 62), hash(1e300))
print(hash(-1.0), hash(1.25), hash(3.141592653589793), hash(1e-300))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {0.0: "a"}
d[-0.0] = "b"
d[0] = "c"
print(d, len(d))
print(sorted([1.5, -0.0, 0.0, -1e-300, 2, 1e-300]), sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(1.5.__eq__(1.5), (1.5).__eq__("x"), (1.5).__lt__(2), (1.5).__lt__(None))
print(max([0.0, -0.0]), max([-0.0, 0.0]), min(-0.0, 0.0))
print([x for x in (0.5, 1.5, 2.5) if 1 <= x <= 2.5])
nan = float("nan")
s = {nan, nan, float("nan")}
print(len(s), nan in s, float("nan") in s)
print(hash(nan) == hash(nan), {1.0, 1, True}, {0.0, -0.0}, {-0.0, 0.0})
print((1.5).__hash__() == hash(1.5), hash(2 ** 61 - 1) == hash(float(2 ** 61 - 1)) or "differ")
for v in [1e16, 1e17, 2.5e-5, 123.0]:
    print(repr(v), v == int(v), hash(v) == hash(int(v)))
