class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{w}}" for x in r) for r in self.rows)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None
    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value
    def __iter__(self):
        return (x for r in self.rows for x in r)
    def __contains__(self, x):
        return any(x in r for r in self.rows)
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(abs(x) for x in self)
    def __iadd__(self, other):
        print("in-place add")
        self.rows = (self + other).rows
        return self

m = Matrix([[1, 2], [3, 4]])
print(m)
print(repr(m + Matrix.identity(2)), 2 * m, m * 0.5, m @ m, -m, abs(-m))
print(m[1, 0], 4 in m, 9 in m, list(m), sum(m), m.shape)
m[0, 0] = 10
m += Matrix.identity(2)
print(repr(m), m == Matrix([[11, 2], [3, 5]]), m != m)
for bad in (lambda: m + 1, lambda: "x" * m, lambda: hash(m), lambda: m + Matrix([[1]]),
            lambda: Matrix([[1], [2, 3]]), lambda: m < m):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
m @ 5
