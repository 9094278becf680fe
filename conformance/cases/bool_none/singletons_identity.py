# None, True, False, NotImplemented and Ellipsis are singletons: identity survives every route
import sys
print(type(None)() is None, type(True)(1) is True, bool(0) is False, type(...)() is ...)
print(type(NotImplemented)() is NotImplemented, eval("None") is None, eval("...") is Ellipsis)
vals = [None, True, False, NotImplemented, Ellipsis]
copies = list(vals)
print([a is b for a, b in zip(vals, copies)])
print([type(v).__name__ for v in vals])
print((lambda: None)() is None, {}.get(1) is None, (1 == 1) is True, (1 == 2) is False)
print(sys.getrefcount.__name__, sys.intern("a") == "a")
d = {None: "none", True: "true", False: "false", NotImplemented: "ni", ...: "ell"}
print(d[None], d[1], d[0], d[NotImplemented], d[...], len(d))
print(sorted(d.values()))
for v in vals:
    try:
        v.new_attr = 1
    except AttributeError as e:
        print("AttributeError:", e)
for v in [None, True, ...]:
    try:
        v.x
    except AttributeError as e:
        print("AttributeError:", e)
try:
    True.real = 5
except AttributeError as e:
    print("AttributeError:", e)
print(repr(vals))
