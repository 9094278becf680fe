# The argument errors of type(), type.__new__ and type.__init__ (type_vectorcall, type_call,
# type_new, type_init), metaclass conflicts found before bases are checked, object's excess-argument
# messages (which name object, the class, or its __init__), super's repr, attribute-name checks.
def attempt(label, make):
    try:
        print(label, 'ok', make())
    except TypeError as e:
        print(label, 'TypeError', e)

class M(type): pass
attempt('type(x)', lambda: type('abc'))
attempt('type(x, kw)', lambda: type(1, x=1))
attempt('type 2 args', lambda: type(1, 2))
attempt('type 0 args', lambda: type())
attempt('new 1 arg', lambda: type.__new__(type, 1))
attempt('new meta 1 arg', lambda: type.__new__(M, 1))
attempt('new 4 args', lambda: type.__new__(type, 'a', (), {}, 1))
attempt('meta 1 arg', lambda: M(1))
attempt('meta 0 args', lambda: M())
attempt('init kw', lambda: type.__init__(int, 1, x=1))
attempt('init 0 args', lambda: type.__init__(int))
attempt('init 3 args', lambda: type.__init__(int, 'a', (), {}))
attempt('int base', lambda: type('Z', (1,), {}))
attempt('bad name', lambda: type(1, (), {}))
attempt('bad bases', lambda: type('Z', [], {}))
attempt('bad dict', lambda: type('Z', (), []))

class Plain: pass
class OwnInit:
    def __init__(self, *a): super().__init__(*a)
class OwnNew:
    def __new__(cls, *a): return super().__new__(cls, *a)
attempt('Plain(1)', lambda: Plain(1))
attempt('Plain().__init__(1)', lambda: Plain().__init__(1))
attempt('object.__init__', lambda: object.__init__(Plain(), 1))
attempt('object()', lambda: object(1))
attempt('object().__init__', lambda: object().__init__(1))
attempt('OwnInit(1)', lambda: OwnInit(1))
attempt('OwnNew(1)', lambda: OwnNew(1))
attempt('object.__new__', lambda: object.__new__(OwnNew, 1))

class B(Plain):
    def who(self): return repr(super()), repr(super(B)), repr(super(Plain, self))
print(B().who())
attempt('getattr name', lambda: getattr(Plain(), 1))
attempt('__getattribute__ name', lambda: object.__getattribute__(Plain(), 1))
attempt('__setattr__ name', lambda: object.__setattr__(Plain(), 1, 2))
attempt('__delattr__ name', lambda: object.__delattr__(Plain(), b'x'))
attempt('type.__getattribute__', lambda: type.__getattribute__(Plain, 1))

# __class__ assignment needs the same layout; __dict__ may be deleted; read-only type attributes.
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
class S3: __slots__ = ('a',)
s = S1(); s.__class__ = S3; print(type(s).__name__)
attempt('class layout', lambda: setattr(S1(), '__class__', S2))
attempt('class to dict type', lambda: setattr(S1(), '__class__', Plain))
p = Plain(); p.x = 1; del p.__dict__; print(p.__dict__); p.y = 2; print(vars(p))
attempt('__name__ int', lambda: setattr(Plain, '__name__', 1))
for attr in ['__mro__', '__base__']:
    try:
        setattr(Plain, attr, ())
    except AttributeError as e:
        print(attr, 'AttributeError', e)
