# typing: Generic subclasses (parameters, subscription, instantiation, __orig_class__), classes
# based on List[int]/Dict[...], Protocol with @runtime_checkable, Supports* protocols, and errors.
from typing import Dict, Generic, List, Protocol, SupportsAbs, SupportsFloat, SupportsIndex, \
    SupportsInt, TypeVar, runtime_checkable
import typing

T = TypeVar('T'); S = TypeVar('S')

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)

print(Stack[int], Stack.__parameters__, Stack.__mro__, Stack.__orig_bases__)
s = Stack[int](); s.push(3); print(s.items, s.__orig_class__, type(s).__name__)
class Pair(Generic[T, S]): pass
print(Pair[int, str], Pair[int, T][str], Pair[int, T].__parameters__)
class IntStack(Stack[int]): pass
print(IntStack.__parameters__, IntStack.__mro__)
class MyList(List[T]): pass
print(MyList.__mro__, MyList[int], MyList([1, 2]))
class Counts(Dict[str, int]): pass
print(Counts(a=1), Counts.__mro__)
for f in [lambda: Stack[int, str], lambda: IntStack[int], lambda: typing.Generic[T][int]]:
    try: f()
    except TypeError as e: print('TypeError', e)
for body in ['class Bad(Generic[T], Generic[S]): pass', 'class Bad(List[S], Generic[T]): pass',
             'class Bad(Generic): pass', 'class Bad(int, Protocol): pass', 'class Bad(typing.Union): pass']:
    try: exec(body)
    except TypeError as e: print('TypeError', e)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
print(isinstance(File(), Closable), isinstance(1, Closable), issubclass(File, Closable), Closable._is_protocol)
class NotRuntime(Protocol):
    x: int
@runtime_checkable
class HasX(Protocol):
    x: int
class P:
    x = 1
print(isinstance(P(), HasX), isinstance(1, HasX))
class Impl(Closable):
    def __init__(self, v): self.v = v
print(Impl(5).v, isinstance(Impl(1), Closable))
for f in [lambda: isinstance(1, NotRuntime), lambda: Closable(), lambda: issubclass(P, HasX),
          lambda: runtime_checkable(P)]:
    try: f()
    except TypeError as e: print('TypeError', e)
print(isinstance(3, SupportsInt), isinstance('a', SupportsInt), isinstance(3.5, SupportsFloat),
      isinstance(True, SupportsIndex), isinstance(-1, SupportsAbs), SupportsAbs[int])
class Box(Protocol[T]):
    def get(self) -> T: ...
print(Box[int], Box.__parameters__, typing.IO[str], typing.TextIO.__mro__)
