# Class hierarchy: abc.ABC, abstract methods/properties, super() chains (MRO), __init_subclass__ registries
from abc import ABC, abstractmethod, ABCMeta
import math


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if kind is not None:
            Shape.registry[kind] = cls
        cls.created = 0

    def __init__(self, name):
        self.name = name
        type(self).created += 1

    @property
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{self.name}: area={self.area:.3f} perim={self.perimeter():.3f}"

    @classmethod
    def make(cls, kind, *args):
        return cls.registry[kind](*args)

    def __repr__(self):
        return f"<{type(self).__qualname__} {self.name}>"


class Circle(Shape, kind="circle"):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, kind="rect"):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect, kind="square"):
    def __init__(self, s):
        super().__init__(s, s, name="square")

    def describe(self):
        return "[sq] " + super().describe()


class Half(Shape):
    @property
    def area(self):
        return 0


print(sorted(Shape.registry), Shape.make("square", 3).describe())
for s in [Circle(1), Rect(2, 3), Square(2), Shape.make("circle", 0.5)]:
    print(repr(s), s.describe())
print(Circle.created, Rect.created, Square.created, Shape.__abstractmethods__ == {"area", "perimeter"})
for cls in (Shape, Half):
    try:
        cls("x")
    except TypeError as e:
        print(e)
print(sorted(Half.__abstractmethods__), isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__)


class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()

    def hello(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left)
        super().__init__(**kw)

    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right)
        super().__init__(**kw)

    def hello(self):
        return ["Right"] + super().hello()


class Diamond(Left, Right):
    def hello(self):
        return ["Diamond"] + super().hello()


d = Diamond(left=1, right=2, extra=3)
print(d.hello(), [c.__name__ for c in Diamond.__mro__])
print(super(Left, d).hello(), super(Diamond, Diamond).hello(d))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
Sized.register(int)
print(isinstance(3, Sized), type(Sized) is ABCMeta)


class Plugin:
    plugins = []

    def __init_subclass__(cls, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.priority = priority
        Plugin.plugins.append(cls)
        Plugin.plugins.sort(key=lambda c: (-c.priority, c.__name__))

    def __set_name__(self, owner, name):
        pass


class Zed(Plugin, priority=5): pass
class Alpha(Plugin): pass
class Beta(Plugin, priority=5): pass
print([p.__name__ for p in Plugin.plugins], Beta.priority)
try:
    class Bad(Plugin, colour="red"): pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by = "Meta"
        return inst


class Thing(metaclass=Meta):
    def __init__(self, x):
        self.x = x


t = Thing(4)
print(t.tag, t.made_by, t.x, type(Thing).__name__)
print(Square(1) == Square(1), Circle.area.__isabstractmethod__ if hasattr(Circle.area, "__isabstractmethod__") else None,
      Shape.area.__isabstractmethod__)
