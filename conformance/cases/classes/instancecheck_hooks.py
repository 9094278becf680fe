# isinstance/issubclass hooks: __instancecheck__, __subclasscheck__, __subclasshook__ and tuple/union forms.
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)

class Even(metaclass=EvenMeta):
    pass

print(isinstance(4, Even), isinstance(3, Even), isinstance('x', Even))
print(issubclass(int, Even), issubclass(str, Even), issubclass(bool, Even))
print(isinstance(Even(), Even))
print(isinstance(3, (str, Even, float)), isinstance(6, (str, Even)))
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))

from abc import ABC, abstractmethod
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance('abc', Sized))

class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).area(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
Shape.register(float)
print(isinstance(1.5, Shape), issubclass(float, Shape))

try:
    isinstance(1, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(5, int)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(True, int), issubclass(bool, object), isinstance(int, type), isinstance(type, type))
print(isinstance(1, ()), issubclass(int, ((str, int),)))
