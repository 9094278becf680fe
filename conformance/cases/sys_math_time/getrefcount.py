# sys.getrefcount counts the references CPython's VM holds: names, the caller's stack slot, containers,
# closures, bound arguments and loop variables (objects made at run time; constants are shared differently)
import sys
class D:
    pass
d = D()
print(sys.getrefcount(d))
x = [1]
print(sys.getrefcount(x))
def f():
    y = D()
    print(sys.getrefcount(y))
    z = [y, y]
    print(sys.getrefcount(y))
    g = lambda: y
    print(sys.getrefcount(y))
f()
print(sys.getrefcount(object()), sys.getrefcount([]), sys.getrefcount("".join(["a", "b"])))
t = (d, d, d)
print(sys.getrefcount(d))
dd = {1: d}
print(sys.getrefcount(d))
def h(a, b=None):
    print(sys.getrefcount(a))
h(d)
h(d, d)
class E:
    def m(self):
        print(sys.getrefcount(self))
E().m()
e = E()
e.m()
print(sys.getrefcount(None) > 1000)
for item in [d]:
    print(sys.getrefcount(item))
print([sys.getrefcount(v) for v in (d,)])
