x: int
x: int = 1
(x): int = 1
x.y: int
x[0]: int = 2
x: "forward" = None
x: list[dict[str, int]] = []
x: tuple[int, ...] = ()
x: int | None = None
x: (yield) = 1
def f(a: int, *b: str, **c: float) -> "R": pass
def g(a: lambda: 1 = 2) -> lambda: 3: pass
class C:
    attr: ClassVar[int] = 0
    other: int
x: int = yield
x: tuple = 1, 2
x: list = *a, *b
