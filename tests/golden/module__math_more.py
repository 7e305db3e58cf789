import math

print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
print(math.erf(0.5), math.erfc(0.5), math.erf(0), math.erfc(0))
print(math.gamma(5), math.gamma(1), math.lgamma(1), math.lgamma(2))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1))
print(math.remainder(7, 3), math.remainder(-7.5, 2), math.remainder(5, 2), math.remainder(7, math.inf))
for f, args in [(math.gamma, (0,)), (math.gamma, (-2,)), (math.lgamma, (0,)),
                (math.gamma, (200,)), (math.remainder, (1, 0)), (math.remainder, (math.inf, 1))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
