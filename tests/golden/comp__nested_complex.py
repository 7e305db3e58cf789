# Nested comprehensions with several for and if clauses.
pairs = [(a, b) for a in range(1, 10) for b in range(a, 10) if a * b == 12]
print(pairs)
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b)
           if a * a + b * b == c * c]
print(triples)
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat)
transposed = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(transposed)
print([[c for c in w if c not in 'aeiou'] for w in ['hello', 'world']])
print({k: {v for v in range(k)} for k in range(4)})
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid)
print([x for x in [y * 2 for y in range(5)] if x % 4 == 0])
