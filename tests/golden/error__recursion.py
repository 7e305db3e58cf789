# Unbounded recursion ends with RecursionError; the repeated frames are folded.
def forever(n):
    return forever(n + 1)

print('start')
forever(0)
