from dataclasses import dataclass, field, asdict, astuple, fields, FrozenInstanceError, replace, is_dataclass
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__hash__)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)

a = Inventory("a")
b = Inventory("a")
a.items.append("apple")
print(a, b, a.items is b.items, a == b, Inventory("x", count=3))
print(asdict(a), astuple(b))
print([f.name for f in fields(Inventory)], fields(p)[1].default, fields(Inventory)[1].default_factory)
print(replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))

@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"
ln = Line(Point(0, 0), Point(1, 1))
print(ln, asdict(ln), astuple(ln))
