# match statements: literal, capture, wildcard, value, sequence (star, nested), mapping (**rest, get() calls), class (positional via __match_args__, keyword, self-matching builtins), guards, or- and as-patterns; which types count as sequences and mappings (abc flags, register, deque)
import abc, collections

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"

class Color:
    RED = 1

def describe(v):
    match v:
        case 0 | 1 | 2: return "small"
        case None: return "none"
        case Color.RED: return "red?"
        case "s" | b"b": return "str/bytes"
        case -3 | 1+2j: return "neg3/complex"
        case [1, *rest] if rest: return f"list1 rest={rest}"
        case [x, y, *_, z]: return f"seq x={x} y={y} z={z}"
        case (a, [b, (3 | 4) as c]): return f"nested {a} {b} {c}"
        case {"k": 1, **rest}: return f"map rest={rest}"
        case {"k": int() | float() as num} if num > 0: return f"pos {num}"
        case Point(x=0, y=yy): return f"point y={yy}"
        case Point(1, 2) as p: return f"pt12 {p.x}"
        case int(n) if n > 100: return f"int {n}"
        case str() as s: return f"string {s!r}"
        case [Point(x, 0) | Point(0, x)]: return f"or-capture {x}"
        case dict(d): return f"dict {len(d)}"
        case _: return "other"

for v in [0, True, 2.0, None, "s", b"b", -3, 1+2j, [1], [1, 2, 3], (6, 7, 8, 9), (5, [6, 4]),
          {"k": 1, "j": 2}, {"k": 2.5}, {"k": -1}, Point(0, 5), Point(1, 2), 500, "abc",
          [Point(3, 0)], [Point(0, 4)], collections.OrderedDict(a=1), range(1, 3), "xy", b"xy", bytearray(b"xy")]:
    print(repr(v), "->", describe(v))

class Seq(abc.ABC):
    __abc_tpflags__ = 1 << 5
class MySeq(Seq):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
class MapABC(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 6
class Plain:
    def __len__(self): return 0
class Sub(Plain): pass
MapABC.register(Plain)
class Logged(dict):
    def get(self, k, d=None):
        print("  get", k)
        return dict.get(self, k, d)
print('__abc_tpflags__' in Seq.__dict__)
for v in [MySeq(1, 2), Plain(), Sub(), collections.deque([1, 2]), Logged(a=1, b=2), collections.defaultdict(list)]:
    match v:
        case [a, b]: print(type(v).__name__, "sequence", a, b)
        case {"a": 1, "c": 3}: print("no")
        case {"b": 2, "a": x}: print(type(v).__name__, "mapping with a", x)
        case {"missing": _}: print("no")
        case {}: print(type(v).__name__, "mapping", dict(v) if isinstance(v, dict) else "")
