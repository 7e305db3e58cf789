# The type names of the built-in iterators (CPython 3.11 has its own for ASCII strings).
import collections.abc as abc

for obj in ["ab", "é", "", [1], (1,), {}, {1}, range(3), b"x", {}.values(), {}.items()]:
    it = iter(obj)
    print(type(it).__name__, isinstance(it, abc.Iterator), list(it))
print(type(reversed([1])).__name__, type(zip()).__name__, type(enumerate("")).__name__)
