# __new__ and __init__: argument passing, returning other types, singletons and immutable subclasses.
class Point:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x, y):
        print('init', x, y)
        self.x, self.y = x, y

p = Point(1, 2)
print(p.x, p.y)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other())

class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('hello')
print(u, type(u).__name__, u + '!', isinstance(u, str))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(3, 4)
print(pr, pr.first, len(pr))

class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
print(Celsius(21.456), Celsius(3) + 1)

class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print('TypeError:', e)

class InitOnly:
    def __init__(self):
        pass
try:
    InitOnly(1, 2)
except TypeError as e:
    print('TypeError:', e)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError:', e)

try:
    object.__new__(int)
except TypeError as e:
    print('TypeError:', e)
