from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum

class Step(Enum):
    FETCH = auto()
    PARSE = auto()
    SAVE = auto()
print(list(Step), Step.SAVE.value)

class Mixed(Enum):
    A = 10
    B = auto()
print(Mixed.B, repr(Mixed.B))

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.LOW, repr(Priority.HIGH), Priority.HIGH > Priority.LOW, Priority.MEDIUM == 2)
print(Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), f"{Priority.MEDIUM}", int(Priority.HIGH))
print(Priority(2), [p for p in Priority if p >= 2], isinstance(Priority.LOW, int))
