import dataclasses
from dataclasses import dataclass, field

@dataclass(repr=False, eq=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), repr(Plain(1)).startswith("<__main__.Plain object at"))

@dataclass
class Counter:
    start: int
    total: int = field(init=False)
    def __post_init__(self):
        self.total = self.start * 10
print(Counter(3))

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.0
print(Child(1), Child(1, "x", 2.5), [f.name for f in dataclasses.fields(Child)])
print(Base(1) == Child(1), Child.__dataclass_params__.frozen)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print("ValueError:", e)
