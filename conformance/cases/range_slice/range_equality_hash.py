# range equality compares the sequences, not the arguments; hashing follows equality; no ordering
print(range(0) == range(2, 2), range(0) == range(5, 1), range(1, 2) == range(1, 3, 5), range(0, 3, 2) == range(0, 4, 2))
print(range(3) == range(0, 3), range(3) == range(3, 0, -1), range(3) != range(4), range(1) == [0], range(2) == (0, 1))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 3, 5)), hash(range(3)) == hash(range(0, 3, 1)))
d = {range(0, 4, 2): "evens-under-4"}
print(d[range(0, 3, 2)], range(0, 3, 2) in d, range(0, 5, 2) in d)
print({range(0), range(1, 1), range(5, 2)}, len({range(3), range(0, 3), range(0, 3, 1)}))
for op in ["<", "<=", ">", ">="]:
    try:
        eval("range(1) " + op + " range(2)")
    except TypeError as e:
        print("TypeError:", e)
print(list(range(3)) == [0, 1, 2], tuple(range(2)) == (0, 1), range(2) is not range(2))
r1 = range(0, 10, 3)
r2 = range(0, 11, 3)
print(r1, r2, r1 == r2, list(r1), list(r2))
print(range(10 ** 30) == range(0, 10 ** 30), range(-(10 ** 30), 0, 10 ** 29)[-1])
