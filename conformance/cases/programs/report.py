# Report generator and cache: string.Template, format_map/__missing__, OrderedDict LRU, ChainMap config,
# UserDict/UserList, recursive reprs, dict views, copy/pickle of custom classes (__getstate__, __reduce__)
import copy
import pickle
from collections import OrderedDict, ChainMap, UserDict, UserList, namedtuple, Counter, defaultdict
from string import Template, Formatter, capwords


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(3)
for k in "abcad":
    cache[k] = ord(k)
    cache[k] if k == "a" else None
print(cache, list(cache), cache.popitem(last=False), repr(OrderedDict()), OrderedDict(a=1) == {"a": 1})
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, list(reversed(od)), od == OrderedDict([("z", 0), ("y", 0), ("x", 0)]), od.copy() is not od)

defaults = {"host": "localhost", "port": 80, "debug": False}
env = {"port": 8080}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["host"], cfg["port"], cfg["debug"], len(cfg), sorted(cfg), cfg.maps[1])
child = cfg.new_child({"host": "example.org"})
child["extra"] = 1
print(child["host"], child.maps[0], cfg.parents, dict(child) == {**defaults, **env, **cli, "host": "example.org", "extra": 1})


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


tpl = "{name:>8} owes {amount:8.2f} for {item}"
print(tpl.format_map(Defaulting(name="ann", amount=12.5)))
print("{0[1]} {0[x]} {1.real} {2!r:^9}|{3:{4}>{5}}".format([1, 2], 3 + 4j, "s", 7, "*", 4)) if False else None
print("{0[1]} {1.real} {2!r:^9}|{3:{4}>{5}}".format([1, 2], 3 + 4j, "s", 7, "*", 4))
print("%(name)s is %(age)03d, %%, %(ratio).1f%%" % {"name": "bo", "age": 7, "ratio": 99.44})
t = Template("$who likes ${what}s, costs $$$cost")
print(t.substitute(who="tim", what="kipper", cost=3), t.safe_substitute(who="x"))
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
try:
    Template("$1bad").substitute()
except ValueError as e:
    print("ValueError", e)
print(list(Formatter().parse("a{0:>3}b{name!r}c")), capwords("hello   big world"))


class Bag(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Stack(UserList):
    def push(self, x):
        self.append(x)
        return self


b = Bag({"A": 1})
b["B"] = 2
b.update(C=3)
print(b, b.data, "a" in b, b.get("z", 0), len(b), type(b.copy()).__name__)
s = Stack([1]).push(2).push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], [0] + s, s * 2, s.pop(), s == [1, 2])

loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(loop, d, copy.deepcopy(loop)[2][2][0])
print(d.keys() & {"self", "x"}, d.keys() | {"y"}, {"a": 1}.items() <= {"a": 1, "b": 2}.items(), list({"a": 1}.values()))
print({**{"a": 1}, "b": 2} | {"a": 3}, dict(zip("ab", range(2))), dict.fromkeys([1, 2]))


class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance, self._conn = owner, balance, object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_conn"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._conn = "reconnected"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,))

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


acct = Account("zoe", [Money(150), Money(99)])
for proto in (2, 3, pickle.HIGHEST_PROTOCOL):
    clone = pickle.loads(pickle.dumps(acct, protocol=proto))
    print(proto, clone, clone._conn, clone.balance[0] is not acct.balance[0])
shallow, deep = copy.copy(acct), copy.deepcopy(acct)
print(shallow.balance is acct.balance, deep.balance is acct.balance, deep._conn, shallow._conn is acct._conn)
Pt = namedtuple("Pt", "x y")
print(pickle.loads(pickle.dumps([Pt(1, 2), Counter("aab"), defaultdict(int, a=1), OrderedDict(z=1)])))
print(pickle.loads(pickle.dumps({1, 2.5, "s", b"b", None, True, (1,), frozenset([3])})) == {1, 2.5, "s", b"b", None, True, (1,), frozenset([3])})
