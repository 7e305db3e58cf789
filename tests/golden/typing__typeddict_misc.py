import typing
from typing import TypedDict, overload, Final, ClassVar, Any

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__))
class Partial(TypedDict, total=False):
    note: str
print(Partial(), Partial.__total__, sorted(Partial.__optional_keys__))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))
MAX: Final = 10
class Config:
    registry: ClassVar[dict] = {}
    value: Any = None
print(MAX, Config.registry, typing.get_type_hints(Config))
