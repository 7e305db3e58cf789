# inf, nan and negative zero.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, float('-inf'), float('Infinity'), float('NaN'))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan is nan, [nan] == [nan])
print(1e308 * 10, -1e308 * 10)
z = -0.0
print(z, 0.0 == -0.0, str(-0.0), repr(0.0 * -1))
print(abs(-0.0), -0.0 + 0.0, 0.0 - 0.0, -0.0 - 0.0)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.copysign(1, -0.0))
print(round(-0.4), round(-0.5), round(-0.6))
print(int(-0.0), float(-0))
print(max(inf, 5), min(-inf, 5))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(f'{inf}', f'{nan:.2f}', f'{-0.0:+.1f}', '%f' % inf)
