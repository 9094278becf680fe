# classmethod and staticmethod: binding through classes, instances and subclasses, and their wrapped attributes.
class Shape:
    count = 0
    def __init__(self, n):
        self.n = n
    @classmethod
    def make(cls, n):
        cls.count += 1
        return cls(n)
    @staticmethod
    def area(a, b):
        return a * b
    def __repr__(self):
        return f'{type(self).__name__}({self.n})'

class Square(Shape):
    pass

print(Shape.make(1), Square.make(2), Square().make(3) if False else Square.make(3))
print(Shape.count, Square.count)
print(Shape.area(2, 3), Shape(1).area(4, 5), Square.area(1, 1))
print(type(Shape.__dict__['make']).__name__, type(Shape.__dict__['area']).__name__)
print(Shape.__dict__['area'].__func__ is Shape.area)
print(Shape.make.__self__ is Shape, Square.make.__self__ is Square)
print(Shape.make.__func__ is Shape.__dict__['make'].__func__)
print(callable(Shape.__dict__['area']), Shape.__dict__['area'](6, 7))

sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    size = sm
    name = cm
print(Late.size('abcd'), Late().name(), Late.name())

class Prop:
    @classmethod
    @property
    def kind(cls):
        return 'kind of ' + cls.__name__
print(Prop.kind)

def plain(self):
    return 'plain ' + type(self).__name__
class Attach:
    pass
Attach.method = plain
print(Attach().method())
print(plain.__get__(Attach())())
print(staticmethod(plain).__get__(None, Attach)(Attach()))
try:
    Shape.make()
except TypeError as e:
    print('TypeError:', e)
try:
    Shape.area(1)
except TypeError as e:
    print('TypeError:', e)
