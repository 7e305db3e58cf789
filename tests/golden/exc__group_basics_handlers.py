def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError(f"age must be int, not {type(record.get('age')).__name__}"))
    if errors:
        raise ExceptionGroup(f"invalid record {record!r}", errors)
    return True

for rec in [{"name": "a", "age": 3}, {"name": "", "age": "x"}, {"name": "b", "age": None}]:
    try:
        print(validate(rec))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("type errors:", [str(e) for e in eg.exceptions], eg.message)

eg = ExceptionGroup("batch", [ValueError(1), KeyError(2), ExceptionGroup("inner", [ValueError(3), OSError(4)])])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))))
print(eg.subgroup(ZeroDivisionError))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("wrapped:", repr(eg))
def risky():
    raise ExceptionGroup("many", [ZeroDivisionError("a"), ValueError("b"), NameError("c")])
try:
    try:
        risky()
    except* ZeroDivisionError:
        print("handled zero")
except ExceptionGroup as rest:
    print("left:", repr(rest))
risky()
