from typing import NamedTuple

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, Point(1), p.norm(), p._fields, p._asdict(), p[0], isinstance(p, tuple))
print(Point.__annotations__, p._replace(y=1), Point._field_defaults)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("ann", 1), Emp._fields)
