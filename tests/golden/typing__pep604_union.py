# `X | Y` between classes (PEP 604) and `list[int]`-style aliases, with typing.
import typing, types
print(typing.Optional[int] == (int | None), (int|None) == typing.Optional[int], int|str == str|int, hash(int|str)==hash(str|int))
print(int | int, type(int|int), (int|str)|float, int | list[int], list[int] | None, typing.List[int] | None, int | typing.List[int], None | int)
print((int|str).__args__, (int|str).__parameters__, isinstance(3, int|str), issubclass(bool, int|str), isinstance(None, int|None))
print(typing.Union[int|str, float], typing.get_args(int|None), typing.get_origin(int|None))
try: int | 3
except TypeError as e: print(e)
try: isinstance(1, list[int])
except TypeError as e: print(e)
try: issubclass(int, dict[str, int])
except TypeError as e: print(e)
print(isinstance(1, int|list[int]))
try: isinstance('x', int|list[int])
except TypeError as e: print(e)
T = typing.TypeVar('T')
print(int | T)
print(type(int|str).__name__, types.UnionType, types.GenericAlias)
print((list[int]).__origin__, list[int].__args__, type(list[int]), list[int] == list[int], list[int] == list[str], dict[str, int].__args__, list[int](), tuple[int, ...])
print(repr(int | None | str), repr(None | int))
def f(x: int | None = None) -> list[str] | None: pass
print(f.__annotations__)
print(isinstance(3, (str, int | None)), typing.get_type_hints(f))
class A: pass
print(A | None, int | A, {int | str: 1}[str | int])
x = int
x |= str
print(x)
print(typing.Optional[int | str], typing.Union[int, str] == (int | str))
