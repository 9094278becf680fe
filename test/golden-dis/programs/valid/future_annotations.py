from __future__ import annotations

x: int = 1
y: list[int]


def f(a: int, b: dict[str, int] = None) -> tuple[int, ...]:
    v: int = 2
    return (a,)


class C:
    attr: C = None
    other: 'quoted'
