from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, label="beta"), Version(1, 2, 0, "rc")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, label="x"), Version(1) < Version(1, 0, 1))
print(max(vs), min(vs))

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    def add(self, item):
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + 1

a, b = Inventory("ann"), Inventory("bob")
a.add("apple"); a.add("apple"); b.add("pear")
print(a, b, a.counts)
print(asdict(a), astuple(b))
print([f.name for f in fields(Inventory)])

@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)})
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(p, y=0))

@dataclass
class Celsius:
    degrees: float
    scale: InitVar[float] = 1.0
    kelvin: float = field(init=False)
    def __post_init__(self, scale):
        self.degrees *= scale
        self.kelvin = self.degrees + 273.15
print(Celsius(10), Celsius(10, 2))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Version()
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
print(Version.__eq__(Version(1), (1, 0, 0)))
