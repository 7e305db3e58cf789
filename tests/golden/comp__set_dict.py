# Set and dict comprehensions.
print(sorted({x % 5 for x in range(20)}))
print({x // 2 for x in [1, 2, 3, 4]})
squares = {n: n * n for n in range(6)}
print(squares)
print({v: k for k, v in squares.items() if v > 4})
word = 'mississippi'
counts = {ch: word.count(ch) for ch in word}
print(counts)
print({k: [i for i in range(k)] for k in range(3)})
names = ['ann', 'bob', 'cy']
print({name: len(name) for name in names})
print({(a, b): a * b for a in range(2) for b in range(2)})
print({i: i for i in []}, set(i for i in []))
print({True: 'yes', 1: 'one'})
