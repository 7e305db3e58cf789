import dataclasses
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)
vs = [Version(1, 2), Version(0, 9, "old"), Version(1, 0)]
print(sorted(vs), Version(1, 2) > Version(1, 1), Version(1) <= Version(1, 0, "x"), max(vs))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)
