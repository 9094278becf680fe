# Class and instance attribute lookup: shadowing, __dict__, __name__/__qualname__/__module__, class scope rules.
class Outer:
    x = 1
    items = [i * 2 for i in range(3)]
    try:
        hidden = [x * i for i in range(3)]
    except NameError as e:
        hidden = str(e)
    class Inner:
        def method(self):
            pass
    def m(self):
        return self.x

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.m.__name__)
print(Outer.items, Outer.hidden)
o = Outer()
print(o.x, o.m())
o.x = 5
print(o.x, Outer.x, o.m(), o.__dict__)
del o.x
print(o.x)
Outer.x = 9
print(o.m())
print(sorted(k for k in Outer.__dict__ if not k.startswith('__')))
print(type(Outer.__dict__).__name__)
try:
    Outer.__dict__['y'] = 1
except TypeError as e:
    print('TypeError:', e)
print(Outer.__doc__, Outer.m.__doc__)

class Documented:
    """Class docstring."""
    def f(self):
        "Method docstring."
print(Documented.__doc__, Documented.f.__doc__)

print(o.m.__self__ is o, o.m.__func__ is Outer.m, type(o.m).__name__)
bound = o.m
print(bound(), Outer.m(o))
setattr(o, 'dyn', 3)
print(getattr(o, 'dyn'), getattr(o, 'missing', 'default'), hasattr(o, 'dyn'))
delattr(o, 'dyn')
print(hasattr(o, 'dyn'))

class Empty:
    pass
print(Empty.__bases__ == (object,), Empty.__base__ is object)
e = Empty()
e.__class__ = Outer
print(type(e).__name__, e.m())
try:
    e.__class__ = int
except TypeError as ex:
    print('TypeError:', ex)
