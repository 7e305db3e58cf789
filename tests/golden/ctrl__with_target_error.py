# Binding a with-statement's `as` target is part of the block: when it fails, __exit__
# (or __aexit__) is told, and can suppress the error.
import asyncio

class CM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return 5
    def __exit__(self, typ, exc, tb):
        print("exit", typ.__name__ if typ else None, exc)
        return self.suppress

try:
    with CM() as (a, b):
        print("not reached")
except TypeError as e:
    print("TypeError:", e)
with CM(suppress=True) as (a, b):
    print("not reached")
print("suppressed")
with CM() as x, CM() as [y]:
    print("not reached")
