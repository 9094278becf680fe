# tuple identity that is guaranteed: () is a singleton, tuple(t) and t[:] return t itself, copying via + makes new objects
t = (1, 2, 3)
print(tuple(t) is t, t[:] is t, t[0:] is t, t[::1] is t, t[::-1] is t, t + () is t or "plus-empty copies")
e1 = ()
e2 = tuple()
e3 = tuple([])
print(e1 is e2, e2 is e3, tuple(e1) is e1, e1[:] is e2)
u = t * 1
print(u == t, len(u), t * 0 == (), type(t * 1).__name__)
class MyTuple(tuple):
    pass
m = MyTuple((1, 2))
print(m, type(m).__name__, type(m[:]).__name__, type(m + (3,)).__name__, tuple(m) == m, type(tuple(m)).__name__)
print(isinstance(m, tuple), m == (1, 2), hash(m) == hash((1, 2)), MyTuple() == (), type(MyTuple()).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), p == (3, 4), sorted([Point(2, 1), Point(1, 5)]), tuple(p))
x, y = p
print(x, y, p + (5,), type(p + (5,)).__name__)
