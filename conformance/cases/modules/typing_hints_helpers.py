# typing: NewType, get_type_hints (forward references, class MRO, Annotated stripping),
# overload/get_overloads, cast, final, no_type_check, assert_never, ParamSpec/Concatenate reprs.
from typing import (Annotated, Callable, ClassVar, Concatenate, Dict, List, NewType, Optional,
                    ParamSpec, cast, final, get_overloads, get_type_hints, no_type_check, overload,
                    assert_never)

class Point:
    pass

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, type(UserId(5)), UserId | None)
try:
    class Sub(UserId): pass
except TypeError as e: print(e)

def f(a: int, b: 'List[str]', c: Optional['Point'] = None) -> 'Dict[str, int]': pass
class Node:
    val: int
    next: 'Optional[Node]'
    tag: ClassVar[str] = 'n'
class Leaf(Node):
    weight: Annotated[float, 'kg']
print(get_type_hints(f), f.__annotations__['c'])
print(get_type_hints(Leaf))
print(get_type_hints(Leaf, include_extras=True)['weight'])

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), len(get_overloads(g)), cast(int, 'x'), cast('List[int]', [1]))
try: overload(lambda x: x)(1)
except NotImplementedError as e: print(e)
@no_type_check
def nt(a: 'not a type') -> 'x': pass
@final
class Fin: pass
print(get_type_hints(nt), Fin.__final__)
try: assert_never(1)
except AssertionError as e: print(e)
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
