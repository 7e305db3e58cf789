# Collatz sequences: lengths and the longest chain below a limit.
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print(collatz(6))
print(collatz(27)[:10], len(collatz(27)), max(collatz(27)))
cache = {1: 1}
def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps = cache[n]
    for m in reversed(path):
        steps += 1
        cache[m] = steps
    return steps
best = max(range(1, 10000), key=length)
print(best, length(best))
