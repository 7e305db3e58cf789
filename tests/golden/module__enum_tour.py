from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, Color.__members__.keys())
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()
print(Weekday.TUE + 1, Weekday.WED > Weekday.MON, sorted([Weekday.WED, Weekday.MON]), int(Weekday.TUE))
print(f"{Weekday.MON}", str(Weekday.MON), format(Weekday.MON, "03d"), repr(Weekday.MON))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.W in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw))
print(Perm(0), ~Perm.R, Perm(7))

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode.A | 4, Mode(3) == 3)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass)

class Http(StrEnum):
    GET = auto()
    POST = "post"
print(Http.GET, Http.GET == "get", Http.POST.upper(), repr(Http.POST))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    @classmethod
    def parse(cls, s):
        return cls(s.lower())
    def describe(self):
        return f"{self.name.title()} shape"
print(Shape.parse("CIRCLE").describe(), {s: s.value for s in Shape})
print(Color.RED == 1, Color.RED < Color.GREEN if False else "no ordering", hash(Color.RED) == hash(Color.RED))
Color.RED < Color.GREEN
