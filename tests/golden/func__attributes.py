# Function objects: names, docs, defaults, custom attributes.
def documented(a, b=2):
    """Add two numbers."""
    return a + b

print(documented.__name__, documented.__qualname__)
print(documented.__doc__)
print(documented.__defaults__)
print(documented.__module__)
def no_doc():
    pass
print(no_doc.__doc__)
documented.calls = 0
documented.calls += 1
print(documented.calls)
print(callable(documented), type(documented).__name__)
f = documented
print(f is documented, f(1))
print(documented.__code__.co_argcount, documented.__code__.co_varnames)
print(sorted(k for k in vars(documented)))
