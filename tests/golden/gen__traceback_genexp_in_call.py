def ratios(pairs):
    return [a / b for a, b in pairs]

def mean(values):
    values = list(values)
    return sum(values) / len(values)

data = [(1, 2), (3, 4)]
print(ratios(data), mean(a for a, _ in data))
print(mean(x / y for x, y in [(1, 1), (2, 0)]))
