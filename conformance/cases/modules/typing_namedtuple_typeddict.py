# typing: NamedTuple (class syntax with defaults and methods, functional forms) and TypedDict
# (total, Required/NotRequired, inheritance, functional form), with their errors.
from typing import NamedTuple, NotRequired, Required, TypedDict, is_typeddict

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1))
print(Point.__mro__, Point._make([1, 2, 'q']), Point.__doc__, tuple(p) == (3, -4, 'p'))
E = NamedTuple('E', [('name', str), ('id', int)])
print(E('a', 1), E.__annotations__, E.__module__, NamedTuple('F', a=int)(1))
for body in ['class Bad(NamedTuple):\n a: int = 1\n b: str', 'class Bad(NamedTuple):\n a: int\n _fields = 1',
             "NamedTuple('X', [('a', int)], b=int)", 'class Bad(TypedDict, int): pass']:
    try: exec(body)
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)

class Movie(TypedDict):
    name: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m = Movie(name='Blade', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__))
print(Movie2.__total__, Movie.__total__, Movie2.__bases__, is_typeddict(Movie), is_typeddict(dict))
A = TypedDict('A', {'x': int, 'y': NotRequired[str]})
class B(TypedDict, total=False):
    a: Required[int]
print(A(x=1), A.__required_keys__, A.__optional_keys__, B.__required_keys__, B.__optional_keys__)
try: isinstance(m, Movie)
except TypeError as e: print(e)
