# namedtuple's field descriptors (_collections._tuplegetter): repr, __doc__, assignment and deletion
# errors, access on the class and on a non-tuple, pickling, and the type's constructor checks.
from collections import namedtuple
import pickle, copy

P = namedtuple("P", "x y")
p = P(1, 2)
print(P.x, type(P.x), P.x.__doc__, p.x, p.y)
P.x.__doc__ = "new"
print(P.x, P.y.__doc__)
for stmt in ("p.x = 3", "del p.x", "p.z = 1"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    P.x.__get__(3)
except TypeError as e:
    print(e)
print(P.x.__get__(None, P) is P.x, P.x.__reduce__(), pickle.loads(pickle.dumps(P.x)), copy.deepcopy(p))
print(pickle.loads(pickle.dumps(p)) == p, vars(P)["y"].__get__(p), P.__dict__["x"] is P.x)
t = type(P.x)
print(t.__name__, t.__module__, t.__qualname__, t(-1, "z"), t(2, None).__doc__)
try:
    t(5, None).__get__((1, 2))
except IndexError as e:
    print(e)
for args, kw in [((), {"index": 1, "doc": 2}), ((1,), {}), (("a", None), {})]:
    try:
        t(*args, **kw)
    except TypeError as e:
        print(e)


class Q(P):
    @property
    def total(self):
        return self.x + self.y


q = Q(3, 4)
print(q.x, q.total, Q.x is P.x, q._replace(y=10))
try:
    q.total = 1
except AttributeError as e:
    print(e)
import re
for base in (t, type(re.compile("")), type(iter(())), bool):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
