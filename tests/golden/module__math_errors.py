# Errors raised by the math module.
import math
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: math.log(-1))
show(lambda: math.factorial(-1))
show(lambda: math.factorial(2.5))
show(lambda: math.exp(1000))
show(lambda: math.sqrt('4'))
show(lambda: math.acos(2))
show(lambda: math.isqrt(-1))
show(lambda: math.nope)
