# Matrix operations with nested lists.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)]
            for i in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def show(m):
    for row in m:
        print(' '.join(f'{v:4}' for v in row))
    print()

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(matmul(identity(2), matmul(a, b)))
fib = [[1, 1], [1, 0]]
power = identity(2)
for _ in range(30):
    power = matmul(power, fib)
print(power[0][1])
print(matmul([[0.5, 0.5]], [[2.0], [4.0]]))
