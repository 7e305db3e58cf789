# List comprehensions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([c.upper() for c in 'hello' if c != 'l'])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(6)])
print([len(w) for w in 'the quick brown fox'.split()])
print([[j for j in range(i)] for i in range(4)])
words = ['apple', 'Banana', 'cherry']
print([w for w in words if w[0].isupper() or w.endswith('y')])
print([i for i in range(10) if i > 2 if i < 7])
print([])
print([x for x in []])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
