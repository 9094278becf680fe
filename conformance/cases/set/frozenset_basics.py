# frozenset: immutable and hashable, usable as dict keys and set members; hash independent of insertion order
f1 = frozenset([1, 2, 3])
f2 = frozenset([3, 2, 1])
print(f1, repr(frozenset()), f1 == f2, hash(f1) == hash(f2), f1 == {1, 2, 3}, hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset([(1, 2)])))
d = {f1: "one-two-three", frozenset(): "empty"}
print(d[frozenset([2, 1, 3])], d[frozenset()], frozenset({1, 2, 3}) in {f1})
nested = frozenset([frozenset([1]), frozenset([1, 2]), frozenset()])
print(nested, len(nested), frozenset([1]) in nested)
print(frozenset("abc") == frozenset("cba"), frozenset(range(5)), frozenset(x % 3 for x in range(10)))
print(f1.copy() is f1, frozenset(f1) is f1, type(f1 | {4}).__name__, f1.union({4}), f1.intersection([2, 9]))
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f1, name))
try:
    f1.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {1, 2}.__hash__()
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError:", e)
class FS(frozenset):
    pass
x = FS([1, 2])
print(x, type(x).__name__, type(x | {3}).__name__, x == frozenset([1, 2]), hash(x) == hash(frozenset([1, 2])))
print(frozenset.__mro__, isinstance(x, frozenset), frozenset() == set())
