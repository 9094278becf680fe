# typing: reprs of special forms and generic aliases, Union/Optional/Literal folding, TypeVar
# substitution, get_origin/get_args, isinstance with unsubscripted aliases, and the errors.
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, List, Literal,
                    Mapping, Optional, Sequence, Set, Tuple, Type, TypeVar, Union, Annotated,
                    get_args, get_origin)
import typing

T = TypeVar('T'); K = TypeVar('K'); B = TypeVar('B', bound=int); C = TypeVar('C', covariant=True)
print(T, B, C, TypeVar('N', contravariant=True), B.__bound__, T.__module__, typing.AnyStr.__constraints__)
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]], Union[int])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[bytes], FrozenSet[int], Type[int])
print(list[int], List, Dict, Any, Callable, Iterable[int], Sequence, Mapping[str, int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Literal['a', 1, None], Literal[1, 2, 1], Final[int], ClassVar[List[int]], Annotated[int, 'meta', 3])
print(List[T], List[T][int], Dict[K, T][str, int], Optional[T][int], Union[T, List[T]][str])
print(Callable[[T], T][int], Tuple[T, ...][int], Dict[K, T].__parameters__, List['Node'])
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int],
      hash(Union[int, str]) == hash(Union[str, int]), Literal[1] == Literal[True])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_origin(Annotated[int, 1]),
      get_args(Annotated[int, 1]))
print(get_origin(int | str), get_args(int | str), get_origin(int), get_args(int), get_origin(Literal[1]))
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(list, Sequence),
      isinstance(1, Union[int, str]), isinstance(len, Callable), isinstance('x', Optional[int]))
print(int | List[int], List[int] | None, Optional[int] | str, T | None, Literal[1] | Literal[2])
print(typing.NoReturn, typing.Never, typing.Self, typing.LiteralString, typing.Union, typing.Generic)
print(typing.Deque[int], typing.DefaultDict[str, int], typing.OrderedDict, typing.Counter[str],
      typing.Pattern[str], typing.Generator[int, None, None], typing.AbstractSet[int])
print(List[int].__origin__, Optional[int].__args__, Tuple[int, ...].__args__, typing.Text, typing.TYPE_CHECKING)
bad = [lambda: isinstance([], List[int]), lambda: List[int, str], lambda: Dict[int],
       lambda: Union[()], lambda: Optional[int, str], lambda: isinstance(1, Any), lambda: Any(),
       lambda: Callable[int], lambda: List(), lambda: ClassVar[int, str], lambda: typing.Generic[int],
       lambda: isinstance(1, Optional), lambda: typing.Hashable[int], lambda: List[int][str],
       lambda: TypeVar('X', int), lambda: typing.NoReturn[int], lambda: Annotated[int],
       lambda: TypeVar('X', covariant=True, contravariant=True), lambda: Literal()]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
