# Metaclasses: __prepare__ namespaces, __new__/__init__ order, __call__, keyword arguments and class creation.
log = []

class RecordingDict(dict):
    def __setitem__(self, key, value):
        log.append(('set', key))
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, tuple(sorted(kw))))
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, type(ns).__name__))
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        log.append(('call', cls.__name__, args))
        return super().__call__(*args)

class Thing(metaclass=Meta, flavour='sweet', size=3):
    x = 1
    def method(self):
        return self.x

for entry in log:
    print(entry)
log.clear()
t = Thing()
print(log, t.method(), Thing.options)
print(type(Thing).__name__, isinstance(Thing, Meta))

class Sub(Thing):
    y = 2
print(log[0], type(Sub).__name__, Sub.options)

Dyn = type('Dyn', (object,), {'a': 5, 'get': lambda self: self.a * 2})
print(Dyn.__name__, Dyn().get(), Dyn.__qualname__)

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Bad(P1, P2): pass
except TypeError as e:
    print('TypeError:', e)

class OrderMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith('__')]
        return cls
class Rec(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    mid = 3
print(Rec.fields)
