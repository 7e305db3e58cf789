# Sizes no machine can hold raise MemoryError (or CPython's OverflowError past
# sys.maxsize) instead of crashing. (No bytearrays here: CPython 3.11 raises MemoryError for
# them but also writes a stray SystemError to stderr.)
import sys

cases = [
    "'a' * (1 << 60)",
    "'ab' * (1 << 62)",
    "[0] * (1 << 60)",
    "[None] * (1 << 61)",
    "(0,) * (1 << 60)",
    "b'a' * (1 << 60)",
    "bytes(range(256)) * (1 << 58)",
    "bytes(1 << 60)",
    "'a'.ljust(1 << 60)",
    "'a'.rjust(1 << 60, '*')",
    "'a'.center(1 << 60)",
    "'7'.zfill(1 << 60)",
    "b'a'.ljust(1 << 60)",
    "(1).to_bytes(1 << 60, 'big')",
    "list(range(1 << 60))",
    "'a\\tb'.expandtabs(1 << 40)",
    "str(10 ** 5000)",
]
for c in cases:
    try:
        eval(c)
        print(c, 'ok')
    except (MemoryError, OverflowError, ValueError) as e:
        print(c, '->', repr(e)[:80])

x = [1, 2]
try:
    x *= 1 << 60
except MemoryError:
    print('list unchanged:', x)
x *= 2
print(x)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
