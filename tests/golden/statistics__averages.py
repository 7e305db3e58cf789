import statistics
from statistics import mean, median, mode, multimode, median_low, median_high, fmean, StatisticsError

print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean([1, 2]), mean([0.1, 0.2, 0.3]))
print(mean([1, 2.5]), mean([True, False, True]), mean(range(1, 101)), mean([10**20, 1]))
print(mean(x * 0.1 for x in range(10)), mean([-1.5, 2.25]), mean([1e308, 1e308]))
print(median([3, 1, 2]), median([4, 1, 3, 2]), median([1, 3]), median([2.5, 1.0]))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median(["b", "a", "c"]))
print(mode([1, 2, 2, 3, 3]), mode("abracadabra"), mode(["red", "blue", "blue"]))
print(multimode("aabbbbccddddeeffffgg"), multimode([]), multimode([1]))
print(fmean([1, 2, 3, 4]), fmean([0.1, 0.2, 0.3]), statistics.geometric_mean([54, 24, 36]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(statistics.median_grouped([52, 52, 53, 54]))
for f, arg in [(mean, []), (median, []), (mode, []), (fmean, [])]:
    try:
        f(arg)
    except StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
print(issubclass(StatisticsError, ValueError))
