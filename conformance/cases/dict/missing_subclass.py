# dict subclasses: __missing__ is consulted by [] only (not get/in), and overriding methods affects what
class Default(dict):
    def __missing__(self, key):
        self[key] = "made-" + str(key)
        return self[key]
d = Default(a=1)
print(d["a"], d["b"], d, d.get("c"), "c" in d, d.get("b"))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["z"], len(c))
class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper(A=1)
print(u["a"], u.get("a"), dict(u), list(u.items()))
class Raising(dict):
    def __missing__(self, key):
        raise KeyError("custom " + repr(key))
try:
    Raising()["x"]
except KeyError as e:
    print("KeyError:", e)
class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print("KeyError:", e)
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
lg = Logged()
lg["a"] = 1
lg.update(b=2)
lg.setdefault("c", 3)
print(lg, type(lg | {}).__name__, type(lg.copy()).__name__)
print(isinstance(d, dict), type(d).__mro__[1].__name__, Default.__missing__.__name__)
