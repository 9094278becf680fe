# dict methods: get, setdefault, pop with default, popitem, update forms, fromkeys, copy, clear
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c"), d)
print(d.pop("c"), d.pop("z", "dflt"), d.pop("z", None), d)
d.update({"x": 1}, y=2)
d.update([("p", 0), ["q", 1]])
d.update(z=3)
d.update()
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c is not d)
print(dict.fromkeys(["k1", "k2"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
shared = dict.fromkeys(["u", "v"], [])
shared["u"].append(1)
print(shared)
print(d.popitem(), len(d))
d.clear()
print(d, len(d), bool(d))
for call in [lambda: {}.popitem(), lambda: {}.pop("k"), lambda: {"a": 1}["b"]]:
    try:
        call()
    except KeyError as e:
        print("KeyError:", e, repr(e.args))
for call in [lambda: {}.get(), lambda: {}.pop(), lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.setdefault(),
             lambda: {}.fromkeys(), lambda: {}.get([])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    {}.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print({"k": 1}.__getitem__("k"), {"k": 1}.__contains__("k"), {"k": 1}.__len__(), {1: 2}.get(1.0), {True: 1}.get(1))
