# collections.UserDict and UserList wrap a real dict/list in `data`: a subclass's __setitem__ and
# __missing__ are used by __init__/update/get, slices and concatenations keep the subclass, copies
# are independent, and neither is a dict/list instance.
import copy
from collections import UserDict, UserList
from collections.abc import MutableMapping, MutableSequence


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Defaults(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


d = LowerDict({"A": 1}, B=2)
d.update(C=3)
d |= {"D": 4}
print(d, d.data, "a" in d, "A" in d, d.get("b"), d.get("z", 0), len(d), list(d), sorted(d.items()))
c = d.copy()
c["E"] = 5
print(type(c).__name__, c, d, type(copy.copy(d)).__name__, copy.copy(d).data is not d.data)
print(isinstance(d, dict), isinstance(d, MutableMapping), d == {"a": 1, "b": 2, "c": 3, "d": 4}, d | {"x": 0}, {"y": 1} | d)
m = Defaults(k=1)
print(m["k"], m["nope"], m.get("nope"), "nope" in m, Defaults.fromkeys("ab", 0), UserDict().data)
try:
    UserDict()["missing"]
except KeyError as e:
    print("KeyError", e)
del d["a"]
print(d.pop("b"), d.setdefault("q", 9), d, d.popitem(), len(d))


class Stack(UserList):
    def push(self, x):
        self.append(x)
        return self


s = Stack([1]).push(2).push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], type([0] + s).__name__, s * 2, 2 * s, s.pop(), s == [1, 2], s < [1, 3])
s += (7, 8)
s *= 2
print(s, len(s), 7 in s, s.index(8), s.count(1), s.copy() is not s, type(s.copy()).__name__, isinstance(s, list))
s.sort(reverse=True)
s.reverse()
s.insert(0, -1)
s.extend(Stack([5]))
s[1] = 100
del s[2]
s.remove(8)
print(s, s.data, list(reversed(s)), isinstance(s, MutableSequence), UserList(UserList([1])).data, UserList("ab"))
print(UserList([3]) + UserList([4]), UserList() == [], copy.copy(s).data is not s.data, sum(UserList([1, 2])))
