# __init_subclass__ with keywords and __set_name__ on descriptors and plain objects in class bodies.
class Registry:
    members = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.members.append((cls.__name__, tag))

class A(Registry, tag='a'): pass
class B(Registry): pass
class C(A, tag='c'): pass
print(Registry.members)

try:
    class D(Registry, colour='red'): pass
except TypeError as e:
    print('TypeError:', e)

class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f'{self.owner}.{self.name} on instance'

class Holder:
    first = Named()
    second = Named()
    third = 3

print(Holder.first.name, Holder().second)

class Later:
    pass
n = Named()
Later.added = n
print(hasattr(n, 'name'))

class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
        cls.serial = Counter.count
class X(Counter): pass
class Y(Counter): pass
class Z(X): pass
print(X.serial, Y.serial, Z.serial, Counter.count)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('nope ' + name)
try:
    class Fails:
        attr = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
