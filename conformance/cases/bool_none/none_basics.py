# None: the singleton, its repr and type, identity tests, functions returning it, its errors
print(None, repr(None), str(None), type(None).__name__, type(None)() is None)
def nothing():
    pass
def early(x):
    if x:
        return
    return 5
print(nothing(), early(True), early(False), [].append(1), print("side"))
print(None is None, None == None, None != 0, None == False, None is not False)
print([None] * 3, (None,), {None: None}, {None}, [None, None].count(None))
print(bool(None), hash(None) == hash(None), None.__class__.__name__, None.__bool__())
print(None.__eq__(None), None.__eq__(0), None.__ne__(1), None.__repr__())
print(f"{None}", f"{None!r}", "%s %r" % (None, None), format(None, ""))
print(sorted([3, 1, 2], key=None), max([1, 5, 2], default=None), max([], default=None))
print(dict.get({}, "k"), {}.get("k", None), getattr(None, "missing", "dflt"))
x = None
x = x or 10
print(x)
n = None
ops = [lambda: n < n, lambda: n + 1, lambda: len(n), lambda: n[0], lambda: n(), lambda: iter(n),
       lambda: n.attr, lambda: format(n, "d"), lambda: f"{n:>6}", lambda: -n, lambda: n in n]
for op in ops:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
