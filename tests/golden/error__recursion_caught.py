# RecursionError can be caught, and the program continues normally.
def down(n):
    return down(n + 1) + 1

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(800))
