x: int = 1
y: list[int]
z: 'str' = 'a'
obj = object()


def f(a: int, b: 'str' = 'b', *args: tuple, c: float = 1.0, **kw: dict) -> bool:
    local: int = 3
    other: str
    return True


class C:
    attr: int = 0
    name: str
    (paren): int = 1
    obj.field: int = 2
