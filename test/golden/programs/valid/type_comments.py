import typing  # type: ignore
from x import y  # type: ignore[attr-defined]

def f(a, b):
    # type: (int, str) -> None
    pass

def g(
    a,  # type: int
    b,  # type: str
):
    # type: (...) -> bool
    return True

def h(a, b):  # type: (int, int) -> int
    return a + b

x = []  # type: list[int]
y = z = 1  # type: int
for i in range(3):  # type: int
    pass
with open("f") as fh:  # type: typing.IO[str]
    pass
async def k():
    # type: () -> None
    async for v in w:  # type: int
        pass
    async with m as n:  # type: int
        pass
a = 1  # type: ignore
b = 2  # a comment, not a type: comment
c = 3  #type:int
