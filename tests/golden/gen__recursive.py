# Recursive generators: permutations, subsets, tree walks, in order.
def permutations(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

print([''.join(p) for p in permutations(list('abc'))])

def subsets(items):
    if not items:
        yield ()
        return
    for s in subsets(items[1:]):
        yield s
        yield (items[0],) + s

print(sorted(subsets((1, 2, 3))))

def walk(tree, depth=0):
    name, children = tree
    yield '  ' * depth + name
    for child in children:
        yield from walk(child, depth + 1)

tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [])])
print('\n'.join(walk(tree)))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(3, 'A', 'C', 'B'))
print(len(moves), moves[:3])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
