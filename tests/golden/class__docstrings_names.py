# Docstrings, __name__, __qualname__ and __module__ of classes and methods.
class Outer:
    """Outer docstring."""

    class Inner:
        """Inner docstring."""

        def method(self):
            """Method docstring."""

    def func(self):
        def local():
            pass
        return local

print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.method.__doc__)
print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__name__, Outer.Inner.method.__qualname__)
print(Outer().func().__qualname__)
class NoDoc:
    pass
print(NoDoc.__doc__)
print(Outer.Inner)
print(Outer.Inner.method)
print(int.__name__, int.__qualname__, int.__module__, len.__module__)
