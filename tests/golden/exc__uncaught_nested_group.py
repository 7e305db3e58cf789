def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    if n == 0:
        raise ZeroDivisionError("zero")

def batch(nums):
    errors = []
    for n in nums:
        try:
            check(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)

try:
    batch([1, -1, 0])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* ZeroDivisionError as eg:
    print("zero:", len(eg.exceptions))
outer = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
raise outer
