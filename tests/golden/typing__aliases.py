import typing
from typing import List, Dict, Tuple, Set, FrozenSet, Optional, Union, Callable, Any, Iterator, Iterable, Generator, Type, Sequence, Mapping

print(List[int], Dict[str, int], Tuple[int, ...], Set[str], FrozenSet[int])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int])
print(Callable[[int, str], bool], Callable[..., int], Type[int])
print(Iterator[int], Iterable[str], Generator[int, None, str])
print(typing.AsyncIterator[int], typing.Awaitable[int], typing.Coroutine[int, int, str])
print(Sequence[int], Mapping[str, List[int]], typing.Literal['a', 1])
print(typing.Final[int], typing.ClassVar[List[int]], Any, List, Iterator)
print(List[int].__origin__, List[int].__args__, Optional[int].__args__)
print(typing.get_origin(Dict[str, int]), typing.get_args(Dict[str, int]))
print(typing.get_args(Callable[[int], str]), typing.get_origin(int))
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[int, None])
x: List[int] = []
x.append(3)
print(x, typing.cast(str, 5), typing.TYPE_CHECKING)
for bad in (lambda: List[int, str], lambda: List(), lambda: isinstance([], List[int]), lambda: Union[()], lambda: isinstance(1, Any)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance([], List), isinstance({}, typing.Dict), issubclass(list, typing.Sequence))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
def f(a: List[int]) -> Optional[str]:
    return None
print(f.__annotations__)
print(typing.get_type_hints(f))
