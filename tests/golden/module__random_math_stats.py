import random
import math
import statistics

random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.uniform(1, 2))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choice("abcdef"), random.sample(range(100), 5))
print(random.choices(["r", "g", "b"], weights=[5, 1, 1], k=8), random.choices("xy", cum_weights=[1, 10], k=4))
print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6), random.getrandbits(16))
rng = random.Random("seed string")
print(rng.random(), rng.randint(-5, 5), rng.sample(["a", "b", "c", "d"], k=2))
state = rng.getstate()
x = rng.random()
rng.setstate(state)
print(x == rng.random(), round(rng.expovariate(2.0), 6), round(rng.triangular(0, 10, 3), 6), rng.betavariate(2, 3) < 1)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)

print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(2.675, 2))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi / 2), math.radians(180), round(math.sin(math.pi / 6), 10), math.atan2(1, 1))
print(math.copysign(3, -0.0), math.fabs(-4), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.isfinite(1e308 * 10))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.stdev(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbc"), statistics.fmean([1, 2, 4]))
print(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.quantiles(range(1, 11), n=4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
