# list.index/count/in/remove use identity first, then ==: nan entries, equal-but-different objects, custom __eq__
nan = float("nan")
lst = [nan, 1, 1.0, True, "1", [1], (1,)]
print(lst.count(1), lst.index(True), nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan))
print([1] in lst, (1,) in lst, "1" in lst, lst.count([1]), lst.index((1,)))
class AlwaysEq:
    def __eq__(self, other):
        return True
a = AlwaysEq()
print([1, 2, 3].count(a), [1, 2, 3].index(a), a in [5], [5].count(a))
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(n in [n], [n].count(n), [n].index(n), [n] == [n], [NeverEq()] == [NeverEq()])
items = [3, 1, 3, 2, 3]
items.remove(3)
print(items)
while 3 in items:
    items.remove(3)
print(items)
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("cmp", self.v, getattr(other, "v", other))
        return self.v == getattr(other, "v", other)
l = [Loud(1), Loud(2), Loud(3)]
print(l.index(2), l.count(3), 4 in l)
print([0.0].index(-0.0), [-0.0].count(0), [0, 0.0, -0.0, False].count(0))
