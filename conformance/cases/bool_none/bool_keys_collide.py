# True/1/1.0 and False/0/0.0/-0.0 are equal with equal hashes: as dict keys and set members they merge
d = {}
d[1] = "one"
d[True] = "true"
d[1.0] = "float"
print(d, len(d))
d = {True: "a", 1: "b", 1.0: "c", 0: "d", False: "e", 0.0: "f", -0.0: "g"}
print(d)
print({1, True, 1.0}, {True, 1, 1.0}, {0.0, False, 0}, {False, 0.0})
print({True: 1}[1], {1: "x"}[True], {0: "zero"}[False], {False: "f"}.get(0.0))
print(True in {1}, 1.0 in {True}, 0 in {False: 1}, 2 in {True})
s = {True, 2}
s.add(1)
s.discard(1.0)
print(s)
print([True, 1, 1.0].count(1), [False, 0, 0.0].index(0.0), (1, 2).index(True))
print(sorted([True, 0, -1, False, 1.5]), sorted([1, True, 1.0]), sorted([True, 1, 1.0], key=str))
print(dict.fromkeys([1, True, 1.0, 2]), list(dict.fromkeys([True, 1, 2, 2.0])))
print(hash(True) == hash(1) == hash(1.0), hash(False) == hash(0) == hash(0.0) == hash(-0.0))
counts = {}
for v in [0, False, 1, True, 0.0, 2]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(frozenset([1, True]) == frozenset([1.0]), {1: 2} == {True: 2}, [True] == [1], (0,) == (False,))
