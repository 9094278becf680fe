# tuple hashing: equal tuples hash equal, values as CPython's xxHash-based tuple hash gives them, unhashable members
for t in [(), (0,), (1,), (1, 2), (2, 1), (-1,), (-2,), (1, (2, 3)), (True, False), (1.5, 2.5), (0, 0, 0)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((True, 2)), hash((1, 2)) != hash((2, 1)))
print(hash(((),)), hash(((), ())), hash((2 ** 61 - 1,)), hash((2 ** 61,)), hash((10 ** 30, -(10 ** 30))))
d = {(1, 2): "a", (1.0, 2.0): "b", (1, 2, 3): "c"}
print(d, d[(True, 2)], (1, 2) in d, [1, 2] in [(1, 2)])
s = {(0, 0), (0, 0.0), (False, -0.0), (1, 0)}
print(len(s), sorted(s))
for t in [([1],), (1, {}), (1, (2, [3])), ({1},)]:
    try:
        hash(t)
    except TypeError as e:
        print("TypeError:", e)
try:
    {([],): 1}
except TypeError as e:
    print("TypeError:", e)
print(hash((frozenset([1]),)) == hash((frozenset([1]),)), hash(((1,),)) == hash(((1,),)))
class H:
    def __hash__(self):
        return 42
print(hash((H(),)) == hash((H(),)), hash((H(), H())) == hash((H(), H())))
print(hash((-1,)) == hash((-2,)), hash(-1) == hash(-2))
