# User descriptors: data vs non-data precedence, __get__ with None instance, __set__, __delete__ and lookups.
class Verbose:
    def __set_name__(self, owner, name):
        self.key = '_' + name
    def __get__(self, obj, objtype=None):
        print('get', None if obj is None else type(obj).__name__, objtype.__name__)
        if obj is None:
            return self
        return getattr(obj, self.key, 'unset')
    def __set__(self, obj, value):
        print('set', value)
        setattr(obj, self.key, value)
    def __delete__(self, obj):
        print('delete')
        delattr(obj, self.key)

class NonData:
    def __get__(self, obj, objtype=None):
        return 'from non-data descriptor'

class Model:
    field = Verbose()
    nd = NonData()

m = Model()
print(m.field)
m.field = 7
print(m.field)
del m.field
print(m.field)
print(type(Model.field).__name__)
m.__dict__['field'] = 'dict value'
print(m.field)
print(m.nd)
m.nd = 'instance wins'
print(m.nd)
del m.nd
print(m.nd)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name] if obj else self
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        obj.__dict__[self.name] = value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('bo', 3)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)

class OnlySet:
    def __set__(self, obj, value):
        print('only set', value)
class H:
    d = OnlySet()
h = H()
h.d = 1
print(type(h.d).__name__)
h.__dict__['d'] = 2
print(type(h.d).__name__)
try:
    del h.d
except AttributeError as e:
    print('AttributeError:', e)
