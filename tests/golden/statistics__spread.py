import statistics
from statistics import stdev, variance, pstdev, pvariance, StatisticsError

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), stdev(data), pvariance(data), pstdev(data))
ints = [1, 2, 3, 4, 5, 6]
print(variance(ints), stdev(ints), pvariance(ints), pstdev(ints))
print(variance([1, 3, 5]), pvariance([1, 3, 5]), variance([2, 2, 2]), stdev([2, 2, 2]))
print(variance(data, statistics.mean(data)), pvariance([0.1, 0.2, 0.3, 0.4]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(stdev(range(100)), variance([10**10, 10**10 + 1, 10**10 + 2]))
for f in (variance, stdev):
    try:
        f([1])
    except StatisticsError as e:
        print("StatisticsError:", e)
for f in (pvariance, pstdev):
    try:
        f([])
    except StatisticsError as e:
        print("StatisticsError:", e)
scores = [88, 92, 79, 93, 85]
m = statistics.mean(scores)
print(m, round(statistics.stdev(scores), 3), [round((s - m) / statistics.pstdev(scores), 2) for s in scores])
