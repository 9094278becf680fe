# A class decorator that builds __init__/__repr__/__eq__ from annotations, as dataclasses do, plus dataclasses itself.
import dataclasses

@dataclasses.dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list)

a = Item('nut', 3)
b = Item('bolt')
print(a, b, a == Item('nut', 3), a > b, sorted([a, b])[0].name)
print(dataclasses.asdict(a), dataclasses.astuple(b), [f.name for f in dataclasses.fields(Item)])
print(dataclasses.replace(a, qty=9), Item.__match_args__)

@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(hash(p) == hash(Point(1, 2)), {p: 'ok'}[Point(1, 2)])
try:
    @dataclasses.dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    Item()
except TypeError as e:
    print('TypeError:', e)
