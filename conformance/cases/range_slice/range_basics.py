# range objects: repr, len, indexing, membership, count/index, negative steps, empty ranges, attributes
for r in [range(5), range(2, 10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-5, 5, 4), range(0, -10, -3)]:
    print(repr(r), len(r), list(r), r.start, r.stop, r.step, bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3], 7 in r, 8 in r, 31 in r, -1 in r, r.index(11), r.count(11), r.count(12))
print(3.0 in r, 7.5 in r, True in range(2), "a" in r, r.count(7.0), None in r)
print(list(range(0)), list(range(-3)), list(range(1, 2, 100)), list(range(100, 99, -100)))
print(str(range(1, 4)), range(0, 5, 1), range(1, 3) == range(1, 3), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(enumerate(range(10, 13))), list(zip(range(3), range(10, 100, 10))), [i * i for i in range(5)])
print(range(True, 3), range(False), list(range(2, -2, -1)))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(range(Idx(4)), range(Idx(1), Idx(7), Idx(2)), list(range(Idx(3))), range(10)[Idx(2)])
for call in [lambda: r.index(12), lambda: range(3).index("a")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: range(1.5), lambda: range("3"), lambda: range(1, 2, 3, 4), lambda: range(), lambda: range(0, None)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
print(type(range(1)).__name__, iter(range(2)).__class__.__name__, hasattr(range(3), "__reversed__"))
