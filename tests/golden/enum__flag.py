from enum import Enum, Flag, IntFlag, StrEnum, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.R, repr(Perm.X), rw, repr(rw), Perm.R in rw, Perm.X in rw)
print(bool(Perm.R & Perm.W), repr(Perm.R & Perm.W), rw & Perm.R, list(rw), ~Perm.R)
print(Perm(7), Perm.R.value, Perm.X.value)

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, repr(Mode.A | Mode.B), Mode.A | 4, Mode.B == 2)

class Light(StrEnum):
    ON = auto()
    OFF = "off!"
print(Light.ON, repr(Light.ON), Light.OFF.upper(), Light("off!") is Light.OFF)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    WEEKDAYS = MON | TUE | WED
print(list(Weekday), len(Weekday), Weekday.WEEKDAYS, Weekday(3), Weekday(7) is Weekday.WEEKDAYS)
