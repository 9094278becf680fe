# Properties across inheritance: overriding, extending with super(), abstract properties and properties on metaclasses.
class Base:
    @property
    def kind(self):
        return 'base'
    @property
    def full(self):
        return f'full {self.kind}'

class Child(Base):
    @property
    def kind(self):
        return 'child of ' + super().kind

print(Base().full, Child().full, Child().kind)

class Setter(Base):
    _kind = 'settable'
    @Base.kind.setter
    def kind(self, v):
        self._kind = v
s = Setter()
s.kind = 'x'
print(s.kind, s._kind)

class Meta(type):
    @property
    def label(cls):
        return f'label of {cls.__name__}'
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.label, hasattr(WithMeta(), 'label'))

import abc
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def sides(self):
        ...
class Tri(Shape):
    @property
    def sides(self):
        return 3
print(Tri().sides)
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)

class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
c = Cached()
print(c.value, c.value, c.calls)
import functools
class Lazy:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 'computed'
l = Lazy()
print(l.value, l.value, l.calls, 'value' in vars(l))
