# Typing-annotated code: typing, NamedTuple, Protocol, TypedDict, Generic, overload-free dispatch
from __future__ import annotations
import typing
from typing import (NamedTuple, Protocol, TypedDict, Generic, TypeVar, Optional, Union, Callable,
                    Iterator, Any, ClassVar, Final, Literal, runtime_checkable, get_type_hints, cast)
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = ""

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Box:
    def draw(self) -> str:
        return "[]"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> Stack[T]:
        self.items.append(item)
        return self

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)

    def __len__(self) -> int:
        return len(self.items)


def apply(f: Callable[[T], T], x: T, times: int = 1) -> T:
    for _ in range(times):
        x = f(x)
    return x


def first(xs: list[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


@dataclass
class Config:
    name: str
    retries: int = 3
    mode: Literal["fast", "slow"] = "fast"
    VERSION: ClassVar[int] = 2
    LIMIT: Final = 10


p = Point(3, 4)
print(p, repr(p), p.norm(), p._asdict(), p._replace(label="q"), Point._fields, Point._field_defaults)
print(Point._make([1, 2, "m"]), p == (3, 4, ""), p[0], p.x, tuple(p), isinstance(p, tuple))
x, y, _ = p
print(x + y, Point.__annotations__, Point.x)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
m: Movie = {"title": "Up"}
print(m, Movie.__total__, Movie.__annotations__, type(m) is dict)
print(isinstance(Box(), Drawable), isinstance(3, Drawable))
try:
    isinstance(3, Protocol)
except TypeError as e:
    print("TypeError:", e)
s = Stack[int]().push(1).push(2).push(3)
print(list(s), len(s), s.pop(), Stack[int], Stack.__parameters__, type(s).__name__)
print(apply(lambda v: v * 2, 3, times=4), first([]), first([], "d"), first(["z"]))
print(Config("c"), Config.VERSION, Config.LIMIT, list(Config.__dataclass_fields__))
print(get_type_hints(first), get_type_hints(Config)["mode"])
print(apply.__annotations__)
print(Optional[int], Union[int, str, None], Union[int, int], list[int], dict[str, list[int]], int | None)
print(Callable[[int, str], bool], Callable[..., Any], typing.Tuple[int, ...], Literal[1, "a"])
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(Union[int, str]),
      typing.get_args(Optional[int]), typing.get_args(Callable[[int], str]))
print(T, K, K.__bound__, T.__name__, cast(int, "not really"), Union[int, str] == Union[str, int])
print(typing.List[int], typing.Dict[str, int], typing.Optional[typing.List[str]], typing.Set, typing.Iterable[int])
print((int | str) | None, (int | str).__args__, isinstance(3, int | str), issubclass(bool, int | None))


class Shape(Protocol):
    sides: int


def describe(obj: Union[Point, Box, int]) -> str:
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case Box():
            return "box"
        case int(n):
            return f"int {n}"
    return "?"


print([describe(o) for o in [Point(0, 0), Point(2, 2), Point(1, 5), Box(), 7]])
print(typing.TYPE_CHECKING, typing.NewType("UserId", int)(5), typing.NewType("UserId", int))
UserId = typing.NewType("UserId", int)
print(UserId, UserId.__supertype__, repr(typing.Any), typing.NoReturn)
