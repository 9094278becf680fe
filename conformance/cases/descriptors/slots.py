# __slots__: restricted attributes, missing __dict__, slot descriptors, inheritance and errors.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, '__dict__'), hasattr(p, 'y'))
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
del p.y
try:
    del p.y
except AttributeError as e:
    print('AttributeError:', e)
print(type(P.x).__name__, P.__slots__)

class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.z, q.__dict__)

class R(P):
    __slots__ = ('w',)
r = R(1)
r.w = 2
print(r.x, r.w, hasattr(r, '__dict__'))
try:
    r.v = 1
except AttributeError as e:
    print('AttributeError:', e)

class WithDict:
    __slots__ = ('a', '__dict__')
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)

try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError:', e)

class Single:
    __slots__ = 'only'
s = Single()
s.only = 'one'
print(s.only, Single.__slots__)

class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print('AttributeError:', e)
