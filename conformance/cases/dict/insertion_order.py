# dicts keep insertion order: updates keep position, delete+reinsert moves to end, popitem is LIFO
d = {}
for k in ["zeta", "alpha", "mid", 3, 1, 2, (0,), None]:
    d[k] = len(d)
print(d, list(d))
d["alpha"] = "updated"
print(list(d.items())[:3])
del d["zeta"]
d["zeta"] = "back"
print(list(d))
d.update({"new": 1, "mid": "m2"})
d.update([("pair", 2)], kw=3)
print(d)
print(d.popitem(), d.popitem(), list(d)[-1])
d.setdefault("alpha", "ignored")
d.setdefault("fresh", "added")
print(list(d.keys()))
ints = {}
for i in [100, 5, -3, 2 ** 40, 0, 64, 7]:
    ints[i] = i
print(list(ints), ints == dict(sorted(ints.items())), list(ints) == sorted(ints))
e = dict.fromkeys("hello")
print(e, "".join(e))
f = {k: None for k in range(10)}
for k in range(0, 10, 2):
    del f[k]
for k in range(0, 10, 2):
    f[k] = "re"
print(list(f))
print({**{"a": 1, "b": 2}, **{"b": 3, "c": 4}, "a": 5})
print(list(reversed({"x": 1, "y": 2, "z": 3})), list(reversed({"x": 1}.items())))
g = {str(i): i for i in range(50)}
for i in range(0, 50, 3):
    g.pop(str(i))
print(list(g)[:10], len(g))
