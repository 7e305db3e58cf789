# The math module.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.sqrt(0.25))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), type(math.floor(1.5)))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18), math.lcm(4, 6))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(math.inf), math.isnan(math.nan))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
